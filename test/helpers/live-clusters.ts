/**
 * Random clusters for the live-equals-menu property tests: rank bands with places,
 * caps (bonuses over the cap on total bonus), a score step, a tie-break ladder,
 * `Cụm chấm`, ties (scores on a coarse grid), a criterion at 0 base points past the
 * top threshold, deductions with and without their reason,
 * the council's ballots on the ranking they give, and bad cells — every input the
 * menu's `evaluate` reads. Each is laid out as the template lays it, so that the
 * add-in's "Cập nhật Bảng điểm" or an .xlsx of the template takes it as it is.
 */
import fc from 'fast-check';
import { evaluate } from '../../src/core/evaluate';
import { CRITERIA_HEADER, SETTINGS, SETTINGS_HEADER, UNITS_HEADER, placeHeader, scoresHeader } from '../../src/core/model/template';
import type { CellValue, Grid, WorkbookGrids } from '../../src/core/model/types';
import { ballotStamp, candidatesOf, layBallotSheet } from '../../src/core/vote/ballot-sheet';

/** A bad cell typed into a unit's row: what the menu must refuse or warn about, and the live columns with it. */
export type BadCell = 'word' | 'over' | 'blankBase' | 'offStep' | 'wrongBand' | 'textComma' | 'textPoint';

export interface LiveCluster {
  grids: WorkbookGrids & Required<Pick<WorkbookGrids, 'settings' | 'criteria' | 'units' | 'scores'>>;
  /** What the case holds, for the assertions on what a native formula may leave to the command. */
  has: { agreed: boolean; ballots: boolean; ladder: boolean; bad: BadCell | null };
}

const BANDS = '1-2: 3; 3-4: 1,5';
const bandPoints = (place: number | null): number => (place === null ? 0 : place <= 2 ? 3 : place <= 4 ? 1.5 : 0);

const spec = fc
  .record({
    criteria: fc.array(fc.record({ maxBase: fc.constantFrom(5, 10), maxBonus: fc.constantFrom(null, 2, 5) }), { minLength: 1, maxLength: 3 }),
    banded: fc.boolean(),
    unitCount: fc.integer({ min: 2, max: 6 }),
    style: fc.constantFrom('liền', 'cách'),
    ladder: fc.constantFrom('', '', 'ít điểm trừ', '1'),
    bonusCap: fc.constantFrom('', '', 4),
    step: fc.constantFrom('', 0.5),
    agreed: fc.boolean(),
    ballots: fc.boolean(),
    bad: fc.option(fc.constantFrom<BadCell>('word', 'over', 'blankBase', 'offStep', 'wrongBand', 'textComma', 'textPoint'), { nil: null, freq: 2 }),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      // A coarse grid of scores, so that ties are frequent.
      units: fc.array(
        fc.record({
          // Now and then a criterion at 0, which keeps a total past the top threshold from the top grade.
          base: fc.array(fc.constantFrom(0, 6, 7, 8, 9, 10), { minLength: 3, maxLength: 3 }),
          bonus: fc.array(fc.constantFrom(0, 1, 2), { minLength: 3, maxLength: 3 }),
          place: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
          typesBand: fc.boolean(),
          deduction: fc.constantFrom('', 0.5, -1),
          reason: fc.constantFrom('', 'Chậm nộp báo cáo'),
        }),
        { minLength: c.unitCount, maxLength: c.unitCount },
      ),
      agreedCell: fc.record({ unit: fc.nat(), value: fc.integer({ min: 5, max: 10 }) }),
      badAt: fc.nat(),
      answers: fc.array(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 5 }),
    }),
  );

function settingsGrid(values: Record<string, CellValue>): Grid {
  return [[...SETTINGS_HEADER], ...SETTINGS.map((d) => [d.label, values[d.key] ?? d.example, ''])];
}

