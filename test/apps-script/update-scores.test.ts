/** "Cập nhật Bảng điểm" through the built add-in: values move with their unit and criterion, nothing is lost. */
import { describe, expect, it } from 'vitest';
import { LIVE_HEADERS, isLiveHeader } from '../../src/core/sheets/live-columns';
import { DATE_TIME_FORMAT } from '../../src/core/sheets/cell-formats';
import { CRITERIA_HEADER, KEPT_ASIDE_HEADER, SHEET, STATUS_HEADER } from '../../src/core/model/template';
import type { Grid, WorkbookGrids } from '../../src/core/model/types';
import { fixtureGrids } from '../../scripts/example-data';
import { loadBuilt, lockAtQuestions } from './harness';
import { expectBoundedAsked } from '../helpers/bounded-asked';
import { exampleGrids, fillWorkbook, fixture, grownGrids, inputSnapshot } from './workbook';

function example(grids: WorkbookGrids = exampleGrids()) {
  const loaded = loadBuilt();
  fillWorkbook(loaded.google.spreadsheet, grids);
  return { ...loaded, ss: loaded.google.spreadsheet, ui: loaded.google.ui };
}

/** Every typed score by unit code and column header: what must survive any layout (the live columns are computed, not typed). */
function byUnitAndHeader(grid: Grid): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const row of grid.slice(1))
    grid[0].forEach((h, c) => c > 1 && !isLiveHeader(h) && row[c] !== '' && row[c] !== undefined && cells.set(`${row[0]}|${h}`, row[c]));
  return cells;
}

/** The example with criteria 2 and 3 swapped, a criterion 11 added at the top and a unit added second. */
function changedLists(): WorkbookGrids {
  const grids = exampleGrids();
  const criteria = grids.criteria as Grid;
  [criteria[2], criteria[3]] = [criteria[3], criteria[2]];
  criteria.splice(1, 0, ['11', 'Chuyển đổi số', 5, '', '']);
  (grids.units as Grid).splice(2, 0, ['PQ', 'Sở Thông tin và Truyền thông thành phố Phú Quốc', 'Phú Quốc', '']);
  return grids;
}

