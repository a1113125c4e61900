/**
 * The biên bản kiểm phiếu and the tờ trình of the example's vote: their models against
 * the example's data and the hand count (test/helpers/example-vote.ts), and each .docx
 * against its model, as the report is checked.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { MOTTO, NATION } from '../../src/core/documents/header';
import type { Paragraph, ReportModel, Table } from '../../src/core/documents/model';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { buildLetter } from '../../src/core/documents/letter';
import { buildMinutes } from '../../src/core/documents/minutes';
import type { VoteOutcome } from '../../src/core/model/vote-types';
import { renderDocx } from '../../src/docx/render-docx';
import { fixtureGrids } from '../../scripts/example-data';
import { EXAMPLE_VOTE } from '../helpers/example-vote';
import { bodyElements, docxParts, docxPlainText, expectClosingParagraph, paragraphText } from './docx-xml';
import { RUN_DATE, fixture } from './example';

const settings = fixture.settings as Record<string, string & string[]>;
const ev = evaluate(fixtureGrids(fixture, {}, { ballots: true }));
const vote = ev.vote as VoteOutcome;
const minutes = buildMinutes(ev, vote, { now: RUN_DATE });
const letter = buildLetter(ev, vote, { now: RUN_DATE });

const text = (p: Paragraph): string => p.runs.map((r) => r.text).join('');
const paragraphs = (m: ReportModel): string[] => m.blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map(text);
const tables = (m: ReportModel): Table[] => m.blocks.filter((b): b is Table => b.kind === 'table');
const cells = (t: Table): string[][] => t.rows.map((row) => row.map((c) => c.blocks.map((b) => (b.kind === 'paragraph' ? text(b) : '')).filter(Boolean).join('\n')));
/** The example leaves Tên danh hiệu đề nghị blank: the flag of its parent body. */
const award = `Cờ thi đua của ${settings.parentBody}`;
const longAn = fixture.units.find((u) => u.code === 'LA')?.name ?? '';
const unitName = (code: string): string => fixture.units.find((u) => u.code === code)?.name ?? '';

describe('the biên bản kiểm phiếu of the example', () => {
  it('has the administrative header with its own type, number and the date of the vote', () => {
    const header = cells(tables(minutes)[0]);
    expect(header[0]).toEqual([`${settings.parentBody.toLocaleUpperCase('vi')}\n${settings.issuer}`, `${NATION}\n${MOTTO}`]);
    expect(header[1]).toEqual([`Số: ${settings.minutesNumber}`, 'An Giang, ngày 28 tháng 12 năm 2021']);
    expect(paragraphs(minutes)).toContain('BIÊN BẢN');
  });

  it('records the meeting, the members present and the counting committee', () => {
    const all = paragraphs(minutes);
    expect(all.find((p) => p.startsWith('Hội đồng thi đua'))).toBe(
      `Hội đồng thi đua ${settings.clusterName} họp lúc ${settings.voteTime} ngày 28 tháng 12 năm 2021 tại ${settings.votePlace} để bình xét khen thưởng năm 2021 bằng hình thức bỏ phiếu kín.`,
    );
    expect(all).toContain('Hội đồng có 12 thành viên; có mặt 11 thành viên, vắng 1 thành viên.');
    expect(all).toEqual(expect.arrayContaining(['- Nguyễn Thị Thu Hà, Trưởng ban;', '- Trần Minh Khoa, Thành viên;', '- Lê Hoàng Phúc, Thành viên;']));
  });

  it('counts the ballots and names the invalid one', () => {
    const all = paragraphs(minutes);
    expect(all).toContain('Số phiếu phát ra: 12; Số phiếu thu về: 12; Số phiếu hợp lệ: 11; Số phiếu không hợp lệ: 01.');
    expect(all.find((p) => p.startsWith('- Không hợp lệ'))).toMatch(/^- Không hợp lệ: phiếu số 7: .*"Vĩnh Long, Đồng Tháp"/);
  });

  it('states the threshold as the agreements it takes: 80 % of the 12 members is 9.6, so at least 10 of 12', () => {
    expect(paragraphs(minutes)).toContain(`1. Đề nghị xét tặng ${award} (đạt khi có ít nhất 80% tổng số thành viên Hội đồng, tức ít nhất 10/12 phiếu đồng ý):`);
  });

  it('tables the result per candidate and per tie', () => {
    const [, award, tie] = tables(minutes).map(cells);
    expect(award).toEqual([
      ['TT', 'Đơn vị', 'Tổng điểm', 'Đồng ý', 'Không đồng ý', 'Tỷ lệ đồng ý (%)', 'Kết quả'],
      ['1', longAn, '117.5', String(EXAMPLE_VOTE.longAn.agree), String(EXAMPLE_VOTE.longAn.disagree), EXAMPLE_VOTE.longAn.percent, 'Đạt'],
    ]);
    expect(tie).toEqual([['TT', 'Đơn vị', 'Số phiếu chọn', 'Hạng sau bỏ phiếu'], ...EXAMPLE_VOTE.tie.map((t, i) => [String(i + 1), unitName(t.code), String(t.votes), String(t.rank)])]);
    expect(paragraphs(minutes)).toContain('Có 1 phiếu hợp lệ không chọn đơn vị nào.');
  });

  it('leaves room above every paragraph under a table (the next part\'s heading, a note)', () => {
    const under = minutes.blocks.filter((b, i): b is Paragraph => b.kind === 'paragraph' && minutes.blocks[i - 1]?.kind === 'table' && (minutes.blocks[i - 1] as Table).style === 'grid');
    // Under the award table, the tie's heading "2. Phân định …" (0 pt of its own); under the tie's table, the blank-ballot note.
    expect(under.map(text)).toEqual([expect.stringMatching(/^2\. Phân định thứ hạng/), 'Có 1 phiếu hợp lệ không chọn đơn vị nào.']);
    for (const p of under) expect(p.spaceBefore).toBeGreaterThanOrEqual(6);
  });

  it('concludes, and is signed by the committee head and members', () => {
    const all = paragraphs(minutes);
    expect(all).toContain(`- ${longAn} đạt 10/12 phiếu đồng ý, tỷ lệ 83.33%, đủ điều kiện đề nghị xét tặng ${award}.`);
    expect(all).toContain('- Thứ hạng các đơn vị đồng hạng 5: Đồng Tháp hạng 5 (7 phiếu), Vĩnh Long hạng 6 (3 phiếu).');
    expect(all.at(-1)).toMatch(/\.\/\.$/);
    const signatures = cells(tables(minutes).at(-1) as Table)[0];
    expect(signatures).toEqual(['THÀNH VIÊN\nTrần Minh Khoa\nLê Hoàng Phúc', 'TRƯỞNG BAN KIỂM PHIẾU\nNguyễn Thị Thu Hà']);
  });

  it('says so when no candidate reached the threshold', () => {
    const strict = evaluate(fixtureGrids(fixture, { voteThreshold: 90 }, { ballots: true }));
    const model = buildMinutes(strict, strict.vote as VoteOutcome, { now: RUN_DATE });
    expect(paragraphs(model)).toContain(`- Không có đơn vị nào đạt tỷ lệ phiếu đồng ý theo quy định (ít nhất 90% tổng số thành viên Hội đồng) nên chưa đề nghị xét tặng ${award}.`);
    expect(cells(tables(model)[1])[1].at(-1)).toBe('Không đạt');
  });
});

