/**
 * Submission and review in Google Sheets, through the menu of the built bundle and
 * the fakes, each unit acting as its own user (Google's protections bind every run to
 * the rights of the person running it): lists, permissions, each unit types its row
 * and its evidence links and submits; one unit changes a submitted value and the check
 * shows it (the live check column too, the same words); the secretariat reopens the row
 * with a reason and the unit submits again, a change after that named live at once;
 * the deadline passes with one unit missing; corrections in Cụm chấm with and without
 * their reason; compute; report.
 */
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/model/a1';
import type { SidebarData } from '../../src/core/outputs/sidebar-data';
import {
  EXPLANATION_HEADER,
  SETTINGS,
  SHEET,
  STATUS_HEADER,
  SUBMISSIONS_HEADER,
  baseHeader,
  bonusHeader,
  correctionReasonHeader,
  evidenceHeader,
} from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import * as year from '../helpers/journey';
import { expectLiveEqualsMenu, liveRows } from '../helpers/live-menu';
import { loadBuilt } from './harness';

const docs = fakeDocumentApp();
const { google, call } = loadBuilt({}, { DocumentApp: docs.app });
const { spreadsheet: ss, ui, env, documentProperties } = google;
const OWNER = env.owner;
const units = year.example.units;
const criteria = year.example.criteria;
const email = (code: string): string => `nhap.${code.toLowerCase()}@stttt.example.vn`;
const shortName = (code: string): string => units.find((u) => u.code === code)?.shortName ?? code;
/** The unit that types its row but never submits it. */
const LATE = units[units.length - 1].code;
/** The unit that changes a value after submitting. */
const CHANGER = units[0].code;
const [CORRECTED_WITH_REASON, CORRECTED_LATER] = [units[1].code, units[2].code];

const two = (n: number): string => String(n).padStart(2, '0');
const day = (d: Date): string => `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
const inDays = (n: number): Date => new Date(Date.now() + n * 86_400_000);

function menu(caption: string): void {
  const item = ui.menus.flatMap((m) => m.items).find((i) => i.caption === caption);
  if (!item) throw new Error(`no menu item ${caption}`);
  call(item.functionName);
}

/** Runs `work` as the person with this email: Google binds the run to that person's rights. */
function as<T>(user: string, work: () => T): T {
  const before = env.user;
  env.user = user;
  try {
    return work();
  } finally {
    env.user = before;
  }
}

const scores = () => ss.sheet(SHEET.scores);
const header = (): CellValue[] => scores().grid()[0];
/** The 1-based sheet row of a unit in `Bảng điểm`. */
const rowOf = (code: string): number =>
  scores()
    .grid()
    .findIndex((r) => r[0] === code) + 1;
const cellOf = (code: string, title: string): { row: number; col: number } => ({ row: rowOf(code), col: header().indexOf(title) + 1 });
const selectRow = (code: string): void => void scores().getRange(rowOf(code), 2).activate();

/** The unit types cells of its row, one by one, as a person would. */
function type(code: string, values: Record<string, CellValue>): void {
  const grid = scores().grid();
  const row = grid.findIndex((r) => r[0] === code) + 1;
  for (const [title, value] of Object.entries(values)) {
    const col = grid[0].indexOf(title) + 1;
    if (col < 1) throw new Error(`no column ${title}`);
    scores()
      .getRange(row, col)
      .setValues([[value]]);
  }
}

/** A link to the unit's evidence for each criterion it earned a bonus on. */
function evidence(code: string): Record<string, CellValue> {
  const row = year.typedRow(code);
  return Object.fromEntries(
    criteria.filter((c) => row[bonusHeader(c.code)]).map((c) => [evidenceHeader(c.code), `https://drive.google.com/drive/folders/${code}-${c.code}`]),
  );
}

function setting(key: string, value: CellValue): void {
  const sheet = ss.sheet(SHEET.settings);
  const row = sheet.grid().findIndex((r) => r[0] === SETTINGS.find((d) => d.key === key)?.label);
  sheet.getRange(row + 1, 2).setValues([[value]]);
}

const checks = (): string[] =>
  ss
    .sheet(SHEET.checks)
    .grid()
    .slice(1)
    .map((r) => `${r[0]} ${r[2]}!${r[3]} ${r[5]}`);