describe('Cập nhật Bảng điểm', () => {
  it('lays the sheet out from the lists after asking, every typed value staying at its unit and criterion', () => {
    const before = byUnitAndHeader(exampleGrids().scores as Grid);
    const { call, ss, ui } = example(changedLists());
    call('menuCapNhatBangDiem');
    expect(ui.alerts[0]).toMatchObject({ title: 'Cập nhật Bảng điểm', buttons: 'YES_NO' });
    expect(ui.alerts[0].prompt).toContain('thêm cột cho tiêu chí 11');
    expect(ui.alerts[0].prompt).toContain('thêm dòng cho PQ');
    const grid = ss.sheet(SHEET.scores).grid();
    expect(grid[0].slice(0, 8)).toEqual(['Mã đơn vị', 'Đơn vị', 'Chuẩn 11', 'Thưởng 11', 'Chuẩn 1', 'Thưởng 1', 'Chuẩn 3', 'Thưởng 3']);
    expect(grid.slice(1).map((r) => r[0])).toEqual([fixture.units[0].code, 'PQ', ...fixture.units.slice(1).map((u) => u.code)]);
    expect(byUnitAndHeader(grid)).toEqual(before);
    expect(ss.getSheetByName(SHEET.keptAside)).toBeNull();
    // The new column carries its criterion's limits.
    const rule = ss.sheet(SHEET.scores).cell(2, 3).validation;
    expect(rule?.getCriteriaValues()).toEqual([0, 5]);
    expect(ss.sheet(SHEET.scores).cell(1, 3).note).toMatch(/^Tiêu chí 11: Chuyển đổi số/);
    expect(ss.sheet(SHEET.scores).cell(2, 4).validation?.getCriteriaValues()).toEqual([0, 0]);
  });

  it('keeps the values of a removed criterion in "Điểm đã gỡ", appended run after run, and says how many', () => {
    const grids = exampleGrids();
    (grids.criteria as Grid).splice(3, 1); // criterion 3
    const { call, ss } = example(grids);
    call('menuCapNhatBangDiem');
    const kept = ss.sheet(SHEET.keptAside).grid();
    expect(kept[0]).toEqual([...KEPT_ASIDE_HEADER]);
    // Criterion 3 is the third of the list: every unit typed a base score there.
    const typed = fixture.units.map((u) => fixture.scores.find((s) => s.unit === u.code)).map((s) => [SHEET.scores, s?.unit, '3', s?.base[2], s?.bonus[2]]);
    expect(kept.slice(1).map((r) => [r[1], r[2], r[4], r[5], r[6] === '' ? 0 : r[6]])).toEqual(typed);
    expect(ss.toasts.at(-1)?.message).toContain(`${typed.length} dòng điểm không còn chỗ`);
    expect(ss.sheet(SHEET.scores).grid()[0]).not.toContain('Chuẩn 3');
    // "Ngày gỡ" is a date-time value shown like Lịch sử's time, so the sheet sorts and filters by it.
    const times = ss.sheet(SHEET.keptAside).getRange(2, 1, typed.length, 1);
    expect(
      times
        .getValues()
        .flat()
        .map((v) => Object.prototype.toString.call(v)),
    ).toEqual(typed.map(() => '[object Date]'));
    expect(times.getNumberFormats().flat()).toEqual(typed.map(() => DATE_TIME_FORMAT));

    // Criterion 4 goes too: its rows come after the earlier ones, which stay.
    const criteria = ss.sheet(SHEET.criteria);
    const row4 = criteria.grid().findIndex((r) => r[0] === '4');
    criteria.getRange(row4 + 1, 1, 1, CRITERIA_HEADER.length).setValues([CRITERIA_HEADER.map(() => '')]);
    call('menuCapNhatBangDiem');
    const again = ss.sheet(SHEET.keptAside).grid();
    expect(again.slice(0, kept.length)).toEqual(kept);
    expect(again.slice(kept.length).map((r) => [r[2], r[4]])).toEqual(fixture.units.map((u) => [u.code, '4']));
    // Owner-only once permissions are set, like the other sheets the product writes.
    call('menuPhanQuyen');
    expect(ss.sheet(SHEET.keptAside).getProtections('SHEET')).toHaveLength(1);
  });

  it('changes nothing when the user answers no', () => {
    const { call, ss, ui } = example(changedLists());
    const before = inputSnapshot(ss);
    ui.answers.push('NO');
    call('menuCapNhatBangDiem');
    expect(inputSnapshot(ss)).toEqual(before);
    expect(ss.toasts.at(-1)?.message).toBe('Chưa có gì thay đổi.');
  });

  it('asks nothing and moves nothing when the sheet already follows the lists', () => {
    const { call, ss, ui } = example();
    const before = ss.sheet(SHEET.scores).grid();
    call('menuCapNhatBangDiem');
    expect(ui.alerts).toEqual([]);
    const after = ss.sheet(SHEET.scores).grid();
    expect(after.map((row) => row.slice(0, before[0].length))).toEqual(before);
    // The live columns are laid right of the typed ones, their values worked out, then the submission status.
    expect(after[0].slice(before[0].length)).toEqual([...LIVE_HEADERS, STATUS_HEADER]);
    expect(after[1][before[0].length]).toBe(fixture.expectedRanking.find((r) => r.unit === before[1][0])?.total);
    expect(ss.toasts.at(-1)?.message).toMatch(/đã theo đúng danh sách/);
  });

  it('refuses to lay out from lists with errors, naming the cells', () => {
    const grids = exampleGrids();
    (grids.criteria as Grid)[2][0] = '1';
    const { call, ss, ui } = example(grids);
    const before = inputSnapshot(ss);
    call('menuCapNhatBangDiem');
    expect(inputSnapshot(ss)).toEqual(before);
    expect(ui.alerts[0].prompt).toMatch(/^Chưa cập nhật "Bảng điểm"/);
    // The cell named as the check names it (Tiêu chí!A3), never with the menu's "›".
    expect(ui.alerts[0].prompt).toContain(`\n- ${SHEET.criteria}!A3: Mã tiêu chí "1" trùng với ô A2.`);
    expect(ui.alerts[0].prompt).not.toContain('›');
  });

  it('does not write what the user was not asked about: the lists changed while the question was open', () => {
    const { call, ss, ui, google } = example(changedLists());
    const before = inputSnapshot(ss);
    const alert = ui.alert.bind(ui);
    ui.alert = (...args: string[]) => {
      const answer = alert(...args);
      if (args[0] === 'Cập nhật Bảng điểm')
        google.spreadsheet
          .sheet(SHEET.units)
          .getRange(20, 1, 1, 2)
          .setValues([['XX', 'Sở mới']]);
      return answer;
    };
    call('menuCapNhatBangDiem');
    const after = inputSnapshot(ss);
    expect(after[SHEET.scores]).toEqual(before[SHEET.scores]);
    expect(ui.alerts.at(-1)?.prompt).toMatch(/Trong lúc chờ xác nhận/);
  });

  it('asks with no lock held and writes under the lock', () => {
    const { call, google } = example(changedLists());
    const held = lockAtQuestions(google);
    call('menuCapNhatBangDiem');
    expect(held).toEqual([false]);
    expect(google.lock.flushedBeforeRelease).toBe(true);
  });

  it('moves the row protections of "Phân quyền nhập liệu" to the new rows', () => {
    const grids = changedLists();
    (grids.units as Grid).slice(1).forEach((row) => (row[3] = `nhap.${String(row[0]).toLowerCase()}@stttt.example.vn`));
    const { call, ss } = example(grids);
    call('menuPhanQuyen');
    call('menuCapNhatBangDiem');
    const scores = ss.sheet(SHEET.scores);
    const grid = scores.grid();
    const guards = scores.getProtections('RANGE').filter((p) => /đơn vị /.test(p.description));
    expect(guards).toHaveLength(13);
    for (const p of guards) {
      const code = p.description.replace(/.*đơn vị ([^:]+):.*/, '$1');
      expect(grid[(p.range?.row ?? 0) - 1][0], p.description).toBe(code);
      expect([...p.editors]).toContain(`nhap.${code.toLowerCase()}@stttt.example.vn`);
    }
    expect(guards.filter((p) => /đơn vị PQ:/.test(p.description))).toHaveLength(1);
    expect(ss.toasts.at(-1)?.message).toMatch(/Phân quyền theo dòng mới: đã bảo vệ lại \d+ dòng đơn vị/);
  });

  it('is where "Phân quyền nhập liệu" sends a score sheet with no unit rows, protecting nothing', () => {
    const grids = exampleGrids();
    grids.scores = [(grids.scores as Grid)[0]];
    const { call, ss, ui } = example(grids);
    call('menuPhanQuyen');
    expect(ui.alerts[0].prompt).toBe(
      `Trang "${SHEET.scores}" chưa có dòng nào của các đơn vị trong "${SHEET.units}": hãy chạy menu Tính điểm › Cập nhật Bảng điểm trước, rồi chạy lại menu Tính điểm › Phân quyền nhập liệu. Chưa có gì thay đổi.`,
    );
    expect(ss.getProtections('RANGE')).toEqual([]);
    expect(ss.getProtections('SHEET')).toEqual([]);
    call('menuCapNhatBangDiem');
    call('menuPhanQuyen');
    expect(ss.toasts.at(-1)?.message).toMatch(new RegExp(`^Đã bảo vệ ${fixture.units.length} dòng đơn vị`));
  });

  it('lays Cụm chấm out too, the agreed values moving with their unit and criterion', () => {
    const grids = changedLists();
    const header = (exampleGrids().scores as Grid)[0];
    grids.agreed = [header, ['TG', 'Tiền Giang', '', '', 9.5, 1]]; // criterion 2 in the old layout
    const { call, ss } = example(grids);
    call('menuCapNhatBangDiem');
    const agreed = ss.sheet(SHEET.agreed).grid();
    expect(agreed.slice(1).map((r) => r[0])).toEqual((grids.units as Grid).slice(1).map((r) => r[0]));
    const tg = agreed.find((r) => r[0] === 'TG') as Grid[number];
    expect([tg[agreed[0].indexOf('Chuẩn 2')], tg[agreed[0].indexOf('Thưởng 2')]]).toEqual([9.5, 1]);
    expect(byUnitAndHeader(agreed)).toEqual(
      new Map([
        ['TG|Chuẩn 2', 9.5],
        ['TG|Thưởng 2', 1],
      ]),
    );
  });

  it('is where "Tạo bảng mẫu" sends a score sheet that no longer follows the lists', () => {
    const { call, ss } = example(changedLists());
    const before = inputSnapshot(ss);
    call('menuTaoBangMau');
    expect(inputSnapshot(ss)).toEqual(before);
    expect(ss.toasts.at(-1)?.message).toMatch(
      /đã có dữ liệu; không có gì thay đổi\. "Bảng điểm" chưa theo danh sách tiêu chí và đơn vị: hãy chạy menu Tính điểm › Cập nhật Bảng điểm\.$/,
    );
  });
});

