/** The live columns and the ranking table agree with the menu's evaluate(), row for row. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { liveColumn, rankingTable } from '../../src/core/live/live-functions';
import { LIVE_COLUMNS, LIVE_HEADERS, liveFormula } from '../../src/core/sheets/live-columns';
import { parseScores } from '../../src/core/read/parse-scores';
import { IssueList } from '../../src/core/model/issues';
import { parseA1 } from '../../src/core/model/a1';
import { summarySheet } from '../../src/core/outputs/outputs';
import { CRITERIA_HEADER, SUMMARY_HEADER, UNITS_HEADER } from '../../src/core/model/template';
import type { CellValue, Grid, RankStyle, WorkbookGrids } from '../../src/core/model/types';
import { fixtureGrids } from '../../scripts/example-data';
import { exampleGrids, fixture } from '../apps-script/workbook';
import { EXAMPLE_VOTE, rankingAfterVote } from '../helpers/example-vote';
import { cluster, twoCriteria } from '../helpers/cluster';

type Blocks = WorkbookGrids & Required<Pick<WorkbookGrids, 'settings' | 'criteria' | 'units' | 'scores'>>;

const args = (g: Blocks): Grid[] => [g.settings, g.criteria, g.units, g.scores, ...(g.agreed ? [g.agreed] : [])];
const column = (key: 'total' | 'rank' | 'grade' | 'check', g: Blocks): CellValue[] => {
  const out = liveColumn(key, args(g));
  if (!Array.isArray(out)) throw new Error(`expected a column, got ${String(out)}`);
  return out.map((row) => row[0]);
};

/** Every live column equals what evaluate() gives the unit of that row. */
function expectAgreement(g: Blocks): void {
  const ev = evaluate(g);
  const byCode = new Map(ev.ranking.map((r) => [r.unit.code, r]));
  const totals = column('total', g);
  const ranks = column('rank', g);
  const grades = column('grade', g);
  const checks = column('check', g);
  g.scores.slice(1).forEach((row, i) => {
    const r = byCode.get(String(row[0]));
    // A note asks for nothing, but for why a total past the top threshold has a lower grade.
    const own = ev.issues.filter(
      (issue) => issue.sheet === 'Bảng điểm' && parseA1(issue.cell)?.row === i + 1 && (issue.severity !== 'note' || issue.code === 'ZERO_CRITERION'),
    );
    for (const issue of own) expect(checks[i]).toContain(issue.message);
    // While errors block the ranking, a row still graded says it too: a base at 0 and a total at the top threshold or above.
    const bases = ev.criteria.map((_, j) => row[2 + 2 * j]);
    const kept = ev.blocked && typeof totals[i] === 'number' && totals[i] * 1000 >= ev.settings.grades.excellent && bases.includes(0);
    expect(String(checks[i]).includes('được 0 điểm chuẩn nên xếp loại'), `row ${i + 2}: ${String(checks[i])}`).toBe(
      kept || own.some((x) => x.code === 'ZERO_CRITERION'),
    );
    if (own.length === 0 && !kept) expect(checks[i]).toBe('');
    if (!ev.blocked) {
      expect(r, `row ${i + 2}`).toBeDefined();
      expect([totals[i], ranks[i], grades[i]]).toEqual([(r?.total ?? 0) / 1000, r?.rank, r?.grade]);
    } else {
      expect(ranks[i]).toMatch(/^Chưa xếp hạng/);
    }
  });
}

