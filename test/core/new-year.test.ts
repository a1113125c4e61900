/**
 * The new-year plan and the checks that keep each year's values to their year, on
 * the 2021 example: every setting is either kept, reviewed or cleared (a setting
 * added to the template must say which), every year-bound one is cleared and
 * marked, and a value of another year is an error at its cell naming both years.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { COMMAND_GUIDE } from '../../src/core/model/guide';
import { SETTINGS, SHEET } from '../../src/core/model/template';
import type { CellValue, Grid, WorkbookGrids } from '../../src/core/model/types';
import { planNewYear, type NewYearPlan } from '../../src/core/plans/new-year';
import { yearOfDocumentDate } from '../../src/core/rules/year-bound';
import { KEPT_SETTINGS, REVIEWED_SETTINGS, YEAR_BOUND_SETTINGS } from '../../src/core/sheets/year-bound-settings';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';

const fixture = loadFixture();
const NOW = new Date(2022, 0, 10, 9, 0);
const plan = (grids: WorkbookGrids, year?: number): NewYearPlan => planNewYear(grids, { guide: COMMAND_GUIDE, now: NOW, user: 'thu-ky', year });

/** The plan's edits applied to the input grids, as both adapters apply them to the sheets. */
function applied(grids: WorkbookGrids, p: NewYearPlan): WorkbookGrids {
  const out: WorkbookGrids = { ...grids, past: p.past.rows as Grid };
  for (const edits of p.edits) {
    const role = (Object.keys(SHEET) as (keyof typeof SHEET)[]).find((r) => SHEET[r] === edits.sheet) as keyof WorkbookGrids;
    const grid = (grids[role] ?? []).map((row) => [...row]);
    for (const b of edits.cleared) for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) if (grid[r]) grid[r][c] = '';
    for (const e of edits.cells) {
      while (grid[e.row].length <= e.col) grid[e.row].push('');
      grid[e.row][e.col] = e.value;
    }
    out[role] = grid;
  }
  return out;
}

const setting = (grid: Grid | undefined, key: string): CellValue[] => grid?.find((r) => r[0] === SETTINGS.find((d) => d.key === key)?.label) ?? [];

