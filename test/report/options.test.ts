/** How the secretariat's settings change the report: separator, ranking style, dates, sections, awards, texts. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { buildReport } from '../../src/core/documents/build-report';
import type { Paragraph, ReportModel, Table } from '../../src/core/documents/model';
import { splitNarrative, textParagraphs } from '../../src/core/documents/narrative';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { fixtureGrids } from '../../scripts/example-data';
import { UNITS_COL } from '../../src/core/model/template';
import { RUN_DATE, exampleReport, fixture } from './example';

const lines = (m: ReportModel): string[] => reportPlainText(m).split('\n');
const ranking = (m: ReportModel): string[][] => {
  const t = m.blocks.find((b): b is Table => b.kind === 'table' && b.style === 'grid') as Table;
  return t.rows.map((row) => row.map((c) => c.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('')));
};
const sections = (m: ReportModel): string[] => lines(m).filter((l) => /^[IVX]+\. /.test(l));

describe('report options', () => {
  it('writes points with a decimal comma when configured', () => {
    const m = exampleReport({ decimalSeparator: ',' });
    expect(ranking(m)[1]).toEqual(['1', 'Sở Thông tin và Truyền thông tỉnh Long An', '100', '+18', '-0,5', '117,5']);
    expect(ranking(m)[3]).toEqual(['3', 'Sở Thông tin và Truyền thông tỉnh Tiền Giang', '100', '+15,5', '-1,5', '114']);
    expect(lines(m)).toContain(
      'Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2021, Cụm thi đua số 08 đề nghị xét tặng Cờ thi đua của Bộ Thông tin và Truyền thông cho Sở Thông tin và Truyền thông tỉnh Long An, đạt 117,5 điểm, xếp thứ 1.',
    );
  });

  it('numbers the table by competition ranking when asked (1, 2, 2, 4)', () => {
    expect(
      ranking(exampleReport({ rankStyle: 'cách' }))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['1', '2', '3', '4', '5', '5', '7', '8', '9', '10', '11', '12']);
    expect(
      ranking(exampleReport())
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['1', '2', '3', '4', '5', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('leaves room to write the date when Ngày báo cáo is blank, never the day of the run; leading zeros for days and months 1-2', () => {
    expect(lines(exampleReport({ reportDate: '' }))).toContain('Số: 05/BC-CTĐ08\tAn Giang, ngày …… tháng …… năm ……');
    expect(reportPlainText(exampleReport({ reportDate: '03/02/2022' }))).toContain('An Giang, ngày 03 tháng 02 năm 2022');
    expect(reportPlainText(exampleReport({ reportDate: '', place: '' }))).toContain('\tNgày …… tháng …… năm ……');
    // The run of these tests is dated 2026: nothing of it may reach the paper.
    expect(RUN_DATE.getFullYear()).toBe(2026);
    expect(reportPlainText(exampleReport({ reportDate: '' }))).not.toContain('2026');
  });

  it('prints DỰ THẢO only for a draft', () => {
    expect(lines(exampleReport())).toContain('DỰ THẢO');
    expect(lines(exampleReport({ draft: '' }))).not.toContain('DỰ THẢO');
  });

  it('renumbers the sections when I and III are left blank and adds V for awards', () => {
    // Part I keeps the pledge count computed from `Đơn vị` when its text is blank.
    expect(sections(exampleReport({ section1: '', section3: '', awardCount: 1 }))).toEqual([
      'I. Tổ chức thi đua trong Cụm:',
      'II. Kết quả theo từng tiêu chí thi đua:',
      'III. Chấm điểm và xếp hạng:',
      'IV. Đề nghị khen thưởng:',
    ]);
    const noPledge = fixtureGrids(fixture, { section1: '', section3: '', awardCount: 1 });
    noPledge.units = noPledge.units?.map((row) => row.map((cell, c) => (c === UNITS_COL.pledged ? '' : cell)));
    expect(sections(buildReport(evaluate(noPledge)))).toEqual([
      'I. Kết quả theo từng tiêu chí thi đua:',
      'II. Chấm điểm và xếp hạng:',
      'III. Đề nghị khen thưởng:',
    ]);
    expect(sections(exampleReport({ awardCount: 0 }))).toHaveLength(4);
  });

  it('proposes the leader in one sentence naming the award and the body that grants it', () => {
    const v = (m: ReportModel): string[] =>
      lines(m).slice(
        lines(m).findIndex((l) => l.endsWith('Đề nghị khen thưởng:')) + 1,
        lines(m).findIndex((l) => l.endsWith('./.')),
      );
    expect(v(exampleReport({ awardCount: 1 }))).toEqual([
      'Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2021, Cụm thi đua số 08 đề nghị xét tặng Cờ thi đua của Bộ Thông tin và Truyền thông cho Sở Thông tin và Truyền thông tỉnh Long An, đạt 117.5 điểm, xếp thứ 1.',
    ]);
    expect(v(exampleReport({ awardCount: 1, awardName: 'Cờ thi đua của Chính phủ' }))[0]).toContain(
      ' đề nghị xét tặng Cờ thi đua của Chính phủ cho Sở Thông tin và Truyền thông tỉnh Long An,',
    );
    expect(v(exampleReport({ awardCount: 2 }))).toEqual([
      'Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2021, Cụm thi đua số 08 đề nghị xét tặng Cờ thi đua của Bộ Thông tin và Truyền thông cho 02 đơn vị sau:',
      '- Sở Thông tin và Truyền thông tỉnh Long An, đạt 117.5 điểm, xếp thứ 1.',
      '- Sở Thông tin và Truyền thông tỉnh Hậu Giang, đạt 115 điểm, xếp thứ 2.',
    ]);
  });

  it('states a tie at the cut-off for the council to vote on, instead of breaking it', () => {
    const v = lines(exampleReport({ awardCount: 5 }));
    const part = v.slice(
      v.indexOf('V. Đề nghị khen thưởng:') + 1,
      v.findIndex((l) => l.endsWith('./.')),
    );
    expect(part[0]).toMatch(/ cho 04 đơn vị sau:$/);
    expect(part.filter((l) => l.startsWith('- '))).toHaveLength(4);
    expect(part.at(-1)).toBe(
      'Sở Thông tin và Truyền thông tỉnh Vĩnh Long, Sở Thông tin và Truyền thông tỉnh Đồng Tháp cùng đạt 112 điểm, đồng xếp hạng 5. ' +
        'Cụm thi đua số 08 sẽ tổ chức bỏ phiếu để lựa chọn thêm 01 trong 02 đơn vị này đề nghị xét tặng Cờ thi đua của Bộ Thông tin và Truyền thông.',
    );
    // Every paragraph of section V is a sentence ending with its stop (or introduces a list).
    for (const l of part) expect(l).toMatch(/[.:]$/);
    expect(v.join('\n')).not.toMatch(/Ghi chú|cần bỏ phiếu|Đề nghị: /);
  });

  it('writes generated summary, intro and closing when the settings leave them blank', () => {
    const m = exampleReport({ summary: '', intro: '', closing: '' });
    expect(lines(m)).toContain('Kết quả thi đua, khen thưởng năm 2021 của Cụm thi đua số 08');
    expect(lines(m)).toContain('Thực hiện kế hoạch thi đua năm 2021, Cụm thi đua số 08 báo cáo kết quả thi đua, khen thưởng như sau:');
    expect(lines(m)).toContain('Trên đây là báo cáo kết quả thi đua, khen thưởng năm 2021 của Cụm thi đua số 08./.');
  });

  it('adds ./. once even when the closing already ends with it or a full stop', () => {
    expect(lines(exampleReport({ closing: 'Cụm gửi báo cáo này để theo dõi./.' }))).toContain('Cụm gửi báo cáo này để theo dõi./.');
    expect(lines(exampleReport({ closing: 'Cụm gửi báo cáo này để theo dõi.' }))).toContain('Cụm gửi báo cáo này để theo dõi./.');
  });

  it('takes the issuer from the cluster name when it is blank, in capitals', () => {
    expect(reportPlainText(exampleReport({ issuer: '' }))).toContain('BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤM THI ĐUA SỐ 08\t');
  });

  it('still builds a report when the scores block the ranking', () => {
    const grids = fixtureGrids(fixture);
    const ev = evaluate({ ...grids, scores: undefined });
    expect(ev.blocked).toBe(true);
    const text = lines(buildReport(ev));
    expect(text).toContain('Chưa xếp hạng được: bảng điểm còn lỗi, xem trang tính Kiểm tra.');
    // No computed result line, band lines included.
    expect(text.filter((l) => / đơn vị (được|có) /.test(l))).toEqual([]);
    expect(text.some((l) => l.startsWith('V. '))).toBe(false);
  });
});

describe('free texts', () => {
  const kinds = (ps: Paragraph[]): string[] => ps.map((p) => `${p.runs[0].bold ? 'b' : ''}${p.runs[0].italic ? 'i' : ''}:${p.runs[0].text}`);

  it('makes numbered lines ending with ":" sub-headings and every other line a body paragraph', () => {
    expect(kinds(textParagraphs('1. Ưu điểm:\nCông tác thi đua tốt.\n1.1. Chi tiết:\n2. Một câu có số thứ tự nhưng không kết thúc bằng hai chấm.'))).toEqual([
      'b:1. Ưu điểm:',
      ':Công tác thi đua tốt.',
      'bi:1.1. Chi tiết:',
      ':2. Một câu có số thứ tự nhưng không kết thúc bằng hai chấm.',
    ]);
  });

  it('does not take a sentence that starts with a year or a count for a heading', () => {
    expect(kinds(textParagraphs('2021 là năm nhiều khó khăn, cụ thể như sau:\n12 đơn vị đã đăng ký như sau:\n1.2 Không có dấu chấm sau số:'))).toEqual([
      ':2021 là năm nhiều khó khăn, cụ thể như sau:',
      ':12 đơn vị đã đăng ký như sau:',
      'bi:1.2 Không có dấu chấm sau số:',
    ]);
  });

  it('moves the lines after "Kết quả thực hiện" to the result lines, with a dash', () => {
    const { paragraphs, extraResults } = splitNarrative('Đoạn một.\nkết quả thực hiện\n• Có 02 đơn vị trong top 10: A, B.\n– Có 01 đơn vị khác.');
    expect(kinds(paragraphs)).toEqual([':Đoạn một.']);
    expect(extraResults).toEqual(['- Có 02 đơn vị trong top 10: A, B.', '- Có 01 đơn vị khác.']);
    expect(splitNarrative('Không có kết quả thêm.').extraResults).toEqual([]);
  });

  it('omits Nơi nhận when there are no recipients', () => {
    expect(reportPlainText(exampleReport({ recipients: '' }))).not.toContain('Nơi nhận:');
  });
});
