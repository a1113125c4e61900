/** Every menu action of the built add-in, on the 2021 example cluster, through the fakes. */
import { describe, expect, it } from 'vitest';
import { BUSY_MESSAGE } from '../../src/apps-script/lock';
import { LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { MARK_COLOUR, MARK_PREFIX } from '../../src/apps-script/marks';
import { HISTORY_HEADER, SETTINGS, SHEET, SUMMARY_HEADER, correctionReasonHeader, scoresHeader } from '../../src/core/model/template';
import { fixtureGrids } from '../../scripts/example-data';
import type { SidebarData } from '../../src/core/outputs/sidebar-data';
import { unwrap } from '../fakes/calls';
import { FakeInlineImage, fakeDocumentApp } from '../fakes/document-app';
import { DEFAULT_BACKGROUND, FakeBlob, type FakeSpreadsheet } from '../fakes/spreadsheet';
import { a1 } from '../../src/core/model/a1';
import { loadBuilt, lockAtQuestions } from './harness';
import { exampleGrids, fillWorkbook, fixture, inputSnapshot } from './workbook';

function example(grids = exampleGrids()) {
  const docs = fakeDocumentApp();
  const loaded = loadBuilt({}, { DocumentApp: docs.app });
  fillWorkbook(loaded.google.spreadsheet, grids);
  return { ...loaded, ss: loaded.google.spreadsheet, ui: loaded.google.ui, docs };
}

const sheetNames = (ss: FakeSpreadsheet): string[] => ss.sheets.map((s) => s.name);

/** The ranking block of `Tổng hợp`: the rows under its header, up to the first blank row. */
function rankingRows(ss: FakeSpreadsheet): unknown[][] {
  const grid = ss.sheet(SHEET.summary).grid();
  const header = grid.findIndex((r) => r[0] === SUMMARY_HEADER[0] && r[1] === SUMMARY_HEADER[1]);
  const end = grid.findIndex((r, i) => i > header && r.every((c) => c === ''));
  return grid.slice(header + 1, end);
}

describe('onOpen', () => {
  it('builds the menu, each item naming a global function of the built file', () => {
    const { call, ui, context, google } = example();
    call('onOpen', { authMode: 'NONE' });
    expect(ui.menus).toHaveLength(1);
    const items = ui.menus[0].items.filter((i) => i.caption !== '---');
    // The order of the work: lists, then the score sheet, permissions, submission and review, check, compute, report, vote, dossier, the next year.
    expect(items.map((i) => i.caption)).toEqual([
      'Tạo bảng mẫu',
      'Cập nhật Bảng điểm',
      'Phân quyền nhập liệu',
      'Nộp bảng điểm của đơn vị',
      'Mở lại dòng đã nộp',
      'Xác nhận đã thẩm định',
      'Khóa các dòng đã nộp (sau hạn)',
      'Kiểm tra dữ liệu',
      'Tính điểm và xếp hạng',
      'Tạo báo cáo',
      'Kiểm phiếu và lập biên bản',
      'Lập hồ sơ đề nghị khen thưởng',
      'Bắt đầu năm mới',
      'Mở bảng kết quả',
      'Hướng dẫn',
    ]);
    // The default build is for a bound script: "Tính điểm" in the menu bar.
    expect(ui.menus[0]).toMatchObject({ addon: false, title: 'Tính điểm', path: 'Tính điểm' });
    for (const item of items) expect(typeof context[item.functionName], item.functionName).toBe('function');
    // No data is read: works before the user has authorised anything.
    expect(google.calls.total('Spreadsheet.')).toBe(0);
    expect(google.calls.total('Range.')).toBe(0);
    call('onInstall', { authMode: 'FULL' });
    expect(ui.menus[1]).toEqual(ui.menus[0]);
  });
});

describe('the decimal separator', () => {
  function withoutSeparator() {
    const grids = exampleGrids();
    const row = (grids.settings as unknown[][]).find((r) => r[0] === 'Dấu thập phân trong báo cáo') as unknown[];
    row[1] = '';
    return grids;
  }

  for (const [locale, total] of [
    ['vi_VN', '117,5'],
    ['en_US', '117.5'],
  ]) {
    it(`follows the spreadsheet locale ${locale} when Cấu hình leaves it blank`, () => {
      const docs = fakeDocumentApp();
      const { call, google } = loadBuilt({ locale }, { DocumentApp: docs.app });
      fillWorkbook(google.spreadsheet, withoutSeparator());
      call('menuTinhDiem');
      expect(String(google.spreadsheet.sheet(SHEET.history).grid()[1][5])).toMatch(new RegExp(`^1\\. Long An \\(${total.replace('.', '\\.')}\\)`));
    });
  }
});

describe('Tính điểm và xếp hạng', () => {
  it('writes the ranking of the 2021 report into Tổng hợp', () => {
    const { call, ss } = example();
    call('menuTinhDiem');
    expect(rankingRows(ss).map((r) => r.slice(0, 7))).toEqual(
      // A deduction is written as the negative number it is, as in the report.
      fixture.expectedRanking.map((e) => [
        e.rank,
        e.unit,
        fixture.units.find((u) => u.code === e.unit)?.name,
        e.base,
        e.bonus,
        e.deduction === 0 ? 0 : -e.deduction,
        e.total,
      ]),
    );
  });

  it('adds a bar chart of the totals named by unit', () => {
    const { call, ss } = example();
    call('menuTinhDiem');
    const [chart] = ss.sheet(SHEET.summary).charts;
    expect(chart.type).toBe('BAR');
    const grid = ss.sheet(SHEET.summary).grid();
    const header = grid.findIndex((r) => r[0] === SUMMARY_HEADER[0]) + 1;
    const last = header + fixture.units.length;
    expect(chart.ranges).toEqual([`C${header}:C${last}`, `G${header}:G${last}`]);
    expect(grid[header - 1][2]).toBe('Đơn vị');
    expect(grid[header - 1][6]).toBe('Tổng điểm');
    expect(chart.headers).toBe(1);
    // The value axis of a bar chart is the horizontal one: its bars start at 0.
    expect(chart.options.hAxis).toEqual({ viewWindow: { min: 0 }, minValue: 0 });
  });

  it('appends one history row per run and never rewrites earlier rows', () => {
    const { call, ss } = example();
    call('menuTinhDiem');
    const first = ss.sheet(SHEET.history).grid();
    expect(first[0]).toEqual([...HISTORY_HEADER]);
    expect(first).toHaveLength(2);
    expect(first[1][1]).toBe('thuky@cum08.example.vn');
    expect(first[1][2]).toBe(12);
    expect(first[1][3]).toBe(0);
    // The example's one remark is a note, which is not counted as a warning.
    expect(first[1][4]).toBe(0);
    expect(String(first[1][5])).toMatch(/^1\. Long An \(117\.5\); 2\. Hậu Giang \(115\); 3\. Tiền Giang \(114\)/);
    expect(first[1][6]).toMatch(/^[0-9a-f]{16}$/);
    call('menuTinhDiem');
    const second = ss.sheet(SHEET.history).grid();
    expect(second).toHaveLength(3);
    expect(second.slice(0, 2)).toEqual(first);
    expect(second[2][6]).toBe(first[1][6]);
  });

  it('changes no input cell, and leaves the output sheets whole after a second run', () => {
    const { call, ss } = example();
    const before = inputSnapshot(ss);
    call('menuTinhDiem');
    call('menuTinhDiem');
    expect(inputSnapshot(ss)).toEqual(before);
    expect(sheetNames(ss).filter((n) => n === SHEET.summary)).toHaveLength(1);
    expect(sheetNames(ss).some((n) => n.includes('đang tạo'))).toBe(false);
  });

  it('uses the scores agreed in Cụm chấm and says so', () => {
    const grids = exampleGrids();
    const scores = grids.scores ?? [];
    // Cụm chấm, in its own layout: only Cà Mau's bonus on criterion 1 is agreed differently (4 → 5), with its reason.
    const header = scoresHeader(fixture.criteria, 'agreed');
    const agreed = [header, ...scores.slice(1).map((r) => header.map((_, c) => (c < 2 ? r[c] : '')))];
    const cm = agreed.findIndex((r) => r[0] === 'CM');
    const before = fixture.expectedRanking.find((e) => e.unit === 'CM');
    agreed[cm][3] = 5;
    agreed[cm][header.indexOf(correctionReasonHeader(fixture.criteria[0].code))] = 'Có thêm bằng khen của Bộ';
    const { call, ss } = example({ ...grids, agreed });
    call('menuTinhDiem');
    const row = rankingRows(ss).find((r) => r[1] === 'CM') as unknown[];
    expect(scores[cm][3]).toBe(4);
    expect(row[6]).toBe((before?.total ?? 0) + 1);
    // The criterion named as such: a bare "1" reads as one point.
    expect(row[8]).toBe('cụm chấm điều chỉnh tiêu chí 1');
  });

  it('writes what units typed as text, never as a formula', () => {
    const grids = exampleGrids();
    const units = grids.units as unknown[][];
    units[1][1] = '=IMPORTXML("http://evil.example","//a")';
    units[2][1] = '+1';
    units[3][1] = '@x';
    const { call, ss } = example(grids);
    call('menuTinhDiem');
    const sheet = ss.sheet(SHEET.summary);
    const names = sheet.grid().map((r) => r[2]);
    expect(names).toContain('=IMPORTXML("http://evil.example","//a")');
    expect(names).toContain('+1');
    expect(names).toContain('@x');
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });

  it('with errors shows them in a dialog and changes nothing', () => {
    const grids = exampleGrids();
    (grids.scores as unknown[][])[3][2] = 'mười';
    (grids.scores as unknown[][])[4][2] = 25;
    // A number typed as text: a warning (worth a look), unlike the example's minus-signed deduction (a note).
    (grids.scores as unknown[][])[7][2] = '20';
    const { call, ss, ui } = example(grids);
    const before = inputSnapshot(ss);
    const sheets = sheetNames(ss);
    call('menuTinhDiem');
    expect(sheetNames(ss)).toEqual(sheets);
    expect(inputSnapshot(ss)).toEqual(before);
    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0].prompt).toMatch(/^Chưa thể xếp hạng: còn 2 lỗi/);
    // The cells named as the check names them (Bảng điểm!C4), never with the menu's "›".
    expect(ui.alerts[0].prompt).toContain('\n1. Bảng điểm!C4: ');
    expect(ui.alerts[0].prompt).toContain('\n2. Bảng điểm!C5: ');
    expect(ui.alerts[0].prompt).not.toContain('›');
  });
});

