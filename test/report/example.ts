/** The example cluster's evaluation and report, for the report tests. */
import { evaluate } from '../../src/core/evaluate';
import { buildReport } from '../../src/core/documents/build-report';
import type { ReportModel } from '../../src/core/documents/model';
import type { Evaluation } from '../../src/core/model/evaluation';
import { fixtureGrids, loadFixture, type SettingValues } from '../../scripts/example-data';

export const fixture = loadFixture();

/** The example workbook with some settings changed. */
export function exampleEvaluation(overrides: SettingValues = {}): Evaluation {
  return evaluate(fixtureGrids(fixture, overrides));
}

export const RUN_DATE = new Date(2026, 10, 25, 8, 30);

export function exampleReport(overrides: SettingValues = {}): ReportModel {
  return buildReport(exampleEvaluation(overrides));
}