describe('live columns on the 2021 example cluster', () => {
  const g = exampleGrids() as Blocks;

  it('give the reference totals and ranks for each unit row', () => {
    const totals = column('total', g);
    const ranks = column('rank', g);
    const expected = new Map(fixture.expectedRanking.map((r) => [r.unit, r]));
    g.scores.slice(1).forEach((row, i) => {
      const ref = expected.get(String(row[0]));
      expect([row[0], totals[i], ranks[i]]).toEqual([row[0], ref?.total, ref?.rank]);
    });
  });

  it('agree with evaluate() on total, rank, grade and an empty check', () => {
    expectAgreement(g);
  });

  it('give the ranking table of Tổng hợp', () => {
    const table = rankingTable(args(g)) as CellValue[][];
    const summary = summarySheet(evaluate(g)).rows;
    const at = summary.findIndex((r) => r[0] === SUMMARY_HEADER[0]);
    expect(table).toEqual(summary.slice(at, at + 1 + fixture.units.length).map((r) => r.slice(0, SUMMARY_HEADER.length)));
  });
});

describe('live columns after the council’s vote', () => {
  const voted = fixtureGrids(fixture, {}, { ballots: true }) as Blocks;
  const ballots = voted.ballots as Grid;

  it('settle the rank-5 tie by the ballots of Phiếu bầu, as the vote action ranks it', () => {
    const ranks = liveColumn('rank', [...args(voted), ballots]);
    if (!Array.isArray(ranks)) throw new Error(String(ranks));
    const byCode = new Map(voted.scores.slice(1).map((row, i) => [String(row[0]), ranks[i][0]]));
    for (const ref of rankingAfterVote(fixture)) expect([ref.unit, byCode.get(ref.unit)]).toEqual([ref.unit, ref.rank]);
    expect([byCode.get('DT'), byCode.get('VL')]).toEqual(EXAMPLE_VOTE.tie.map((t) => t.rank));
  });

  it('take Phiếu bầu after Cụm chấm, or in its place when there is none, and ignore an empty argument', () => {
    const withAgreed = liveColumn('rank', [...args(voted), [voted.scores[0]], ballots]);
    expect(withAgreed).toEqual(liveColumn('rank', [...args(voted), ballots]));
    expect(liveColumn('rank', [...args(voted), ''])).toEqual(liveColumn('rank', args(voted)));
  });
});