describe('Kiểm tra dữ liệu', () => {
  function broken() {
    const grids = exampleGrids();
    (grids.scores as unknown[][])[3][2] = 'mười';
    (grids.scores as unknown[][])[4][2] = 25;
    // A number typed as text: a warning (worth a look), unlike the example's minus-signed deduction (a note).
    (grids.scores as unknown[][])[7][2] = '20';
    const loaded = example(grids);
    const scores = loaded.ss.sheet(SHEET.scores);
    scores.cell(4, 3).note = 'Ghi chú của thư ký';
    scores.cell(6, 3, true).background = '#00ff00';
    scores.cell(6, 3).note = 'Màu của người dùng';
    return { ...loaded, scores };
  }

  it('lists each issue with a link that jumps to its cell', () => {
    const { call, ss, scores } = broken();
    call('menuKiemTra');
    const sheet = ss.sheet(SHEET.checks);
    const grid = sheet.grid();
    expect(grid[0]).toEqual(['Mức độ', 'Loại', 'Trang tính', 'Ô', 'Đơn vị', 'Nội dung', 'Mã lỗi']);
    expect(grid.slice(1).map((r) => [r[1], r[6]])).toEqual([
      ['Không phải số', 'NOT_A_NUMBER'],
      ['Điểm ngoài khoảng cho phép', 'OUT_OF_RANGE'],
      ['Số nhập dạng văn bản', 'NUMBER_AS_TEXT'],
      ['Điểm trừ ghi số âm', 'DEDUCTION_SIGN'],
    ]);
    expect(grid.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Lỗi', 'Bảng điểm', 'C4'],
      ['Lỗi', 'Bảng điểm', 'C5'],
      ['Cảnh báo', 'Bảng điểm', 'C8'],
      ['Ghi chú', 'Bảng điểm', 'W2'],
    ]);
    expect(grid[1][4]).toBe(fixture.units[2].shortName);
    const formulas = sheet.getRange(2, 4, 4, 1).getFormulas().flat();
    expect(sheet.getRange(2, 4, 4, 1).getValues().flat()).toEqual(['C4', 'C5', 'C8', 'W2']);
    expect(formulas).toEqual(['C4', 'C5', 'C8', 'W2'].map((cell) => `=HYPERLINK("#gid=${scores.id}&range=${cell}";"${cell}")`));
    expect(sheet.getFrozenRows()).toBe(1);
    expect(ss.toasts.at(-1)?.message).toMatch(/^Có 2 lỗi và 1 cảnh báo\./);
  });

  it('marks bad cells with our note and colour and keeps what the user wrote', () => {
    const { call, scores } = broken();
    call('menuKiemTra');
    expect(scores.cell(4, 3).note).toMatch(new RegExp(`^Ghi chú của thư ký\\n\\n${MARK_PREFIX}Ô `));
    expect(scores.cell(4, 3).background).toBe(MARK_COLOUR.error);
    expect(scores.cell(5, 3).note.startsWith(MARK_PREFIX)).toBe(true);
    expect(scores.cell(8, 3).background).toBe(MARK_COLOUR.warning);
    // A note needs no change: its cell is not marked.
    expect(scores.cell(2, 23).background).toBe(DEFAULT_BACKGROUND);
    expect(scores.cell(2, 23).note).toBe('');
    expect(scores.cell(6, 3).background).toBe('#00ff00');
    expect(scores.cell(6, 3).note).toBe('Màu của người dùng');
  });

  it('takes its marks off cells that are fine now, and only its own', () => {
    const { call, scores } = broken();
    call('menuKiemTra');
    scores.cell(4, 3).value = 18;
    scores.cell(5, 3).value = 18;
    call('menuKiemTra');
    expect(scores.cell(4, 3).note).toBe('Ghi chú của thư ký');
    expect(scores.cell(4, 3).background).toBe(DEFAULT_BACKGROUND);
    expect(scores.cell(5, 3).note).toBe('');
    expect(scores.cell(6, 3).background).toBe('#00ff00');
    expect(scores.cell(8, 3).background).toBe(MARK_COLOUR.warning);
  });

  it('keeps the colour a user gave a bad cell: the note marks it, and the colour is still there once the cell is fixed', () => {
    const { call, scores } = broken();
    scores.cell(4, 3, true).background = '#3366ff';
    call('menuKiemTra');
    expect(scores.cell(4, 3).background).toBe('#3366ff');
    expect(scores.cell(4, 3).note).toContain(MARK_PREFIX);
    scores.cell(4, 3).value = 18;
    call('menuKiemTra');
    expect(scores.cell(4, 3).background).toBe('#3366ff');
    expect(scores.cell(4, 3).note).toBe('Ghi chú của thư ký');
  });

  it('warns at each blank setting the report and, once the ballots are counted, the minutes need, before any document is written', () => {
    const cleared = ['reportNumber', 'section1', 'voteTime', 'countingCommittee'];
    const { call, ss, docs } = example(fixtureGrids(fixture, Object.fromEntries(cleared.map((k) => [k, ''])), { ballots: true }));
    call('menuKiemTra');
    // Column B of each setting's row (row 1 is the header); the message worked out from its label and its paper.
    const cell = (key: string): string => `B${SETTINGS.findIndex((d) => d.key === key) + 2}`;
    const said = (label: string, paper: string): string =>
      `Mục "${label}" còn trống: ${paper} để trống chỗ này (số, ngày chừa "……" để ghi tay; đoạn văn bỏ qua), không tự điền. Hãy điền mục này trước khi in và ký.`;
    const rows = ss
      .sheet(SHEET.checks)
      .grid()
      .filter((r) => r[6] === 'NEEDED_SETTING');
    expect(rows.map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      ['Cảnh báo', SHEET.settings, cell('reportNumber'), said('Số báo cáo', 'báo cáo')],
      ['Cảnh báo', SHEET.settings, cell('section1'), said('Phần I', 'báo cáo')],
      ['Cảnh báo', SHEET.settings, cell('voteTime'), said('Thời gian họp', 'biên bản kiểm phiếu')],
      ['Cảnh báo', SHEET.settings, cell('countingCommittee'), said('Ban kiểm phiếu', 'biên bản kiểm phiếu')],
    ]);
    expect(docs.documents).toHaveLength(0);
    expect(ss.toasts.at(-1)?.message).toMatch(/^Có 0 lỗi và 4 cảnh báo\./);
  });

  it('changes no input value', () => {
    const { call, ss } = broken();
    const before = inputSnapshot(ss);
    call('menuKiemTra');
    expect(inputSnapshot(ss)).toEqual(before);
  });
});