describe('what a new year does to each setting', () => {
  it('puts every setting of the template in exactly one list: kept, reviewed or cleared', () => {
    const lists = [KEPT_SETTINGS, REVIEWED_SETTINGS, Object.keys(YEAR_BOUND_SETTINGS)];
    for (const d of SETTINGS)
      expect(
        lists.filter((l) => l.includes(d.key)),
        d.key,
      ).toHaveLength(1);
    expect(lists.flat().sort()).toEqual(SETTINGS.map((d) => d.key).sort());
  });

  it('clears and marks every year-bound setting, marks the reviewed ones that hold a value, moves the year on', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const p = plan(grids);
    expect(p.refusal).toBeNull();
    const next = applied(grids, p);
    expect(setting(next.settings, 'year')[1]).toBe(2022);
    for (const key of Object.keys(YEAR_BOUND_SETTINGS)) {
      expect(setting(next.settings, key)[1], key).toBe('');
      expect(String(setting(next.settings, key)[2]), key).toMatch(/^Cần điền cho năm 2022/);
    }
    // What 2021 had is quoted, so the secretary sees the form of the number.
    expect(setting(next.settings, 'letterNumber')[2]).toMatch(/^Cần điền cho năm 2022 \(năm 2021: 06\/TTr-CTĐ08\)\./);
    for (const key of REVIEWED_SETTINGS.filter((k) => setting(grids.settings, k)[1] !== '')) {
      // The example's council list marks one member absent in 2021: the mark goes, the names stay.
      const kept = key === 'councilMembers' ? String(setting(grids.settings, key)[1]).replace(/ \(vắng[^)]*\)/g, '') : setting(grids.settings, key)[1];
      expect(setting(next.settings, key)[1], key).toEqual(kept);
      expect(String(setting(next.settings, key)[2]), key).toMatch(/^Xem lại cho năm 2022/);
    }
    for (const key of KEPT_SETTINGS.filter((k) => k !== 'year')) expect(setting(next.settings, key), key).toEqual(setting(grids.settings, key));
    // The new year's workbook has no score, no ballot and none of 2021's dates: nothing but blank base scores to report.
    const ev = evaluate(next);
    expect(ev.issues.filter((i) => i.severity === 'error' && i.code !== 'BLANK_BASE')).toEqual([]);
    expect(ev.units.every((u) => u.places === undefined && u.pledged === undefined)).toBe(true);
  });

  it('keeps the council members for review but drops last year’s attendance marks, naming whose', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const members = 'Nguyễn Văn An - Chủ tịch\nTrần Thị Bình (vắng)\n- Lê Văn Cường (vắng, có ý kiến bằng văn bản)\nPhạm Thị Dung';
    const label = SETTINGS.find((d) => d.key === 'councilMembers')?.label;
    const settings = (grids.settings ?? []).map((row) => (row[0] === label ? [row[0], members, row[2] ?? ''] : row));
    const next = applied({ ...grids, settings }, plan({ ...grids, settings }));
    const row = setting(next.settings, 'councilMembers');
    expect(row[1]).toBe('Nguyễn Văn An - Chủ tịch\nTrần Thị Bình\n- Lê Văn Cường\nPhạm Thị Dung');
    expect(String(row[2])).toMatch(
      /^Xem lại cho năm 2022: giá trị của năm 2021 được giữ\. Đã bỏ ghi chú vắng mặt của năm 2021 sau tên: Trần Thị Bình; Lê Văn Cường\./,
    );
  });

  it('clears the Mã cũ of both lists: a rename belongs to the year that ends, and kept it would forbid reusing the old code', () => {
    const grids = fixtureGrids(fixture);
    const withOld = (grid: Grid | undefined, oldCode: string): Grid => {
      const rows = (grid ?? []).map((row) => [...row]);
      const col = rows[0].indexOf('Mã cũ') >= 0 ? rows[0].indexOf('Mã cũ') : rows[0].length;
      rows[0][col] = 'Mã cũ';
      for (const row of rows.slice(1)) while (row.length <= col) row.push('');
      rows[1][col] = oldCode;
      return rows;
    };
    const renamed = { ...grids, criteria: withOld(grids.criteria, '1.0'), units: withOld(grids.units, 'XX') };
    expect(evaluate(renamed).issues.filter((i) => i.severity === 'error')).toEqual([]);
    const next = applied(renamed, plan(renamed));
    for (const grid of [next.criteria, next.units]) {
      const col = (grid as Grid)[0].indexOf('Mã cũ');
      expect((grid as Grid).slice(1).map((row) => row[col] ?? '')).toEqual((grid as Grid).slice(1).map(() => ''));
    }
  });

  it('keeps a failed vote in Các năm trước with its votes and share, not a bare number', () => {
    // At 90 % Long An's 10 of 12 agreements (83.33 %, test/helpers/example-vote.ts) fail.
    const p = plan(fixtureGrids(fixture, { voteThreshold: 90 }, { ballots: true }));
    const header = p.past.rows[0].map(String);
    const longAn = p.past.rows.find((row) => row.includes('LA')) ?? [];
    expect(longAn[header.indexOf('Khen thưởng')]).toBe(
      'Không đạt tỷ lệ phiếu đề nghị Cờ thi đua của Bộ Thông tin và Truyền thông (10/12 phiếu đồng ý, tỷ lệ 83.33%)',
    );
  });

  it('refuses while the year that ends has errors, without a year, or to a year not after it', () => {
    const broken = fixtureGrids(fixture);
    (broken.scores as Grid)[1][2] = 'mười';
    expect(plan(broken).refusal).toMatch(/^Chưa bắt đầu năm mới: dữ liệu năm 2021 còn 1 lỗi/);
    expect(plan(fixtureGrids(fixture, { year: '' })).refusal).toContain('mục "Năm" ở trang "Cấu hình" còn trống');
    expect(plan(fixtureGrids(fixture), 2021).refusal).toContain('năm mới (2021) phải sau năm 2021');
    expect(plan(fixtureGrids(fixture), 2024).toYear).toBe(2024);
  });
});

