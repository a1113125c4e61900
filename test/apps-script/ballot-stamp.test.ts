/**
 * `Phiếu bầu` records what it was laid for (year and a fingerprint of its questions) in
 * its header, where the council types nothing; ballots laid for another year or another
 * ranking are an error at that cell naming both, never counted nor skipped in silence.
 * Played through the built add-in: the 2021 example's vote, then next year's copy of
 * the spreadsheet with the same tie and last year's ballots still in it.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, fixture } from './workbook';
import type { WorkbookGrids } from '../../src/core/model/types';

function cluster(grids: WorkbookGrids = exampleGrids()) {
  const docs = fakeDocumentApp();
  const loaded = loadBuilt({}, { DocumentApp: docs.app });
  fillWorkbook(loaded.google.spreadsheet, grids);
  return { ...loaded, ss: loaded.google.spreadsheet, ui: loaded.google.ui, docs };
}

/** The council's secretary types the example's paper ballots under the laid-out headers. */
function typeBallots(ss: FakeSpreadsheet): void {
  const sheet = ss.sheet(SHEET.ballots);
  const header = sheet.grid()[0];
  fixture.ballots.rows.forEach((row, r) =>
    fixture.ballots.header.forEach((title, i) => {
      const c = header.indexOf(title);
      expect(c, title).toBeGreaterThanOrEqual(0);
      sheet.cell(r + 2, c + 1, true).value = row[i];
    }),
  );
  ss.changed();
}

/** Next year's copy: the year and the year's dates in `Cấu hình` moved on by one. */
function setYear(ss: FakeSpreadsheet, year: number): void {
  const settings = ss.sheet(SHEET.settings);
  const set = (label: string, value: string | number): void => {
    const row = settings.grid().findIndex((r) => r[0] === label);
    settings.cell(row + 1, 2, true).value = value;
  };
  set('Năm', year);
  set('Ngày báo cáo', `05/01/${year + 1}`);
  set('Ngày bỏ phiếu', `28/12/${year}`);
  ss.changed();
}

describe('Phiếu bầu carries what it was laid for', () => {
  it('is laid with its stamp, counted for that ranking; next year the same tie does not count last year’s ballots', () => {
    const { call, ss, ui, docs } = cluster();
    call('menuCapNhatBangDiem');
    const header = ss.sheet(SHEET.ballots).grid()[0].map(String);
    const stamp = header.find((h) => h.startsWith('Lập theo xếp hạng '));
    expect(stamp).toMatch(/^Lập theo xếp hạng năm 2021 · mã [0-9a-f]{8}$/);
    typeBallots(ss);
    call('menuKiemPhieu');
    expect(ss.toasts.at(-1)?.message).toMatch(/^Đã kiểm 12 phiếu \(11 hợp lệ\)/);
    expect(docs.documents).toHaveLength(2);

    // A copy for 2022: same units, same scores so far, the same tie at rank 5.
    setYear(ss, 2022);
    call('menuKiemPhieu');
    const refusal = ui.alerts.at(-1)?.prompt ?? '';
    expect(refusal).toMatch(/^Chưa kiểm phiếu được/);
    expect(docs.documents).toHaveLength(2);
    call('menuKiemTra');
    const checks = ss.sheet(SHEET.checks).grid();
    const row = checks.find((r) => r.includes('BALLOTS_OTHER_RANKING'));
    const at = `${String.fromCharCode(65 + header.indexOf(stamp as string))}1`;
    expect(row).toBeDefined();
    expect(row).toContain(at);
    const message = String(row?.find((c) => typeof c === 'string' && c.startsWith('Trang "Phiếu bầu"')));
    expect(message).toContain(`xếp hạng năm 2021 · mã ${stamp?.slice(-8)}`);
    expect(message).toMatch(/còn xếp hạng hiện tại là năm 2022 · mã [0-9a-f]{8}/);

    // Laying the sheet out again would pass the ballots off as 2022's: the update leaves it and says why.
    call('menuCapNhatBangDiem');
    expect(ss.toasts.at(-1)?.message).toContain('chưa lập lại trang, và các phiếu đó không được tính cho xếp hạng này');
    expect(ss.sheet(SHEET.ballots).grid()[0].map(String)).toEqual(header);
  });

  it('a tie that changed within the year makes the typed ballots another ranking’s', () => {
    const { call, ss, ui } = cluster();
    call('menuCapNhatBangDiem');
    typeBallots(ss);
    // A correction after the vote: Vĩnh Long's criterion 1 base goes down by half a point, breaking the rank-5 tie.
    const scores = ss.sheet(SHEET.scores);
    const grid = scores.grid();
    const vl = fixture.units.find((u) => u.shortName === 'Vĩnh Long')?.code;
    const r = grid.findIndex((row) => row[0] === vl);
    const c = grid[0].indexOf('Chuẩn 1');
    scores.cell(r + 1, c + 1, true).value = Number(grid[r][c]) - 0.5;
    ss.changed();
    call('menuKiemPhieu');
    expect(ui.alerts.at(-1)?.prompt).toMatch(/^Chưa kiểm phiếu được|^Kết quả xếp hạng không có/);
    call('menuKiemTra');
    expect(
      ss
        .sheet(SHEET.checks)
        .grid()
        .some((row) => row.includes('BALLOTS_OTHER_RANKING')),
    ).toBe(true);
  });

  it('an older sheet without a stamp is counted, with a warning at the cell where the stamp goes that gives the stamp to type there', () => {
    // The example's ballots as a version before stamps laid them: three columns, no stamp.
    const { call, ss, docs } = cluster({ ...exampleGrids(), ballots: [fixture.ballots.header, ...fixture.ballots.rows] });
    call('menuKiemPhieu');
    expect(ss.toasts.at(-1)?.message).toMatch(/^Đã kiểm 12 phiếu \(11 hợp lệ\)/);
    expect(docs.documents).toHaveLength(2);
    call('menuKiemTra');
    const warned = () =>
      ss
        .sheet(SHEET.checks)
        .grid()
        .filter((r) => r.includes('UNSTAMPED_BALLOTS'));
    expect(warned()).toHaveLength(1);
    const [row] = warned();
    // Column D: right of the three questions, where the update puts the stamp.
    expect(row).toContain('D1');
    expect(row).toContain('Cảnh báo');
    const message = String(row.find((c) => typeof c === 'string' && c.startsWith('Trang "Phiếu bầu"')));
    const stamp = /"(Lập theo xếp hạng năm 2021 · mã [0-9a-f]{8})"/.exec(message)?.[1];
    expect(message).toContain('không ghi phiếu được lập theo xếp hạng nào');
    expect(message).toContain('hãy ghi vào ô Phiếu bầu!D1');
    expect(message).toContain('menu Tính điểm › Cập nhật Bảng điểm');
    // The stamp the message gives is the one the update lays for this ranking: typed in, the warning goes.
    const laid = cluster();
    laid.call('menuCapNhatBangDiem');
    expect(laid.ss.sheet(SHEET.ballots).grid()[0]).toContain(stamp);
    ss.sheet(SHEET.ballots).cell(1, 4, true).value = stamp as string;
    ss.changed();
    call('menuKiemTra');
    expect(warned()).toEqual([]);
  });
});