const status = (code: string): CellValue => scores().grid()[rowOf(code) - 1][header().indexOf(STATUS_HEADER)];
const logRows = (): CellValue[][] => ss.sheet(SHEET.submissions).grid().slice(1);
const lastAlert = (): string => ui.alerts.at(-1)?.prompt ?? '';
const lastToast = (): string => ss.toasts.at(-1)?.message ?? '';

describe('units submit, the cluster reviews (Google Sheets)', () => {
  it('lays the lists, the score sheet with its evidence and explanation columns, and the permissions', () => {
    ss.addSheet('Trang tính1');
    // The owner shares the spreadsheet with every unit's people for editing.
    ss.addEditors(units.map((u) => email(u.code)));
    call('onOpen', { authMode: 'LIMITED' });
    menu('Tạo bảng mẫu');
    for (const [key, value] of Object.entries(year.SETTINGS_TYPED)) setting(key, value);
    setting('deadline', day(inDays(3)));
    setting('evidenceRule', 'lỗi');
    ss.sheet(SHEET.criteria).getRange(2, 1, year.CRITERIA_TYPED.length, 4).setValues(year.CRITERIA_TYPED);
    ss.sheet(SHEET.units)
      .getRange(2, 1, units.length, 4)
      .setValues(year.UNITS_TYPED.map((r) => [...r, email(String(r[0]))]));
    menu('Cập nhật Bảng điểm');
    expect(header()).toEqual(expect.arrayContaining([evidenceHeader('1'), EXPLANATION_HEADER, STATUS_HEADER]));
    menu('Phân quyền nhập liệu');
    expect(lastToast()).toContain(`Đã bảo vệ ${units.length} dòng đơn vị`);
  });

  it('refuses a submission while the row has an error, naming the cell', () => {
    const code = CHANGER;
    as(email(code), () => {
      type(code, year.typedRow(code));
      selectRow(code);
      menu('Nộp bảng điểm của đơn vị');
    });
    // A bonus without its evidence is an error here (Thưởng không có minh chứng: lỗi).
    const bonus = criteria.find((c) => year.typedRow(code)[bonusHeader(c.code)]) as (typeof criteria)[number];
    const at = cellOf(code, bonusHeader(bonus.code));
    expect(lastAlert()).toContain(`Chưa nộp được: dòng của ${shortName(code)} còn`);
    expect(lastAlert()).toContain(`${SHEET.scores}!${columnLetter(at.col - 1)}${at.row}`);
    expect(lastAlert()).toContain('chưa có minh chứng');
    expect(documentProperties.getKeys()).toEqual([]);
  });

  it('lets each unit type its row and evidence and submit it as its own user, and only its own row', () => {
    for (const u of units) {
      as(email(u.code), () => {
        type(u.code, { ...year.typedRow(u.code), ...evidence(u.code) });
        if (u.code === LATE) return;
        selectRow(u.code);
        menu('Nộp bảng điểm của đơn vị');
      });
      if (u.code !== LATE) expect(lastToast()).toContain(`Đã nộp bảng điểm của ${u.shortName} lúc`);
    }
    // Another unit's row: Google does not let this user edit it, so it cannot submit it either.
    as(email(units[1].code), () => {
      selectRow(LATE);
      menu('Nộp bảng điểm của đơn vị');
    });
    expect(lastAlert()).toContain(`Bạn không có quyền sửa dòng của ${shortName(LATE)}`);
    // The units' runs could not write the owner's sheets: their submissions wait in the document's properties.
    expect(documentProperties.getKeys()).toHaveLength(units.length - 1);
    expect(ss.getSheetByName(SHEET.submissions)).toBeNull();
    expect(status(CHANGER)).toBe('');
  });

  it('shows the statuses, the log and who has not submitted at the secretariat’s check', () => {
    menu('Kiểm tra dữ liệu');
    expect(logRows()).toHaveLength(units.length - 1);
    expect(ss.sheet(SHEET.submissions).grid()[0].slice(0, SUBMISSIONS_HEADER.length)).toEqual([...SUBMISSIONS_HEADER]);
    expect(logRows().map((r) => [r[1], r[2], r[3]])).toEqual(units.filter((u) => u.code !== LATE).map((u) => [u.code, 'nộp', email(u.code)]));
    expect(String(status(CHANGER))).toMatch(/^đã nộp \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(status(LATE)).toBe('đang nhập');
    const deadline = checks().find((c) => c.startsWith('Ghi chú Cấu hình!'));
    expect(deadline).toContain('(còn 3 ngày');
    expect(deadline).toContain(`1/${units.length} đơn vị chưa nộp: ${shortName(LATE)}`);
  });

  it('shows a value changed after submission at its cell, in the check and the sidebar', () => {
    const title = baseHeader(criteria[0].code);
    const was = year.typedRow(CHANGER)[title] as number;
    as(email(CHANGER), () => type(CHANGER, { [title]: was - 1 }));
    menu('Kiểm tra dữ liệu');
    const at = cellOf(CHANGER, title);
    const address = `${columnLetter(at.col - 1)}${at.row}`;
    expect(checks()).toContain(
      `Cảnh báo ${SHEET.scores}!${address} ${title} đổi từ ${String(was).replace('.', ',')} thành ${String(was - 1).replace('.', ',')} sau khi nộp (${shortName(CHANGER)} nộp lúc ${String(status(CHANGER)).slice('đã nộp '.length)}). Nếu cần sửa, thư ký mở lại dòng rồi đơn vị nộp lại; nếu không, hãy gõ lại giá trị đã nộp.`,
    );
    const data = call('sidebarCheck') as SidebarData;
    const group = data.groups.find((g) => g.unit === CHANGER);
    expect(group?.issues.map((i) => [i.code, i.cell])).toContainEqual(['CHANGED_AFTER_SUBMISSION', address]);
    // The unit cannot submit over its snapshot: the secretariat must reopen the row first.
    as(email(CHANGER), () => {
      selectRow(CHANGER);
      menu('Nộp bảng điểm của đơn vị');
    });
    expect(lastAlert()).toContain(`${shortName(CHANGER)} đã nộp bảng điểm lúc`);
    expect(lastAlert()).toContain('Mở lại dòng đã nộp');
  });

  it('lets the secretariat reopen the row with a reason, and the unit submit again', () => {
    selectRow(CHANGER);
    // Cancelled, then without a reason: nothing recorded.
    menu('Mở lại dòng đã nộp');
    ui.typed.push('  ');
    menu('Mở lại dòng đã nộp');
    expect(lastAlert()).toContain('Cần ghi lý do mở lại');
    // A unit cannot reopen, even its own row.
    as(email(CHANGER), () => {
      ui.typed.push('tự mở');
      menu('Mở lại dòng đã nộp');
    });
    expect(lastAlert()).toContain('Chỉ thư ký cụm');
    ui.typed.push('Đơn vị xin sửa điểm chuẩn tiêu chí 1 theo biên bản kiểm tra');
    menu('Mở lại dòng đã nộp');
    expect(lastToast()).toContain(`Đã mở lại dòng của ${shortName(CHANGER)} (lý do: Đơn vị xin sửa điểm chuẩn tiêu chí 1 theo biên bản kiểm tra)`);
    expect(logRows().at(-1)?.slice(1, 5)).toEqual([CHANGER, 'mở lại', OWNER, 'Đơn vị xin sửa điểm chuẩn tiêu chí 1 theo biên bản kiểm tra']);
    expect(status(CHANGER)).toBe('mở lại: Đơn vị xin sửa điểm chuẩn tiêu chí 1 theo biên bản kiểm tra');
    // The unit submits again, from the sidebar this time.
    const data = as(email(CHANGER), () => {
      selectRow(CHANGER);
      return call('sidebarSubmit') as SidebarData;
    });
    expect(data.message).toContain(`Đã nộp bảng điểm của ${shortName(CHANGER)}`);
    expect(data.review?.units.find((u) => u.code === CHANGER)?.status).toBe('đã nộp');
    // The unit's run could not write `Nộp bài`, which still ends with the reopening; the live check reads the log
    // where that run recorded it, so a change typed now is named there at once, as the menu names it.
    expect(logRows().at(-1)?.[2]).toBe('mở lại');
    const title = baseHeader(criteria[0].code);
    const at = cellOf(CHANGER, title);
    // What it submitted again (the value it changed before the reopening).
    const was = Number(scores().grid()[at.row - 1][at.col - 1]);
    as(email(CHANGER), () => type(CHANGER, { [title]: was - 2 }));
    const liveCheck = (): string => liveRows(ss).find((r) => r.code === CHANGER)?.check ?? '';
    expect(liveCheck()).toContain(
      `Cảnh báo ở ${title} (${columnLetter(at.col - 1)}${at.row}): ${title} đổi từ ${String(was).replace('.', ',')} thành ${String(was - 2).replace('.', ',')} sau khi nộp`,
    );
    expectLiveEqualsMenu(ss, call);
    as(email(CHANGER), () => type(CHANGER, { [title]: was }));
    expect(liveCheck()).not.toContain('sau khi nộp');
    menu('Kiểm tra dữ liệu');
    expect(checks().filter((c) => c.includes('sau khi nộp'))).toEqual([]);
  });

  it('names the unit that missed the deadline once it has passed', () => {
    setting('deadline', day(inDays(-1)));
    menu('Kiểm tra dữ liệu');
    const late = checks().find((c) => c.startsWith('Cảnh báo Cấu hình!'));
    expect(late).toContain('(đã quá hạn');
    expect(late).toContain(`1/${units.length} đơn vị chưa nộp: ${shortName(LATE)}`);
    // The others submitted today, after the end of yesterday: named with how late.
    expect(late).toContain(`; ${units.length - 1}/${units.length} đơn vị nộp sau hạn: ${shortName(units[0].code)} (`);
  });

  it('locks every submitted row after the deadline, against the unit’s own runs too, its explanation left open', () => {
    menu('Khóa các dòng đã nộp (sau hạn)');
    expect(lastToast()).toContain(`Đã khóa ${units.length - 1} dòng đã nộp`);
    expect(lastToast()).toContain(`Chưa nộp đúng hạn (dòng để mở): ${shortName(LATE)}. Nộp sau hạn: ${shortName(units[0].code)} (`);
    // The status column says how late, in the words of the toast and the sidebar (the deadline moved to yesterday).
    expect(String(status(CHANGER))).toMatch(/^đã nộp \d\d\/\d\d\/\d{4} \d\d:\d\d; nộp sau hạn \d[^;]*; đã khóa$/);
    const title = baseHeader(criteria[0].code);
    expect(() => as(email(CHANGER), () => type(CHANGER, { [title]: 0 }))).toThrow(/protected/);
    // The unit's own runs: "Phân quyền nhập liệu" and "Cập nhật Bảng điểm" are the secretariat's (a run's maker
    // stays an editor of the guards it makes), so the unit is refused and nothing changes…
    const protectionsBefore = ss.getProtections('RANGE').map((p) => p.getDescription());
    const saidBefore = ui.alerts.length;
    as(email(CHANGER), () => menu('Phân quyền nhập liệu'));
    as(email(CHANGER), () => menu('Cập nhật Bảng điểm'));
    expect(ui.alerts.slice(saidBefore).map((a) => JSON.stringify(a))).toEqual([
      expect.stringContaining('Chỉ thư ký cụm'),
      expect.stringContaining('Chỉ thư ký cụm'),
    ]);
    expect(ss.getProtections('RANGE').map((p) => p.getDescription())).toEqual(protectionsBefore);
    expect(() => as(email(CHANGER), () => type(CHANGER, { [title]: 0 }))).toThrow(/protected/);
    // …and no script of the unit can take the lock off: Google lets only a protection's editors change it.
    const lock = ss.getProtections('RANGE').find((p) => p.getDescription().includes(`đơn vị ${CHANGER}: đã khóa`));
    expect(lock).toBeDefined();
    expect(() => as(email(CHANGER), () => lock?.remove())).toThrow(/permission/);
    // The unit that missed the deadline still types its row; a locked unit its explanation.
    as(email(LATE), () => type(LATE, { [title]: year.typedRow(LATE)[title] }));
    as(email(CHANGER), () => type(CHANGER, { [EXPLANATION_HEADER]: 'Không có giải trình thêm' }));
  });

  it('requires a reason for every correction in Cụm chấm and shows each unit its corrections and its explanation', () => {
    ss.addSheet(SHEET.agreed);
    menu('Cập nhật Bảng điểm');
    // Laid out again, the status column is filled from the log, as `cap-nhat` fills it.
    expect(String(status(CHANGER))).toMatch(/^đã nộp \d\d\/\d\d\/\d{4} \d\d:\d\d; nộp sau hạn \d[^;]*; đã khóa$/);
    expect(status(LATE)).toBe('đang nhập');
    const agreed = ss.sheet(SHEET.agreed);
    const at = (code: string, title: string): { row: number; col: number } => ({
      row: agreed.grid().findIndex((r) => r[0] === code) + 1,
      col: agreed.grid()[0].indexOf(title) + 1,
    });
    const put = (code: string, title: string, value: CellValue): void => void agreed.getRange(at(code, title).row, at(code, title).col).setValues([[value]]);
    const first = criteria[0].code;
    const base = (code: string): number => year.typedRow(code)[baseHeader(first)] as number;
    put(CORRECTED_WITH_REASON, baseHeader(first), base(CORRECTED_WITH_REASON) - 2);
    put(CORRECTED_WITH_REASON, correctionReasonHeader(first), 'Thiếu biên bản hội nghị tổng kết');
    put(CORRECTED_LATER, baseHeader(first), base(CORRECTED_LATER) - 1);
    menu('Tính điểm và xếp hạng');
    const missing = at(CORRECTED_LATER, correctionReasonHeader(first));
    expect(lastAlert()).toContain('Chưa thể xếp hạng');
    expect(lastAlert()).toContain(`nhưng chưa ghi lý do. Hãy ghi lý do điều chỉnh vào ô ${columnLetter(missing.col - 1)}${missing.row}`);
    put(CORRECTED_LATER, correctionReasonHeader(first), 'Sai số liệu báo cáo quý IV');
    // The unit explains in its own row; an explanation is no change to what it submitted.
    as(email(CORRECTED_WITH_REASON), () => type(CORRECTED_WITH_REASON, { [EXPLANATION_HEADER]: 'Biên bản đã gửi bổ sung ngày 05/12' }));
    const data = call('sidebarCheck') as SidebarData;
    expect(data.errors).toBe(0);
    expect(data.review?.corrections).toEqual([
      {
        code: CORRECTED_WITH_REASON,
        unit: shortName(CORRECTED_WITH_REASON),
        explanation: 'Biên bản đã gửi bổ sung ngày 05/12',
        items: [
          { what: `Chuẩn ${first}`, change: `${base(CORRECTED_WITH_REASON)} → ${base(CORRECTED_WITH_REASON) - 2}`, reason: 'Thiếu biên bản hội nghị tổng kết' },
        ],
      },
      {
        code: CORRECTED_LATER,
        unit: shortName(CORRECTED_LATER),
        explanation: '',
        items: [{ what: `Chuẩn ${first}`, change: `${base(CORRECTED_LATER)} → ${base(CORRECTED_LATER) - 1}`, reason: 'Sai số liệu báo cáo quý IV' }],
      },
    ]);
    expect(data.groups.flatMap((g) => g.issues).filter((i) => i.code === 'CHANGED_AFTER_SUBMISSION')).toEqual([]);
  });

  it('computes with the corrections and says in the report how many scores the cluster corrected and who backed every bonus', () => {
    menu('Tính điểm và xếp hạng');
    expect(lastToast()).toContain('Đã xếp hạng');
    menu('Tạo báo cáo');
    const text = docs.documents.at(-1)?.body.text() ?? '';
    const withBonus = units.filter((u) => criteria.some((c) => year.typedRow(u.code)[bonusHeader(c.code)])).length;
    expect(text).toContain(
      `Qua thẩm định, Cụm đã có 2 lượt điều chỉnh điểm số ở 02/${units.length} đơn vị, lượt nào cũng ghi lý do; ${two(withBonus)}/${two(withBonus)} đơn vị có điểm thưởng đã nộp đủ minh chứng cho mọi điểm thưởng.`,
    );
  });
});
