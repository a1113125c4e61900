/**
 * "Kiểm phiếu và lập biên bản" through the built bundle in the fakes: on the example
 * without ballots it lays `Phiếu bầu` out from the ranking; with the example's ballots
 * typed in, it writes `Kết quả bỏ phiếu`, the ranking after the vote in `Tổng hợp`, and
 * two new Google Docs (the minutes and the letter).
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { fixtureGrids } from '../../scripts/example-data';
import { fakeDocumentApp } from '../fakes/document-app';
import { fakeDrive } from '../fakes/drive';
import { loadBuilt } from '../apps-script/harness';
import { fillWorkbook, fixture } from '../apps-script/workbook';
import { EXAMPLE_VOTE } from '../helpers/example-vote';

function open(ballots: boolean, extra: Record<string, unknown> = {}) {
  const docs = fakeDocumentApp();
  const loaded = loadBuilt({}, { DocumentApp: docs.app, ...extra });
  fillWorkbook(loaded.google.spreadsheet, fixtureGrids(fixture, {}, { ballots }));
  return { ...loaded, ss: loaded.google.spreadsheet, ui: loaded.google.ui, docs };
}

describe('the menu item Kiểm phiếu và lập biên bản', () => {
  it('is in the menu', () => {
    const { call, ui } = open(false);
    call('onOpen');
    expect(JSON.stringify(ui)).toContain('Kiểm phiếu và lập biên bản');
  });

  it('without ballots lays Phiếu bầu out from the ranking and writes no document', () => {
    const { call, ss, docs } = open(false);
    call('menuKiemPhieu');
    expect(ss.sheet(SHEET.ballots).grid()[0].slice(0, 3)).toEqual(fixture.ballots.header);
    expect(docs.documents).toHaveLength(0);
  });

  it('with the example ballots writes the count, the ranking after the vote and two new documents', () => {
    const { call, ss, docs, ui } = open(true);
    call('menuKiemPhieu');
    expect(ui.alerts).toEqual([]);
    const results = ss.sheet(SHEET.voteResults).grid();
    const row = (label: string) => results.find((r) => r[0] === label)?.[1];
    expect([row('Số phiếu phát ra'), row('Số phiếu thu về'), row('Số phiếu hợp lệ'), row('Số phiếu không hợp lệ')]).toEqual([12, 12, 11, 1]);
    const longAn = results.find((r) => r[0] === 'Long An');
    // The example keeps '.' as its decimal mark.
    expect(longAn?.slice(3, 8)).toEqual([
      EXAMPLE_VOTE.longAn.agree,
      EXAMPLE_VOTE.longAn.disagree,
      EXAMPLE_VOTE.longAn.blank,
      EXAMPLE_VOTE.longAn.percent,
      'Đạt',
    ]);
    const summary = ss.sheet(SHEET.summary).grid();
    const dt = summary.find((r) => r[1] === 'DT');
    const vl = summary.find((r) => r[1] === 'VL');
    expect([dt?.[0], vl?.[0]]).toEqual([5, 6]);
    expect(String(dt?.at(-1))).toContain(`theo kết quả bỏ phiếu ngày ${EXAMPLE_VOTE.date}`);
    expect(docs.documents).toHaveLength(2);
    const [minutes, letter] = docs.documents.map((d) => d.body.text());
    expect(minutes).toContain('BIÊN BẢN');
    expect(minutes).toContain('Số phiếu hợp lệ: 11 phiếu; số phiếu không hợp lệ: 01 phiếu; cộng lại 12 phiếu, đúng bằng số phiếu thu về.');
    expect(letter).toContain('TỜ TRÌNH');
    expect(letter).toContain(`Kính gửi: ${fixture.settings.grantingBody}.`);
  });

  it('with a ballot number typed twice, neither Kiểm phiếu nor Tạo báo cáo writes a document, and each says why', () => {
    const { call, ss, docs, ui } = open(true);
    ss.sheet(SHEET.ballots).cell(3, 1).value = ss.sheet(SHEET.ballots).cell(2, 1).value;
    call('menuKiemPhieu');
    call('menuTaoBaoCao');
    expect(docs.documents).toHaveLength(0);
    const said = JSON.stringify([...ui.alerts, ...ss.toasts]);
    expect(said).toContain('chưa tạo báo cáo, biên bản kiểm phiếu và tờ trình');
  });
});

describe('the menu item Lập hồ sơ đề nghị khen thưởng', () => {
  it('is in the menu, after Kiểm phiếu và lập biên bản', () => {
    const { call, ui } = open(false);
    call('onOpen');
    const menu = JSON.stringify(ui);
    expect(menu.indexOf('Lập hồ sơ đề nghị khen thưởng')).toBeGreaterThan(menu.indexOf('Kiểm phiếu và lập biên bản'));
  });

  it('without ballots writes nothing and says the vote comes first', () => {
    const { call, docs, ui } = open(false);
    call('menuLapHoSo');
    expect(docs.documents).toHaveLength(0);
    expect(JSON.stringify(ui.alerts)).toContain('Chưa có phiếu bầu');
  });

  it('after the vote writes the same papers as the command, as new Docs titled in filing order', () => {
    const { call, docs, ss } = open(true);
    call('menuLapHoSo');
    expect(docs.documents.map((d) => d.name.replace(/ \(\d\d\/\d\d\/\d{4} \d\d:\d\d\)$/, ''))).toEqual([
      '01. Tờ trình đề nghị khen thưởng Cụm thi đua số 08 năm 2021',
      '02. Biên bản kiểm phiếu bình xét khen thưởng Cụm thi đua số 08 năm 2021',
      '03. Báo cáo kết quả thi đua Cụm thi đua số 08 năm 2021',
      '04. Báo cáo thành tích Long An đề nghị tặng Cờ thi đua của Bộ Thông tin và Truyền thông năm 2021',
      '05. Bảng tổng hợp kết quả thi đua Cụm thi đua số 08 năm 2021',
    ]);
    const [letter, , , achievement] = docs.documents.map((d) => d.body.text());
    expect(letter).toContain('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;');
    expect(achievement).toContain('BÁO CÁO THÀNH TÍCH');
    // No Drive service in this run (a deployment without it): the message says how to download each PDF.
    expect(ss.toasts.at(-1)?.message).toMatch(/^Đã lập hồ sơ đề nghị khen thưởng gồm 5 văn bản mới.*Tải xuống › Tài liệu PDF/);
  });

  it('saves each paper’s PDF, named and numbered as the command names its files, in one new Drive folder', () => {
    const drive = fakeDrive();
    const { call, docs, ss } = open(true, { Drive: drive.Drive });
    call('menuLapHoSo');
    const [folder, ...pdfs] = drive.items;
    expect(folder.mimeType).toBe('application/vnd.google-apps.folder');
    expect(folder.name).toMatch(/-ho-so \(\d\d\/\d\d\/\d{4} \d\d:\d\d\)$/);
    // The command's names (test/cli/dossier.test.ts): 01-to-trinh.docx … 05-bang-tong-hop.docx.
    expect(pdfs.map((p) => [p.name, p.mimeType, p.parents])).toEqual(
      ['01-to-trinh', '02-bien-ban-kiem-phieu', '03-bao-cao-tong-ket', '04-bao-cao-thanh-tich-long-an', '05-bang-tong-hop'].map((n) => [
        `${n}.pdf`,
        'application/pdf',
        [folder.id],
      ]),
    );
    // Each PDF is its Doc's, printed after the Doc was written whole.
    pdfs.forEach((p, i) => expect(p.media?.text).toBe(docs.documents[i].body.text()));
    expect(pdfs[0].media?.text).toContain('TỜ TRÌNH');
    expect(ss.toasts.at(-1)?.message).toMatch(
      /Bản PDF của từng văn bản, cùng tên và số thứ tự, ở thư mục mới trên Google Drive: https:\/\/drive\.google\.com\/drive\/folders\/fake-drive-1$/,
    );
  });
});