/** The clusters, each with what it holds. */
export const liveCluster: fc.Arbitrary<LiveCluster> = spec.map(({ c, units, agreedCell, badAt, answers }) => {
  const criteria = c.criteria.map((k, i) => ({ code: String(i + 1), ...k, bands: c.banded && i === 0 && k.maxBonus === 5 }));
  const banded = criteria.filter((k) => k.bands);
  const codes = units.map((_, i) => `U${i + 1}`);
  const settings = settingsGrid({
    clusterName: 'Cụm thử',
    rankStyle: c.style,
    tieBreaks: c.ladder,
    maxTotalBonus: c.bonusCap,
    scoreStep: c.step,
    // Within reach of small clusters: a threshold no unit can reach is a warning the menu would give too.
    gradeExcellent: 5 * criteria.length,
    gradeGood: 4 * criteria.length,
    gradePass: 3 * criteria.length,
    declaredBaseTotal: criteria.reduce((s, k) => s + k.maxBase, 0),
    awardCount: 1,
    councilMembers: 5,
    voteThreshold: 60,
  });
  const criteriaGrid: Grid = [
    [...CRITERIA_HEADER],
    ...criteria.map((k) => [k.code, `Tiêu chí ${k.code}`, k.maxBase, k.maxBonus ?? '', '', k.bands ? BANDS : '', '']),
  ];
  const unitsGrid: Grid = [
    [...UNITS_HEADER, ...banded.map((k) => placeHeader(k.code))],
    ...units.map((u, i) => [codes[i], `Sở thử ${i + 1}`, `Đơn vị ${i + 1}`, '', 'có', '', ...banded.map(() => u.place ?? '')]),
  ];
  const scores: Grid = [scoresHeader(criteria)];
  units.forEach((u, i) => {
    const row: CellValue[] = [codes[i], `Đơn vị ${i + 1}`];
    criteria.forEach((k, j) => {
      const base = Math.min(u.base[j], k.maxBase);
      const bonus = k.bands ? (u.typesBand ? bandPoints(u.place) : '') : k.maxBonus === null ? '' : Math.min(u.bonus[j], k.maxBonus) || '';
      row.push(base, bonus);
    });
    row.push(u.deduction, u.reason);
    scores.push(row);
  });
  const has: LiveCluster['has'] = { agreed: false, ballots: false, ladder: c.ladder !== '', bad: c.bad };
  if (c.bad !== null) {
    const r = 1 + (badAt % units.length);
    const j = criteria.findIndex((k) => k.bands);
    const value: Record<BadCell, [number, CellValue]> = {
      word: [2, 'mười'],
      over: [2, 99],
      blankBase: [2, ''],
      offStep: [2, 5.3],
      wrongBand: [j < 0 ? 2 : 3 + 2 * j, j < 0 ? 'mười' : 2],
      textComma: [2, '7,5'],
      textPoint: [2, '7.5'],
    };
    const [column, typed] = value[c.bad];
    scores[r][column] = typed;
  }
  const grids: LiveCluster['grids'] = { settings, criteria: criteriaGrid, units: unitsGrid, scores };
  if (c.agreed) {
    const agreed: Grid = [scores[0], ...scores.slice(1).map((row) => [row[0], row[1], ...row.slice(2).map(() => '')])];
    agreed[1 + (agreedCell.unit % units.length)][2] = Math.min(agreedCell.value, criteria[0].maxBase);
    grids.agreed = agreed;
    has.agreed = true;
  }
  if (c.ballots) {
    // Ballots on the ranking the scores give, as "Kiểm phiếu" lays the sheet out: answers picked among each column's choices.
    const ev = evaluate(grids);
    const candidates = ev.blocked ? null : candidatesOf(ev);
    const sheet = candidates ? layBallotSheet(candidates, ballotStamp(candidates, ev.settings.year)) : [];
    if (sheet.length > 0 && sheet[0].length > 2) {
      // A tie is answered with a unit it names, an award with agreement or not; the stamp column (what the sheet was laid for) stays blank.
      const choices = sheet[0].map((h) =>
        String(h).startsWith('Đồng hạng ')
          ? [
              '',
              ...String(h)
                .replace(/^Đồng hạng \d+: /, '')
                .split(' / '),
            ]
          : String(h).startsWith('Cờ thi đua: ')
            ? ['đồng ý', 'không đồng ý', '']
            : [''],
      );
      grids.ballots = [
        sheet[0],
        ...answers.map((picks, b) => sheet[0].map((_, col) => (col === 0 ? b + 1 : choices[col][picks[col % picks.length] % choices[col].length]))),
      ];
      has.ballots = true;
    }
  }
  return { grids, has };
});
