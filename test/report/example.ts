/** The example cluster's evaluation and report, and the reference report text, for the report tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/core/evaluate';
import { buildReport } from '../../src/core/report/build-report';
import type { ReportModel } from '../../src/core/report/model';
import type { Evaluation } from '../../src/core/types';
import { fixtureGrids, loadFixture, type SettingValues } from '../../scripts/example-data';
import { EXAMPLE_NARRATIVES, EXAMPLE_SETTINGS } from '../../scripts/example-texts';

export const REFERENCE = readFileSync(fileURLToPath(new URL('../../../shared/reference/bao-cao-cum-thi-dua-08-nam-2021.txt', import.meta.url)), 'utf8');
export const fixture = loadFixture();

/** The example workbook with some settings changed; `awardCount: 0` gives the reference's sections exactly. */
export function exampleEvaluation(overrides: SettingValues = {}): Evaluation {
  return evaluate(fixtureGrids(fixture, { ...EXAMPLE_SETTINGS, ...overrides }, EXAMPLE_NARRATIVES));
}

export const RUN_DATE = new Date(2026, 10, 25, 8, 30);

export function exampleReport(overrides: SettingValues = {}): ReportModel {
  return buildReport(exampleEvaluation(overrides), { now: RUN_DATE });
}