describe('a value of another year', () => {
  it('dates a year-end document from 1 July of its year to 30 June of the next', () => {
    expect(yearOfDocumentDate(new Date(2022, 5, 30))).toBe(2021);
    expect(yearOfDocumentDate(new Date(2022, 6, 1))).toBe(2022);
    expect(yearOfDocumentDate(new Date(2021, 11, 28))).toBe(2021);
  });

  it('names a document number kept with last year’s results at its cell, with both years', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const next = applied(grids, plan(grids));
    const row = next.settings?.findIndex((r) => r[0] === 'Số tờ trình') as number;
    (next.settings as Grid)[row][1] = '06/TTr-CTĐ08';
    const issue = evaluate(next).issues.find((i) => i.code === 'OTHER_YEAR');
    expect(issue).toMatchObject({ severity: 'error', sheet: SHEET.settings, cell: `B${row + 1}` });
    expect(issue?.message).toBe(
      `Mục "Số tờ trình": "06/TTr-CTĐ08" là số của năm 2021 (trang "${SHEET.past}", ô N2), còn "Năm" ở trang "${SHEET.settings}" là 2022. Hãy ghi số văn bản của năm 2022.`,
    );
  });

  it('refuses past years that are not before the year of Cấu hình', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const next = applied(grids, plan(grids));
    const row = next.settings?.findIndex((r) => r[0] === 'Năm') as number;
    (next.settings as Grid)[row][1] = 2021;
    const issue = evaluate(next).issues.find((i) => i.sheet === SHEET.past);
    expect(issue).toMatchObject({ severity: 'error', code: 'OTHER_YEAR', cell: 'A2' });
    expect(issue?.message).toContain('có kết quả năm 2021, không phải năm trước năm 2021');
  });

  it('warns at a text kept for review that still says "năm 2021" in 2022', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const warned = evaluate(applied(grids, plan(grids))).issues.filter((i) => i.code === 'EARLIER_YEAR_TEXT');
    const row = (key: string): string => `B${SETTINGS.findIndex((d) => d.key === key) + 2}`;
    // The example's summary line and intro, and the narratives of criteria 2 and 6 (rows 3 and 7), name 2021 (its
    // attached papers are left blank: the letter lists the dossier's own).
    expect(warned.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual(
      [`${SHEET.criteria}!E3`, `${SHEET.criteria}!E7`, ...['summary', 'intro'].map((k) => `${SHEET.settings}!${row(k)}`)].sort(),
    );
    expect(warned.every((i) => i.severity === 'warning')).toBe(true);
    expect(warned.find((i) => i.cell === row('summary'))?.message).toBe(
      `Mục "Trích yếu" nhắc "năm 2021", còn "Năm" ở trang "${SHEET.settings}" là 2022: có thể là chữ của năm trước. Hãy xem lại; nếu câu đúng là nói về năm 2021, để nguyên.`,
    );
  });

  it('says so when Năm differs from the latest run in Lịch sử', () => {
    const grids = fixtureGrids(fixture, { year: 2022, reportDate: '', voteDate: '' });
    grids.history = [
      ['Thời gian', 'Người thực hiện', 'Số đơn vị', 'Số lỗi', 'Số cảnh báo', 'Xếp hạng', 'Mã nhận dạng dữ liệu (để đối chiếu lần chạy)', 'Báo cáo', 'Năm'],
      [new Date(2021, 11, 20), '', 12, 0, 0, '', '', '', 2021],
    ];
    const issue = evaluate(grids, { guide: COMMAND_GUIDE }).issues.find((i) => i.code === 'YEAR_DIFFERS_FROM_HISTORY');
    expect(issue).toMatchObject({ severity: 'warning', sheet: SHEET.settings });
    expect(issue?.message).toContain('còn lần chạy gần nhất trong trang "Lịch sử" (dòng 2) là của năm 2021');
    expect(issue?.message).toContain('lệnh "tinh-diem nam-moi <tệp.xlsx>"');
  });
});

describe('comparisons that cannot be made', () => {
  it('requires past years for a rule on consecutive years, at its setting', () => {
    const issue = evaluate(fixtureGrids(fixture, { awardStreak: 2 })).issues.find((i) => i.code === 'STREAK_WITHOUT_PAST');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain('(2 năm) cần kết quả các năm trước ở trang "Các năm trước"');
  });

  it('marks a unit without last year’s result as new and warns at a predecessor code last year did not have', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const next = applied(grids, plan(grids));
    // 2021's lists and scores again (places included), Long An under a new code naming an unknown predecessor.
    const units = (grids.units as Grid).map((row) => [...row]);
    units[0].push('Kế thừa từ');
    const successor = units[0].length - 1;
    units[1][0] = 'LA2';
    units[1][successor] = 'XX';
    const scores = (grids.scores as Grid).map((row) => [...row]);
    scores[1][0] = 'LA2';
    Object.assign(next, { units, scores });
    const ev = evaluate(next);
    expect(ev.comparison?.byUnit.get('LA2')).toMatchObject({ previousRank: null, change: null, streak: 1 });
    const warning = ev.issues.find((i) => i.code === 'UNKNOWN_PREDECESSOR');
    expect(warning?.cell).toBe(`${String.fromCharCode(65 + successor)}2`);
    expect(warning?.message).toContain('kế thừa từ mã "XX", nhưng kết quả năm 2021');
  });
});

describe('Các năm trước over several years', () => {
  it('gives a merged unit a past grade only when every unit it continues held it', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const past = plan(grids).past.rows.map((row) => [...row]) as Grid;
    const grade = (past[0] as string[]).indexOf('Xếp loại');
    // Kiên Giang held only "Hoàn thành tốt" in 2021 (edited here): the unit continuing it and An Giang has no streak.
    const kg = past.findIndex((r) => r[1] === 'KG');
    past[kg][grade] = 'Hoàn thành tốt';
    const units = (grids.units as Grid).map((row) => [...row]);
    units[0].push('Kế thừa từ');
    const ag = units.findIndex((r) => r[0] === 'AG');
    units[ag][units[0].length - 1] = 'AG, KG';
    const next = { ...fixtureGrids(fixture, { year: 2022, reportDate: '', voteDate: '', reportNumber: '', minutesNumber: '', letterNumber: '' }), units, past };
    const compared = evaluate(next).comparison;
    expect(compared?.byUnit.get('AG')).toMatchObject({ previousRank: 9, streak: 1 });
    expect(compared?.byUnit.get('LA')).toMatchObject({ previousRank: 1, change: 0, streak: 2 });
  });
});
