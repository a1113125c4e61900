/**
 * The biên bản kiểm phiếu and the tờ trình of the example's vote: their models against
 * the example's data and the hand count (test/helpers/example-vote.ts), and each .docx
 * against its model, as the report is checked.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { MOTTO, NATION } from '../../src/core/documents/header';
import type { Paragraph, Table } from '../../src/core/documents/model';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { buildLetter } from '../../src/core/documents/letter';
import { buildMinutes } from '../../src/core/documents/minutes';
import type { VoteOutcome } from '../../src/core/model/vote-types';
import { renderDocx } from '../../src/docx/render-docx';
import { fixtureGrids } from '../../scripts/example-data';
import { EXAMPLE_VOTE } from '../helpers/example-vote';
import { bodyElements, docxParts, docxPlainText, expectClosingParagraph, paragraphText } from './docx-xml';
import { fixture } from './example';
import { cells, paragraphs, tables, text } from '../helpers/model-text';

const settings = fixture.settings as Record<string, string & string[]>;
const ev = evaluate(fixtureGrids(fixture, {}, { ballots: true }));
const vote = ev.vote as VoteOutcome;
const minutes = buildMinutes(ev, vote);
const letter = buildLetter(ev, vote);

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

  it('records the meeting, its chair and secretary, and the counting committee', () => {
    const all = paragraphs(minutes);
    expect(all.find((p) => p.startsWith('Vào lúc'))).toBe(
      `Vào lúc ${settings.voteTime} ngày 28 tháng 12 năm 2021, tại ${settings.votePlace}, Hội đồng thi đua ${settings.clusterName} họp bình xét, đề nghị khen thưởng năm 2021 bằng hình thức bỏ phiếu kín.`,
    );
    expect(all).toContain('Chủ trì cuộc họp: Lê Quốc Cường, Giám đốc Sở Thông tin và Truyền thông tỉnh An Giang, Cụm trưởng.');
    expect(all).toContain('Thư ký cuộc họp: Phạm Thanh Tâm, Chuyên viên Sở Thông tin và Truyền thông tỉnh An Giang.');
    expect(all).toEqual(expect.arrayContaining(['- Nguyễn Thị Thu Hà, Trưởng ban;', '- Trần Minh Khoa, Thành viên;', '- Lê Hoàng Phúc, Thành viên.']));
  });

  it('names the members summoned, present and absent, the absent one with the written opinion', () => {
    expect(paragraphs(minutes)).toContain(
      'Thành viên Hội đồng được triệu tập: 12 người; có mặt: 11 người; vắng mặt: 01 người (01 người có ý kiến bằng văn bản).',
    );
    const members = cells(tables(minutes)[1]);
    expect(members[0]).toEqual(['TT', 'Thành viên', 'Tham dự']);
    expect(members).toHaveLength(13);
    expect(members.filter((r) => r[2] === 'Có mặt')).toHaveLength(11);
    expect(members[12]).toEqual(['12', `Đại diện lãnh đạo ${unitName('CM')}`, 'Vắng mặt, có ý kiến bằng văn bản']);
  });

  it('states the quorum: 11 of 12 present against 2/3 of 12, that is at least 8', () => {
    expect(paragraphs(minutes)).toContain(
      'Số thành viên có mặt là 11/12, không ít hơn mức tối thiểu 2/3 số thành viên Hội đồng (08 người) theo quy chế hoạt động của Cụm; cuộc họp đủ điều kiện để bỏ phiếu.',
    );
  });

  it('reconciles the ballots with attendance and the written opinion, and describes the invalid one in plain words', () => {
    const all = paragraphs(minutes);
    // 11 present + 1 written = 12 issued = 12 returned = 11 valid + 1 invalid.
    expect(all).toContain('Số phiếu phát ra: 12 phiếu, gồm 11 phiếu phát cho thành viên có mặt và 01 phiếu của thành viên vắng mặt gửi ý kiến bằng văn bản.');
    expect(all).toContain('Số phiếu thu về: 12 phiếu, bằng số phiếu phát ra.');
    expect(all).toContain('Số phiếu hợp lệ: 11 phiếu; số phiếu không hợp lệ: 01 phiếu; cộng lại 12 phiếu, đúng bằng số phiếu thu về.');
    expect(all).toContain('Phiếu số 7 không hợp lệ vì khi phân định các đơn vị đồng hạng 5, phiếu chọn cả hai đơn vị “Vĩnh Long” và “Đồng Tháp” thay vì một.');
    const text = reportPlainText(minutes);
    expect(text).not.toMatch(/"/);
    expect(text).not.toMatch(/\bô đồng hạng\b/);
  });

  it('states the threshold as the agreements it takes: 80 % of the 12 members is 9.6, so at least 10 of 12', () => {
    expect(paragraphs(minutes)).toContain(`1. Đề nghị xét tặng ${award} (đạt khi có ít nhất 80% tổng số thành viên Hội đồng, tức ít nhất 10/12 phiếu đồng ý):`);
  });

  it('tables the result per candidate and per tie, every count in two digits', () => {
    const [, , award, tie] = tables(minutes).map(cells);
    const two = (n: number): string => String(n).padStart(2, '0');
    expect(award).toEqual([
      ['TT', 'Đơn vị', 'Tổng điểm', 'Đồng ý', 'Không đồng ý', 'Để trống', 'Tỷ lệ đồng ý (%)', 'Kết quả'],
      ['1', longAn, '117.5', two(EXAMPLE_VOTE.longAn.agree), two(EXAMPLE_VOTE.longAn.disagree), '00', EXAMPLE_VOTE.longAn.percent, 'Đạt'],
    ]);
    expect(tie).toEqual([
      ['TT', 'Đơn vị', 'Số phiếu chọn', 'Hạng sau bỏ phiếu'],
      ...EXAMPLE_VOTE.tie.map((t, i) => [String(i + 1), unitName(t.code), two(t.votes), String(t.rank)]),
    ]);
    expect(paragraphs(minutes)).toContain('Có 01 phiếu hợp lệ không chọn đơn vị nào.');
  });

  it("leaves room above every paragraph under a table (the next part's heading, a note)", () => {
    const under = minutes.blocks.filter(
      (b, i): b is Paragraph => b.kind === 'paragraph' && minutes.blocks[i - 1]?.kind === 'table' && (minutes.blocks[i - 1] as Table).style === 'grid',
    );
    // Under the members, "Số thành viên có mặt…"; under the award table, the note on the cut share; under the tie's table, the blank-ballot note.
    expect(under.map(text)).toEqual([
      expect.stringMatching(/^Số thành viên có mặt/),
      expect.stringMatching(/^Tỷ lệ đồng ý lấy hai chữ số thập phân/),
      'Có 01 phiếu hợp lệ không chọn đơn vị nào.',
    ]);
    for (const p of under) expect(p.spaceBefore).toBeGreaterThanOrEqual(6);
  });

  it('concludes, closes with the time and the copies, and is signed by chair, secretary and the counting committee', () => {
    const all = paragraphs(minutes);
    expect(all).toContain(`- ${longAn} đạt 10/12 phiếu đồng ý, tỷ lệ 83.33%, đủ điều kiện đề nghị xét tặng ${award}.`);
    expect(all).toContain('- Thứ hạng các đơn vị đồng hạng 5: Đồng Tháp hạng 5 (07 phiếu), Vĩnh Long hạng 6 (03 phiếu).');
    expect(all.at(-1)).toBe(
      'Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày. Biên bản được lập thành 02 bản, đã được đọc lại trước Hội đồng và được các thành viên có mặt thống nhất thông qua./.',
    );
    const signatures = cells(tables(minutes).at(-1) as Table);
    expect(signatures).toEqual([
      ['THƯ KÝ\nPhạm Thanh Tâm', 'CHỦ TRÌ\nLê Quốc Cường'],
      ['THÀNH VIÊN BAN KIỂM PHIẾU\nTrần Minh Khoa\nLê Hoàng Phúc', 'TRƯỞNG BAN KIỂM PHIẾU\nNguyễn Thị Thu Hà'],
    ]);
  });

  it('carries no draft mark though the report is a draft (Dự thảo: "có"), unless Dự thảo names the minutes', () => {
    expect(settings.draft).toBe('có');
    expect(paragraphs(minutes)).not.toContain('DỰ THẢO');
    expect(paragraphs(letter)).not.toContain('DỰ THẢO');
    const asked = evaluate(fixtureGrids(fixture, { draft: 'báo cáo, biên bản' }, { ballots: true }));
    expect(paragraphs(buildMinutes(asked, asked.vote as VoteOutcome))).toContain('DỰ THẢO');
    expect(paragraphs(buildLetter(asked, asked.vote as VoteOutcome))).not.toContain('DỰ THẢO');
  });

  it('has a column for blank answers, so that every row adds up to the valid ballots stated above it', () => {
    // Ballot 4 answered "không đồng ý" about Long An; left blank instead: 10 agree, 0 disagree, 1 blank = 11 valid.
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const ballots = (grids.ballots ?? []).map((row) => [...row]);
    const four = ballots.findIndex((row) => row[0] === 4);
    expect(ballots[four][1]).toBe('không đồng ý');
    ballots[four][1] = '';
    const blankEv = evaluate({ ...grids, ballots });
    const model = buildMinutes(blankEv, blankEv.vote as VoteOutcome);
    expect(paragraphs(model)).toContain('Số phiếu hợp lệ: 11 phiếu; số phiếu không hợp lệ: 01 phiếu; cộng lại 12 phiếu, đúng bằng số phiếu thu về.');
    const [head, row] = cells(tables(model)[2]);
    expect(head.slice(3, 6)).toEqual(['Đồng ý', 'Không đồng ý', 'Để trống']);
    expect(row.slice(3, 6)).toEqual(['10', '00', '01']);
  });

  it('says once how a share is cut (10/12 = 83.333…% is written 83.33), so the printed share does not look like a slip', () => {
    const notes = paragraphs(minutes).filter((p) => p.startsWith('Tỷ lệ đồng ý lấy'));
    expect(notes).toEqual(['Tỷ lệ đồng ý lấy hai chữ số thập phân, không làm tròn (10/12 = 83.33…%), để tỷ lệ chưa đạt không bao giờ ghi bằng mức quy định.']);
    // 9 of 12 is 75 % exactly: nothing was cut, nothing to explain.
    const exact = fixtureGrids(fixture, {}, { ballots: true });
    const ballots = (exact.ballots ?? []).map((row) => [...row]);
    ballots[ballots.findIndex((row) => row[0] === 1)][1] = 'không đồng ý';
    const exactEv = evaluate({ ...exact, ballots });
    expect((exactEv.vote as VoteOutcome).awards[0].percent).toBe('75');
    const model = buildMinutes(exactEv, exactEv.vote as VoteOutcome);
    expect(paragraphs(model).filter((p) => p.startsWith('Tỷ lệ đồng ý lấy'))).toEqual([]);
  });

  it('says so when no candidate reached the threshold', () => {
    const strict = evaluate(fixtureGrids(fixture, { voteThreshold: 90 }, { ballots: true }));
    const model = buildMinutes(strict, strict.vote as VoteOutcome);
    expect(paragraphs(model)).toContain(
      `- Không có đơn vị nào đạt tỷ lệ phiếu đồng ý theo quy định (ít nhất 90% tổng số thành viên Hội đồng) nên chưa đề nghị xét tặng ${award}.`,
    );
    expect(cells(tables(model)[2])[1].at(-1)).toBe('Không đạt');
  });
});

describe('the tờ trình of the example', () => {
  it('is addressed to the granting body and proposes the unit that reached the threshold, with total, rank and vote', () => {
    expect(cells(tables(letter)[0])[1][0]).toBe(`Số: ${settings.letterNumber}`);
    const all = paragraphs(letter);
    expect(all.slice(all.indexOf('TỜ TRÌNH'), all.indexOf('TỜ TRÌNH') + 3)).toEqual([
      'TỜ TRÌNH',
      `Đề nghị xét tặng ${award} năm 2021`,
      `Kính gửi: ${settings.grantingBody}.`,
    ]);
    expect(all).toContain(
      `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2021 và kết quả bỏ phiếu bình xét ngày 28/12/2021 của Hội đồng thi đua ${settings.clusterName} (biên bản kiểm phiếu số ${settings.minutesNumber} kèm theo), ` +
        `${settings.clusterName} kính đề nghị ${settings.grantingBody} xem xét, tặng ${award} năm 2021 cho đơn vị sau:`,
    );
    expect(cells(tables(letter)[1])).toEqual([
      ['TT', 'Đơn vị', 'Tổng điểm', 'Hạng', 'Kết quả bỏ phiếu'],
      ['1', longAn, '117.5', '1', '10/12 phiếu đồng ý, tỷ lệ 83.33%'],
    ]);
  });

  it("stands on current law first, each basis on its own line, then the cluster's own plan", () => {
    const all = paragraphs(letter);
    const at = all.indexOf(`Kính gửi: ${settings.grantingBody}.`);
    expect(all.slice(at + 1, at + 5)).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Căn cứ Quy chế hoạt động của Cụm thi đua;',
      settings.basis,
    ]);
    expect(reportPlainText(letter)).not.toMatch(/98\/2023|91\/2017|28\/2024/);
  });

  it("is dated no earlier than the report it attaches (05/01/2022, not the vote day), and lists the dossier's papers with their numbers and dates", () => {
    expect(cells(tables(letter)[0])[1]).toEqual([`Số: ${settings.letterNumber}`, 'An Giang, ngày 05 tháng 01 năm 2022']);
    const all = paragraphs(letter);
    const at = all.indexOf('Hồ sơ kèm theo:');
    expect(all.slice(at + 1, at + 5)).toEqual([
      `- Biên bản kiểm phiếu số ${settings.minutesNumber} ngày 28/12/2021 của Hội đồng thi đua ${settings.clusterName};`,
      `- Báo cáo số ${settings.reportNumber} ngày 05/01/2022 về kết quả thi đua, khen thưởng năm 2021 của ${settings.clusterName};`,
      `- Báo cáo thành tích của ${longAn};`,
      `- Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua năm 2021 của ${settings.clusterName}.`,
    ]);
  });

  it('ends with the signature of the cluster leader', () => {
    const all = paragraphs(letter);
    expect(all.at(-1)).toBe(`${settings.clusterName} kính mong ${settings.grantingBody} xem xét, quyết định khen thưởng./.`);
    expect(cells(tables(letter).at(-1) as Table)[0]).toEqual([
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.',
      `${settings.signerRole}\n${settings.signerTitle}\n${settings.signerName}`,
    ]);
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
    const model = buildLetter(strict, strict.vote as VoteOutcome);
    expect(tables(model)).toHaveLength(2);
    expect(paragraphs(model).some((p) => p.endsWith(`nên chưa đề nghị xét tặng ${award}.`))).toBe(true);
  });
});

describe('the .docx of both documents', () => {
  it.each([
    ['biên bản', minutes],
    ['tờ trình', letter],
  ])("the %s has exactly the text of its model, on the report's page", async (_, model) => {
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
