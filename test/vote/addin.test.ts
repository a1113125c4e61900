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
import { loadBuilt } from '../apps-script/harness';
import { fillWorkbook, fixture } from '../apps-script/workbook';
import { EXAMPLE_VOTE } from '../helpers/example-vote';

function open(ballots: boolean) {
  const docs = fakeDocumentApp();
  const loaded = loadBuilt({}, { DocumentApp: docs.app });
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
    expect(longAn?.slice(3, 8)).toEqual([EXAMPLE_VOTE.longAn.agree, EXAMPLE_VOTE.longAn.disagree, EXAMPLE_VOTE.longAn.blank, EXAMPLE_VOTE.longAn.percent, 'Đạt']);
    const summary = ss.sheet(SHEET.summary).grid();
    const dt = summary.find((r) => r[1] === 'DT');
    const vl = summary.find((r) => r[1] === 'VL');
    expect([dt?.[0], vl?.[0]]).toEqual([5, 6]);
    expect(String(dt?.at(-1))).toContain(`theo kết quả bỏ phiếu ngày ${EXAMPLE_VOTE.date}`);
    expect(docs.documents).toHaveLength(2);
    const [minutes, letter] = docs.documents.map((d) => d.body.text());
    expect(minutes).toContain('BIÊN BẢN');
    expect(minutes).toContain('Số phiếu phát ra: 12; Số phiếu thu về: 12; Số phiếu hợp lệ: 11; Số phiếu không hợp lệ: 01.');
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