describe('the document lock', () => {
  it('refuses a second run with a message and changes nothing', () => {
    const { call, ss, ui, google } = example();
    google.lock.heldByOther = true;
    const before = inputSnapshot(ss);
    const sheets = sheetNames(ss);
    for (const fn of ['menuKiemTra', 'menuTinhDiem', 'menuTaoBaoCao', 'menuPhanQuyen', 'menuTaoBangMau']) call(fn);
    expect(ui.alerts.map((a) => a.prompt)).toEqual(Array(5).fill(BUSY_MESSAGE));
    expect(sheetNames(ss)).toEqual(sheets);
    expect(inputSnapshot(ss)).toEqual(before);
    expect(ss.sheets.flatMap((s) => s.protections)).toEqual([]);
    expect(() => call('sidebarCompute')).toThrow(BUSY_MESSAGE);
  });

  it('is released after a flush', () => {
    const { call, google } = example();
    call('menuTinhDiem');
    expect(google.lock.heldByScript).toBe(false);
    expect(google.lock.flushedBeforeRelease).toBe(true);
  });
});

describe('Tạo báo cáo', () => {
  it('creates a new Google Doc each time and links it from Tổng hợp and Lịch sử', () => {
    const { call, ss, docs } = example();
    call('menuTaoBaoCao');
    expect(docs.documents).toHaveLength(1);
    const [doc] = docs.documents;
    expect(doc.name).toMatch(/Cụm thi đua số 08 năm 2021 \(\d\d\/\d\d\/\d{4} \d\d:\d\d\)$/);
    const summary = ss.sheet(SHEET.summary).grid();
    expect(summary.flat()).toContain(doc.getUrl());
    expect(ss.sheet(SHEET.history).grid()[1][7]).toBe(doc.getUrl());

    const firstBody = doc.body.text();
    call('menuTaoBaoCao');
    expect(docs.documents).toHaveLength(2);
    expect(docs.documents[0].body.text()).toBe(firstBody);
    expect(ss.sheet(SHEET.summary).grid().flat()).toContain(docs.documents[1].getUrl());
    expect(
      ss
        .sheet(SHEET.history)
        .grid()
        .map((r) => r[7]),
    ).toEqual([HISTORY_HEADER[7], doc.getUrl(), docs.documents[1].getUrl()]);
  });

  it('puts the ranking into the document', () => {
    const { call, docs } = example();
    call('menuTaoBaoCao');
    const text = docs.documents[0].body.text();
    for (const u of fixture.units) expect(text).toContain(u.name);
  });

  it("puts the image of Tổng hợp's chart into the document", () => {
    const { call, docs, google } = example();
    call('menuTaoBaoCao');
    const images: FakeInlineImage[] = [];
    const walk = (node: unknown): void => {
      if (node instanceof FakeInlineImage) images.push(node);
      const { children = [], inline = [] } = node as { children?: unknown[]; inline?: unknown[] };
      for (const child of [...children, ...inline]) walk(child);
    };
    walk(docs.documents[0].body);
    expect(images).toHaveLength(1);
    expect(unwrap(images[0].blob)).toBeInstanceOf(FakeBlob);
    expect((unwrap(images[0].blob) as FakeBlob).contentType).toBe('image/png');
    expect(google.lock.flushes).toBeGreaterThanOrEqual(2);
  });

  it('refuses with the errors when the data has errors', () => {
    const grids = exampleGrids();
    (grids.scores as unknown[][])[3][2] = 'mười';
    const { call, docs, ui } = example(grids);
    call('menuTaoBaoCao');
    expect(docs.documents).toHaveLength(0);
    expect(ui.alerts[0].prompt).toMatch(/^Chưa thể xếp hạng: còn 1 lỗi/);
  });
});

