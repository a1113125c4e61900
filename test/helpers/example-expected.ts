/**
 * What the example cluster must give, written from the facts recorded in
 * examples/cum-thi-dua-08-nam-2021.json (expectedRanking, expectedResultLines), in
 * our own sentence form. Built here independently of src/core/rules/results.ts and
 * src/core/documents/ranking-table.ts so the tests compare the code against the data.
 */
import { loadFixture } from '../../scripts/example-data';

const fixture = loadFixture();
const unitOrder = fixture.units.map((u) => u.code);
const shortName = (code: string): string => fixture.units.find((u) => u.code === code)?.shortName ?? `?${code}`;
const fullName = (code: string): string => fixture.units.find((u) => u.code === code)?.name ?? `?${code}`;

/** "09/12": two-digit counts, as the cluster's reports write them. */
const count = (n: number): string => `${String(n).padStart(2, '0')}/${String(unitOrder.length).padStart(2, '0')}`;

/** The computed result lines of criterion `code` (without the "- " the report adds). */
export function expectedResultLines(code: string): string[] {
  const max = fixture.criteria.find((c) => c.code === code)?.maxBase;
  return (fixture.expectedResultLines[code] ?? []).map((g) => {
    const codes = g.units === 'all' ? unitOrder : [...g.units].sort((a, b) => unitOrder.indexOf(a) - unitOrder.indexOf(b));
    const names = codes.map(shortName).join(', ');
    if (g.bonusOnly) return `${count(codes.length)} đơn vị có điểm thưởng: ${names}.`;
    // A band line counts the units alone ("02", not "02/12"), as the year's report does.
    if (g.band) return `${String(codes.length).padStart(2, '0')} đơn vị có thứ hạng ${g.band}: ${names}.`;
    const head = `${count(codes.length)} đơn vị được ${g.base}/${max} điểm chuẩn${g.bonus ? ` và ${g.bonus} điểm thưởng` : ''}`;
    return g.units === 'all' ? `${head}.` : `${head}: ${names}.`;
  });
}

/** The ranking table of the report, header included: "+18", "-0.5", blank for no deduction. */
export function expectedRankingTable(): string[][] {
  return [
    ['TT', 'Đơn vị', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm'],
    ...fixture.expectedRanking.map((r) => [
      String(r.rank),
      fullName(r.unit),
      String(r.base),
      `+${r.bonus}`,
      r.deduction ? `-${r.deduction}` : '',
      String(r.total),
    ]),
  ];
}