describe('live columns while units type', () => {
  const scores = (cells: CellValue[][]) =>
    twoCriteria(
      cells.map((s, i) => ({ code: `U${i + 1}`, scores: s.slice(0, 4), deduction: s[4] })),
      { tieBreaks: '2, ít điểm trừ', rankStyle: 'cách' },
    );

  it('break a tie on total with the ladder of Cấu hình, as the menu does', () => {
    // U1 and U2 both total 15; criterion 2 decides for U2. U3 ties U1 on everything.
    const g = scores([
      [10, 0, 5, 0],
      [5, 0, 10, 0],
      [10, 0, 5, 0],
    ]);
    expect(column('rank', g)).toEqual([2, 1, 2]);
    expectAgreement(g);
  });

  it('name the wrong cell by its column in the check, leave the rank for later, and still total the rows that are fine', () => {
    const g = scores([
      [10, 0, '', 0],
      [5, 0, 11, 0],
      [10, 2, 5, 0, -1],
    ]);
    const checks = column('check', g);
    expect(checks[0]).toMatch(/^Lỗi ở Chuẩn 2 \(E2\): U1 chưa chấm điểm chuẩn tiêu chí 2/);
    expect(checks[1]).toMatch(/^Lỗi ở Chuẩn 2 \(E3\): Điểm chuẩn tiêu chí 2 của U2 là 11, ngoài khoảng 0 đến 10/);
    // U3's row is fine but for the reason its deduction lacks: a warning, which does not hold its total back.
    expect(checks[2]).toBe(
      'Cảnh báo ở Lý do trừ (H4): U3 bị trừ 1 điểm nhưng chưa ghi lý do. Hãy ghi lý do trừ vào ô H4 để Cụm và người đọc kết quả biết vì sao bị trừ.',
    );
    expect(column('total', g)).toEqual(['', '', 16]);
    expect(column('grade', g)).toEqual(['', '', 'Không hoàn thành']);
    expect(column('rank', g)).toEqual(Array(3).fill('Chưa xếp hạng: còn 2 lỗi, đầu tiên ở Bảng điểm!E2.'));
    expect(rankingTable(args(g))).toEqual([[...SUMMARY_HEADER], ['Chưa xếp hạng: còn 2 lỗi, đầu tiên ở Bảng điểm!E2.', '', '', '', '', '', '', '', '']]);
  });

  it('apply the caps and grade thresholds of Cấu hình', () => {
    const g = twoCriteria([{ code: 'A', scores: [10, 5, 10, 0], deduction: 3 }], { maxTotalBonus: 2, maxTotalDeduction: 1, gradeExcellent: 20 });
    expect(column('total', g)).toEqual([21]);
    expect(column('grade', g)).toEqual(['Hoàn thành xuất sắc']);
  });

  it('show nothing below the last unit row, one blank cell when there is none', () => {
    const g = scores([[10, 0, 5, 0]]);
    g.scores.push(['', '', '', '', '', '', ''], ['', '', '', '', '', '', '']);
    expect(column('total', g)).toEqual([15]);
    g.scores.splice(1);
    expect(liveColumn('total', args(g))).toBe('');
  });

  it('say which argument is not a whole sheet, never throw', () => {
    const g = scores([[10, 0, 5, 0]]);
    expect(liveColumn('total', [g.settings, g.criteria, 'x', g.scores])).toBe(
      `Đối số don_vi cần là cả vùng trang "Đơn vị" từ ô A1 (kể cả dòng tiêu đề), ví dụ 'Đơn vị'!A1:Z.`,
    );
    expect(liveColumn('rank', [])).toMatch(/^Đối số cau_hinh cần là cả vùng trang "Cấu hình"/);
    expect(rankingTable([g.settings, g.criteria, g.units, g.scores, 5])).toMatch(/^Đối số cum_cham, phieu_bau hoặc nop_bai, nếu có/);
    expect(liveColumn('check', [[[null]], [[undefined]], [['']], [[new Date(0)]]])).toMatch(/^Cột tính này chỉ đọc 1 cột đầu của trang "Cấu hình"/);
    const blank = (width: number): Grid => [Array.from({ length: width }, () => '')];
    expect(liveColumn('check', [blank(2), blank(CRITERIA_HEADER.length), blank(UNITS_HEADER.length), blank(1)])).toEqual('');
  });
});