describe('Tạo bảng mẫu', () => {
  it('creates the four input sheets on an empty spreadsheet: defaults, empty lists, and the way on', () => {
    const { call, ss } = example({});
    ss.addSheet('Trang tính1');
    call('menuTaoBangMau');
    for (const name of [SHEET.settings, SHEET.criteria, SHEET.units, SHEET.scores]) expect(sheetNames(ss)).toContain(name);
    const scores = ss.sheet(SHEET.scores);
    expect(scores.getFrozenRows()).toBe(1);
    // No criteria yet: the score columns come from the lists, through "Cập nhật Bảng điểm".
    // The live columns are there already, their formulas waiting for units (nothing to show yet).
    expect(scores.grid()).toEqual([
      ['Mã đơn vị', 'Đơn vị', 'Điểm trừ', 'Lý do trừ', 'Giải trình', ...LIVE_HEADERS, 'Trạng thái nộp'],
      ['', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(
      scores
        .getRange(2, 6, 1, 4)
        .getFormulas()[0]
        .every((f) => f.startsWith('=CUM_')),
    ).toBe(true);
    expect(scores.cell(2, 1).format).toBe('@');
    expect(scores.cell(2, 3).format).toBe('General');
    const rule = scores.cell(2, 3).validation;
    expect(rule?.getCriteriaValues()).toEqual([-100, 100]);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(scores.cell(200, 3).validation).toBe(rule);
    expect(scores.cell(1, 3).note).toMatch(/trừ 0,5 điểm/);
    expect(scores.cell(2, 1).validation).toBeNull();
    expect(ss.sheet(SHEET.criteria).grid()).toHaveLength(1);
    expect(ss.sheet(SHEET.units).grid()).toHaveLength(1);
    const settings = ss.sheet(SHEET.settings).grid();
    expect(settings[1].slice(0, 2)).toEqual(['Tên cụm thi đua', '']);
    expect(ss.toasts.at(-1)?.message).toContain('rồi chạy menu Tính điểm › Cập nhật Bảng điểm');
  });

  it('builds Bảng điểm from the criteria and units already typed, touching neither', () => {
    const grids = exampleGrids();
    delete grids.scores;
    const { call, ss, ui } = example(grids);
    const before = inputSnapshot(ss);
    call('menuTaoBangMau');
    expect(ui.alerts[0].buttons).toBe('YES_NO');
    expect(ui.alerts[0].prompt).toContain(`"${SHEET.scores}"`);
    const scores = ss.sheet(SHEET.scores).grid();
    expect(scores.slice(1).map((r) => r.slice(0, 2))).toEqual(fixture.units.map((u) => [u.code, u.shortName]));
    expect(scores[0]).toContain('Chuẩn 10');
    expect(ss.sheet(SHEET.scores).cell(2, 3).validation?.getCriteriaValues()).toEqual([0, fixture.criteria[0].maxBase]);
    const after = inputSnapshot(ss);
    for (const name of [SHEET.settings, SHEET.criteria, SHEET.units]) expect(after[name]).toEqual(before[name]);
  });

  it('asks before adding a sheet with no lock held, and adds it under the lock', () => {
    const grids = exampleGrids();
    delete grids.scores;
    const { call, ss, google } = example(grids);
    const held = lockAtQuestions(google);
    call('menuTaoBangMau');
    expect(held).toEqual([false]);
    expect(sheetNames(ss)).toContain(SHEET.scores);
    expect(google.lock.flushedBeforeRelease).toBe(true);
  });

  it('changes nothing when the user answers no', () => {
    const grids = exampleGrids();
    delete grids.scores;
    const { call, ss, ui } = example(grids);
    ui.answers.push('NO');
    const sheets = sheetNames(ss);
    call('menuTaoBangMau');
    expect(sheetNames(ss)).toEqual(sheets);
  });

  it('changes nothing when every sheet already holds data', () => {
    const { call, ss } = example();
    const before = inputSnapshot(ss);
    call('menuTaoBangMau');
    expect(inputSnapshot(ss)).toEqual(before);
    expect(ss.toasts.at(-1)?.message).toMatch(/đã có dữ liệu; không có gì thay đổi/);
  });
});

describe('Phân quyền nhập liệu', () => {
  function withEmails() {
    const grids = exampleGrids();
    const units = grids.units as unknown[][];
    units.slice(1).forEach((row, i) => (row[3] = i === 0 ? '' : `nhap${i}@stttt.example.vn, pho${i}@stttt.example.vn`));
    return example(grids);
  }

  it("lets each unit's emails edit only that unit's row", () => {
    const { call, ss } = withEmails();
    call('menuPhanQuyen');
    const scores = ss.sheet(SHEET.scores);
    // One row guard per unit, across the row; the sheet's own protection leaves only the typed cells of the unit rows to them.
    const rows = scores.getProtections('RANGE');
    expect(rows).toHaveLength(fixture.units.length);
    const tg = rows.find((p) => p.range?.row === 3);
    expect(tg?.description).toBe('Tính điểm: Bảng điểm dòng 3, đơn vị TG: nhap1@stttt.example.vn, pho1@stttt.example.vn');
    expect([...(tg?.editors ?? [])].sort()).toEqual(['nhap1@stttt.example.vn', 'pho1@stttt.example.vn', 'thuky@cum08.example.vn']);
    expect(tg?.domainEdit).toBe(false);
    expect(tg?.range?.getA1Notation()).toBe(`A3:${a1(0, scores.getMaxColumns() - 1).replace(/1$/, '')}3`);
    const la = rows.find((p) => p.range?.row === 2);
    expect([...(la?.editors ?? [])]).toEqual(['thuky@cum08.example.vn']);
    const sheetGuard = scores.getProtections('SHEET')[0];
    // Scores (C:V), deduction and reason (W:X), a link a criterion (Y:AH), the explanation (AI).
    expect(sheetGuard.unprotected.map((r) => r.getA1Notation())).toEqual([`C2:AI${1 + fixture.units.length}`]);
    for (const name of [SHEET.settings, SHEET.criteria, SHEET.units]) expect(ss.sheet(name).getProtections('SHEET')).toHaveLength(1);
    expect(ss.toasts.at(-1)?.message).toContain('Đơn vị chưa có email');
    expect(ss.toasts.at(-1)?.message).toContain('Long An');
  });

  it('replaces its own protections on a second run and keeps the user’s', () => {
    const { call, ss } = withEmails();
    const mine = ss.sheet(SHEET.scores).getRange(30, 1, 1, 3).protect().setDescription('Khóa riêng của thư ký');
    call('menuPhanQuyen');
    const count = ss.getProtections('RANGE').length + ss.getProtections('SHEET').length;
    call('menuPhanQuyen');
    expect(ss.getProtections('RANGE').length + ss.getProtections('SHEET').length).toBe(count);
    expect(ss.getProtections('RANGE')).toContain(mine);
  });

  it('stops a unit member who runs a writing action afterwards, leaving the old output whole', () => {
    const { call, ss, ui, google } = withEmails();
    call('menuTinhDiem');
    call('menuPhanQuyen');
    const summary = ss.sheet(SHEET.summary);
    const sheets = sheetNames(ss);
    google.env.user = 'nhap1@stttt.example.vn';
    call('menuTinhDiem');
    expect(ui.alerts.at(-1)?.prompt).toMatch(/^Không thực hiện được: You are trying to edit a protected cell/);
    expect(sheetNames(ss)).toEqual(sheets);
    expect(ss.sheet(SHEET.summary)).toBe(summary);
  });

  it('keeps the owner-only protection of an output sheet when it is rebuilt', () => {
    const { call, ss } = withEmails();
    call('menuTinhDiem');
    call('menuPhanQuyen');
    call('menuTinhDiem');
    expect(ss.sheet(SHEET.summary).getProtections('SHEET')).toHaveLength(1);
  });

  it('makes output sheets created after it owner-only too', () => {
    const { call, ss } = withEmails();
    call('menuPhanQuyen');
    call('menuKiemTra');
    call('menuTinhDiem');
    for (const name of [SHEET.summary, SHEET.checks, SHEET.history]) {
      const protections = ss.sheet(name).getProtections('SHEET');
      expect(protections, name).toHaveLength(1);
      expect([...(protections[0].editors ?? [])], name).toEqual(['thuky@cum08.example.vn']);
    }
  });

  it('leaves output sheets unprotected where it never ran', () => {
    const { call, ss } = withEmails();
    call('menuTinhDiem');
    expect(ss.sheet(SHEET.summary).getProtections('SHEET')).toEqual([]);
  });
});

describe('the sidebar', () => {
  it('opens after a menu action with the run’s data in the page', () => {
    const { call, ui } = example();
    call('menuTinhDiem');
    expect(ui.sidebars).toHaveLength(1);
    const page = ui.sidebars[0];
    expect(page.title).toBe('Tính điểm thi đua');
    expect(page.content).not.toContain('<?!=');
    const json = /<script type="application\/json" id="initial-data">([\s\S]*?)<\/script>/.exec(page.content)?.[1] ?? '';
    const data = JSON.parse(json) as SidebarData;
    expect(data.action).toBe('compute');
    expect(data.ranking[0]).toMatchObject({ rank: 1, code: 'LA', total: '117.5' });
  });

  it('answers the page’s calls with plain data and selects a cell', () => {
    const { call, ss } = example();
    const data = call('sidebarCheck') as SidebarData;
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.warnings).toBe(0);
    expect(data.notes).toBe(1);
    expect((call('sidebarReport') as SidebarData).reportUrl).toMatch(/^https:\/\/docs\.google\.com\/document\//);
    call('sidebarSelectCell', SHEET.scores, 'W2');
    expect(ss.active?.getA1Notation()).toBe('W2');
    expect(ss.activeSheet?.name).toBe(SHEET.scores);
    expect(() => call('sidebarSelectCell', 'Không có', 'A1')).toThrow(/Không tìm thấy trang tính "Không có"/);
  });

  it('opens from the menu without writing anything, with the latest report link', () => {
    const { call, ui, ss, docs } = example();
    call('menuTaoBaoCao');
    call('menuTinhDiem');
    const sheets = sheetNames(ss);
    const history = ss.sheet(SHEET.history).grid();
    call('menuMoThanhBen');
    expect(ui.sidebars).toHaveLength(3);
    expect(sheetNames(ss)).toEqual(sheets);
    expect(ss.sheet(SHEET.history).grid()).toEqual(history);
    const page = ui.sidebars[2].content;
    const data = JSON.parse(/id="initial-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '') as SidebarData;
    expect(data.action).toBe('open');
    expect(data.reportUrl).toBe(docs.documents[0].getUrl());
  });
});

describe('Hướng dẫn', () => {
  it('shows a Vietnamese help dialog', () => {
    const { call, ui } = example();
    call('menuHuongDan');
    expect(ui.dialogs[0].title).toBe('Hướng dẫn sử dụng Tính điểm thi đua');
    expect(ui.dialogs[0].output.content).toContain('Tính điểm và xếp hạng');
  });
});