describe('Cập nhật Bảng điểm and the council ballots', () => {
  it("on 100 units scoring like the example's twelve, names five questions of Phiếu bầu and counts the others", () => {
    const { call, ss } = example(grownGrids(100));
    call('menuCapNhatBangDiem');
    const message = ss.toasts.at(-1)?.message ?? '';
    const header = ss.sheet(SHEET.ballots).grid()[0].map(String);
    // Each unit shares its scores with seven or eight others: candidates tied at the top, then a tie at every score below.
    expect(header.length).toBeGreaterThan(10);
    expectBoundedAsked(message, header);
  });

  it('lays Phiếu bầu out again from the ranking: typed ballots kept, a blank row closed up, nothing left twice', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const ballots = grids.ballots as Grid;
    const typed = ballots.slice(1);
    grids.ballots = [ballots[0], typed[0], ballots[0].map(() => ''), ...typed.slice(1)];
    const { call, ss } = example(grids);
    call('menuCapNhatBangDiem');
    // The example's candidate and its rank-5 tie (test/helpers/example-vote.ts) are still asked.
    expect(ss.toasts.at(-1)?.message).toContain(
      `Đã lập lại trang "${SHEET.ballots}" theo kết quả xếp hạng (Cờ thi đua: Long An; Đồng hạng 5: Vĩnh Long / Đồng Tháp)`,
    );
    const grid = ss.sheet(SHEET.ballots).grid();
    // The same questions, and the stamp the example's sheet was laid with: the ranking has not changed.
    expect(grid[0]).toEqual(['Số phiếu', 'Cờ thi đua: Long An', 'Đồng hạng 5: Vĩnh Long / Đồng Tháp', ballots[0][3]]);
    expect(ballots[0][3]).toMatch(/^Lập theo xếp hạng năm 2021 · mã [0-9a-f]{8}$/);
    // The ballots moved up one row: the last row typed before is blank now, not a second copy.
    expect(grid.slice(1, typed.length + 1)).toEqual(typed);
    expect(
      grid
        .slice(typed.length + 1)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  it('leaves Phiếu bầu as it was, and says why, while the scores have errors', () => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    (grids.scores as Grid)[1][2] = 'chín';
    const { call, ss } = example(grids);
    call('menuCapNhatBangDiem');
    expect(ss.toasts.at(-1)?.message).toContain(`Chưa lập lại trang "${SHEET.ballots}": danh sách hoặc bảng điểm còn 1 lỗi`);
    expect(ss.sheet(SHEET.ballots).grid()).toEqual(grids.ballots);
  });
});