describe('the score sheet with its live columns', () => {
  it('accepts the live headers as known columns and never reads them', () => {
    const g = twoCriteria([{ code: 'A', scores: [10, 0, 10, 0] }]);
    const header = [...(g.scores[0] as string[]), ...LIVE_HEADERS];
    const issues = new IssueList();
    const parsed = parseScores([header, [...g.scores[1], 'x', 'y', 99, '#REF!']], 'Bảng điểm', evaluate(g).criteria, evaluate(g).units, issues, {
      partial: false,
    });
    expect(issues.items).toEqual([]);
    expect(parsed?.rows[0].base).toEqual([10000, 10000]);
  });

  it('writes one formula per column over the whole input sheets, ";" between arguments', () => {
    // The lists as wide as a new sheet (A to Z) unless their widths are known: bands, pledges and places are read.
    expect(liveFormula(LIVE_COLUMNS[0], { scores: 14 })).toBe("=CUM_TONGDIEM('Cấu hình'!A1:B; 'Tiêu chí'!A1:Z; 'Đơn vị'!A1:Z; 'Bảng điểm'!A1:N)");
    expect(liveFormula(LIVE_COLUMNS[3], { scores: 8, agreed: 8, criteria: 30, units: 40 })).toBe(
      "=CUM_KIEMTRA('Cấu hình'!A1:B; 'Tiêu chí'!A1:AD; 'Đơn vị'!A1:AN; 'Bảng điểm'!A1:H; 'Cụm chấm'!A1:H)",
    );
    expect(liveFormula(LIVE_COLUMNS[1], { scores: 8, ballots: 27 })).toBe(
      "=CUM_XEPHANG('Cấu hình'!A1:B; 'Tiêu chí'!A1:Z; 'Đơn vị'!A1:Z; 'Bảng điểm'!A1:H; 'Phiếu bầu'!A1:AA)",
    );
    // Never narrower than the columns the menu reads, whatever width is given.
    expect(liveFormula(LIVE_COLUMNS[2], { scores: 8, criteria: 4, units: 3 })).toBe(
      "=CUM_XEPLOAI('Cấu hình'!A1:B; 'Tiêu chí'!A1:G; 'Đơn vị'!A1:F; 'Bảng điểm'!A1:H)",
    );
  });

  it("flag a formula laid before bands and pledges were read ('Tiêu chí'!A1:D, 'Đơn vị'!A1:C) instead of computing without them", () => {
    const g = twoCriteria([{ code: 'A', scores: [10, 0, 10, 0] }]);
    const narrow = (grid: Grid, width: number): Grid => grid.map((row) => row.slice(0, width));
    const flag =
      /^Cột tính này chỉ đọc 4 cột đầu của trang "Tiêu chí", thiếu các cột menu cũng đọc \(công thức cũ\)\. Hãy chạy menu Tính điểm › Cập nhật Bảng điểm để đặt lại công thức\.$/;
    for (const key of ['total', 'rank', 'grade', 'check'] as const)
      expect(liveColumn(key, [g.settings, narrow(g.criteria, 4), g.units, g.scores])).toMatch(flag);
    expect(liveColumn('total', [g.settings, g.criteria, narrow(g.units, 3), g.scores])).toMatch(/chỉ đọc 3 cột đầu của trang "Đơn vị"/);
    expect(rankingTable([g.settings, narrow(g.criteria, 4), g.units, g.scores])).toMatch(flag);
  });
});

/** Random clusters: scores on a quarter grid (ties happen), random ladder, caps, thresholds, sometimes a bad cell. */
const randomCluster = fc
  .record({
    maxima: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }),
    unitCount: fc.integer({ min: 1, max: 8 }),
    style: fc.constantFrom<RankStyle>('dense', 'competition'),
    ladder: fc.constantFrom('', '1', '2, ít điểm trừ', 'điểm chuẩn cao, 1'),
    bonusCap: fc.constantFrom('', 3, 6),
    excellent: fc.constantFrom('', 20, 40),
    bad: fc.option(fc.constantFrom('', 'mười', 99), { nil: undefined }),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      units: fc.array(
        fc.record({
          scores: fc.tuple(
            ...c.maxima.map((m) =>
              fc.tuple(
                fc.integer({ min: 0, max: m * 2 }).map((n) => n / 2),
                fc.integer({ min: 0, max: 4 }).map((n) => n / 2),
              ),
            ),
          ),
          deduction: fc.integer({ min: 0, max: 4 }).map((n) => n / 2),
        }),
        { minLength: c.unitCount, maxLength: c.unitCount },
      ),
    }),
  );

describe('agreement with evaluate() on random clusters', () => {
  it('gives every row the total, rank and grade of the menu, or no rank while errors block', () => {
    fc.assert(
      fc.property(randomCluster, ({ c, units }) => {
        const g = cluster(
          c.maxima.map((m, i) => ({ code: String(i + 1), maxBase: m, maxBonus: 5 })),
          units.map((u, i) => ({ code: `U${i}`, scores: u.scores.flat(), deduction: u.deduction })),
          { rankStyle: c.style === 'dense' ? 'liền' : 'cách', tieBreaks: c.ladder, maxTotalBonus: c.bonusCap, gradeExcellent: c.excellent, scoreStep: 0.5 },
        );
        if (c.bad !== undefined) g.scores[1][2] = c.bad;
        expectAgreement(g);
      }),
      { numRuns: 150 },
    );
  });
});