describe('the tờ trình of the example', () => {
  it('is addressed to the granting body and proposes the unit that reached the threshold, with total, rank and vote', () => {
    expect(cells(tables(letter)[0])[1][0]).toBe(`Số: ${settings.letterNumber}`);
    const all = paragraphs(letter);
    expect(all.slice(all.indexOf('TỜ TRÌNH'), all.indexOf('TỜ TRÌNH') + 3)).toEqual(['TỜ TRÌNH', `Đề nghị xét tặng ${award} năm 2021`, `Kính gửi: ${settings.grantingBody}.`]);
    expect(all).toContain(
      `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2021 và kết quả bỏ phiếu bình xét ngày 28/12/2021 của Hội đồng thi đua ${settings.clusterName} (biên bản kiểm phiếu kèm theo), ` +
        `${settings.clusterName} kính đề nghị ${settings.grantingBody} xem xét, tặng ${award} năm 2021 cho đơn vị sau:`,
    );
    expect(cells(tables(letter)[1])).toEqual([
      ['TT', 'Đơn vị', 'Tổng điểm', 'Hạng', 'Kết quả bỏ phiếu'],
      ['1', longAn, '117.5', '1', '10/12 phiếu đồng ý, tỷ lệ 83.33%'],
    ]);
  });

  it('lists the attached papers and ends with the signature of the cluster leader', () => {
    const all = paragraphs(letter);
    const at = all.indexOf('Hồ sơ kèm theo:');
    expect(all.slice(at + 1, at + 4)).toEqual(settings.attachments.map((a, i) => `- ${a}${i === 2 ? '.' : ';'}`));
    expect(all.at(-1)).toBe(`${settings.clusterName} kính mong ${settings.grantingBody} xem xét, quyết định khen thưởng./.`);
    expect(cells(tables(letter).at(-1) as Table)[0]).toEqual(['Nơi nhận:\n- Như trên;\n- Lưu: VT.', `${settings.signerRole}\n${settings.signerTitle}\n${settings.signerName}`]);
  });

  it('leaves 6 pt between the table of units proposed and "Hồ sơ kèm theo:" under it, in the model and the .docx', async () => {
    const at = letter.blocks.findIndex((b) => b.kind === 'paragraph' && text(b) === 'Hồ sơ kèm theo:');
    expect(letter.blocks[at - 1]).toMatchObject({ kind: 'table', style: 'grid' });
    expect(letter.blocks[at]).toMatchObject({ spaceBefore: 6 });
    const body = bodyElements((await docxParts(await renderDocx(letter)))['word/document.xml']);
    const after = body.findIndex((el) => paragraphText(el) === 'Hồ sơ kèm theo:');
    expect(body[after - 1]).toMatch(/^<w:tbl>/);
    // 6 pt is 120 twentieths of a point.
    expect(body[after]).toMatch(/<w:spacing w:after="\d+" w:before="120"/);
  });

  it('proposes no one when no one reached the threshold, and says why', () => {
    const strict = evaluate(fixtureGrids(fixture, { voteThreshold: 90 }, { ballots: true }));
    const model = buildLetter(strict, strict.vote as VoteOutcome, { now: RUN_DATE });
    expect(tables(model)).toHaveLength(2);
    expect(paragraphs(model).some((p) => p.endsWith(`nên chưa đề nghị xét tặng ${award}.`))).toBe(true);
  });
});

describe('the .docx of both documents', () => {
  it.each([
    ['biên bản', minutes],
    ['tờ trình', letter],
  ])('the %s has exactly the text of its model, on the report\'s page', async (_, model) => {
    const document = (await docxParts(await renderDocx(model)))['word/document.xml'];
    expect(docxPlainText(document)).toBe(reportPlainText(model));
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it.each([
    ['biên bản', minutes],
    ['tờ trình', letter],
  ])('the %s ends its body with a paragraph after the signature table', async (_, model) => {
    expect(model.blocks.at(-1)?.kind).toBe('table');
    expectClosingParagraph((await docxParts(await renderDocx(model)))['word/document.xml']);
  });
});
