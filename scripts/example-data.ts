/**
 * The example cluster (Cụm thi đua số 08, 2021) as the input sheets of the
 * template, built from the shared fixture. Used by the acceptance tests and by
 * `scripts/make-example.ts`, which writes `examples/` from it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CRITERIA_HEADER, SETTINGS, SETTINGS_HEADER, UNITS_HEADER, scoresHeader } from '../src/core/template';
import type { Grid, WorkbookGrids } from '../src/core/types';

export const FIXTURE_PATH = fileURLToPath(new URL('../../shared/fixtures/cum-thi-dua-08-nam-2021.json', import.meta.url));

export interface Fixture {
  cluster: {
    name: string;
    parent: string;
    year: number;
    declaredBaseTotal: number;
    leaderUnit: string;
    signerTitle: string;
    signerRole: string;
    signerName: string;
    place: string;
    plan: string;
    recipients: string[];
    rankStyle: string;
  };
  units: { code: string; name: string; shortName: string }[];
  criteria: { code: string; name: string; maxBase: number; maxBonus: number | null }[];
  scores: { unit: string; criterion: string; base: number; bonus: number }[];
  deductions: { unit: string; points: number; reason: string }[];
  expectedRanking: { rank: number; unit: string; base: number; bonus: number; deduction: number; total: number }[];
}

export function loadFixture(path = FIXTURE_PATH): Fixture {
  return JSON.parse(readFileSync(path, 'utf8')) as Fixture;
}

/** Extra values for the settings sheet (report texts), by setting key. */
export type SettingValues = Record<string, string | number>;

export function fixtureGrids(f: Fixture, extra: SettingValues = {}, narratives: Record<string, string> = {}): WorkbookGrids {
  const values: SettingValues = {
    clusterName: f.cluster.name,
    parentBody: f.cluster.parent,
    year: f.cluster.year,
    leaderUnit: f.cluster.leaderUnit,
    declaredBaseTotal: f.cluster.declaredBaseTotal,
    rankStyle: f.cluster.rankStyle === 'competition' ? 'cách' : 'liền',
    place: f.cluster.place,
    basis: `Thực hiện ${f.cluster.plan};`,
    recipients: f.cluster.recipients.map((r) => `- ${r};`).join('\n'),
    signerRole: f.cluster.signerRole,
    signerTitle: f.cluster.signerTitle,
    signerName: f.cluster.signerName,
    ...extra,
  };
  const settings: Grid = [[...SETTINGS_HEADER], ...SETTINGS.map((d) => [d.label, values[d.key] ?? d.example, d.help])];
  const criteria: Grid = [[...CRITERIA_HEADER], ...f.criteria.map((c) => [c.code, c.name, c.maxBase, c.maxBonus ?? '', narratives[c.code] ?? ''])];
  const units: Grid = [[...UNITS_HEADER], ...f.units.map((u) => [u.code, u.name, u.shortName, ''])];
  const scores: Grid = [scoresHeader(f.criteria)];
  for (const u of f.units) {
    const row: Grid[number] = [u.code, u.shortName];
    for (const c of f.criteria) {
      const s = f.scores.find((x) => x.unit === u.code && x.criterion === c.code);
      row.push(s ? s.base : '', s && s.bonus !== 0 ? s.bonus : '');
    }
    const d = f.deductions.find((x) => x.unit === u.code);
    row.push(d ? -d.points : '', d?.reason ?? '');
    scores.push(row);
  }
  return { settings, criteria, units, scores };
}
