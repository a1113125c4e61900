/**
 * The report model of the example cluster against what the example records
 * (examples/cum-thi-dua-08-nam-2021.json): fixed parts, every criterion part, every
 * ranking row, closing, recipients and signature.
 */
import { describe, expect, it } from 'vitest';
import { MOTTO, NATION } from '../../src/core/documents/header';
import type { Block, Paragraph, Table } from '../../src/core/documents/model';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { dataTable } from '../../src/core/documents/ranking-table';
import { expectedRankingTable, expectedResultLines } from '../helpers/example-expected';
import { exampleReport, fixture } from './example';

const model = exampleReport({ awardCount: 0 });
const text = (p: Paragraph): string => p.runs.map((r) => r.text).join('');
const paragraphs = model.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const tables = model.blocks.filter((b): b is Table => b.kind === 'table');
const cellText = (t: Table, r: number, c: number): string =>
  t.rows[r][c].blocks
    .map((b) => (b.kind === 'paragraph' ? text(b) : ''))
    .filter(Boolean)
    .join('\n');
const settings = fixture.settings as Record<string, string & string[]>;

/** The blocks of criterion `code`'s part in the model. */
function modelPart(code: string): Paragraph[] {
  const start = paragraphs.findIndex((p) => text(p).startsWith(`${code}. `) && p.runs[0].bold);
  const rest = paragraphs.slice(start + 1);
  // The next criterion or section heading: bold, upright, numbered "2." or "III.".
  const end = rest.findIndex((p) => /^(\d+|[IVX]+)\. /.test(text(p)) && p.runs[0].bold && !p.runs[0].italic);
  return [paragraphs[start], ...rest.slice(0, end)];
}

const RESULTS_LABEL = 'Kết quả thực hiện:';

describe('the report model of the 2021 example', () => {
  it('has the header of an administrative report', () => {
    const header = tables[0];
    expect(header.style).toBe('layout');
    expect(cellText(header, 0, 0)).toBe('BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤM THI ĐUA SỐ 08');
    expect(cellText(header, 0, 1)).toBe(`${NATION}\n${MOTTO}`);
    expect(NATION).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(MOTTO).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(cellText(header, 1, 0)).toBe('Số: 05/BC-CTĐ08');
    expect(cellText(header, 1, 1)).toBe('An Giang, ngày 05 tháng 01 năm 2022');
    const [issuer] = header.rows[0][0].blocks.slice(1);
    expect(issuer.kind === 'paragraph' && issuer.runs.every((r) => r.bold)).toBe(true);
    expect(header.rows[0][0].blocks.at(-1)?.kind).toBe('rule');
    expect(header.rows[0][1].blocks.at(-1)?.kind).toBe('rule');
    const date = header.rows[1][1].blocks[0];
    expect(date.kind === 'paragraph' && date.runs.every((r) => r.italic)).toBe(true);
  });

  it('keeps every text of the example in its place, in order', () => {
    const ours = reportPlainText(model).split(/[\n\t]/);
    const fixed = [
      'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
      settings.issuer,
      `Số: ${settings.reportNumber}`,
      'DỰ THẢO',
      'BÁO CÁO',
      settings.summary,
      settings.basis,
      settings.intro,
      'I. Tổ chức thi đua trong Cụm:',
      ...settings.section1,
      'II. Kết quả theo từng tiêu chí thi đua:',
      settings.section2Intro,
      ...fixture.criteria.map((c) => `${c.code}. ${c.name}:`),
      'III. Đánh giá chung:',
      ...settings.section3,
      'IV. Chấm điểm và xếp hạng:',
      `${settings.closing}./.`,
      'Nơi nhận:',
      ...settings.recipients,
      settings.signerRole,
      settings.signerTitle,
      settings.signerName,
    ];
    let at = 0;
    for (const line of fixed) {
      const found = ours.indexOf(line, at);
      expect(found, `"${line}" missing or out of order`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it('numbers the sections I to IV and formats them as headings', () => {
    const sections = paragraphs.filter((p) => /^[IVX]+\. /.test(text(p)));
    expect(sections.map(text)).toEqual([
      'I. Tổ chức thi đua trong Cụm:',
      'II. Kết quả theo từng tiêu chí thi đua:',
      'III. Đánh giá chung:',
      'IV. Chấm điểm và xếp hạng:',
    ]);
    for (const s of sections) expect(s.runs.every((r) => r.bold)).toBe(true);
  });

  it.each(fixture.criteria.map((c) => [c.code, c]))('writes criterion %s: heading, narrative, computed lines, then the typed ones', (code, criterion) => {
    const part = modelPart(code);
    expect(text(part[0])).toBe(`${code}. ${criterion.name}:`);
    const label = part.findIndex((p) => text(p) === RESULTS_LABEL);
    const typedLabel = criterion.narrative.indexOf(RESULTS_LABEL);
    const narrative = typedLabel < 0 ? criterion.narrative : criterion.narrative.slice(0, typedLabel);
    const typedResults = typedLabel < 0 ? [] : criterion.narrative.slice(typedLabel + 1);
    expect(part.slice(1, label).map(text)).toEqual(narrative);
    expect(part.slice(label + 1).map(text)).toEqual([...expectedResultLines(code).map((l) => `- ${l}`), ...typedResults]);
  });

  it('writes the example’s ranking table row for row', () => {
    const ranking = tables.find((t) => t.style === 'grid') as Table;
    const ours = ranking.rows.map((_, r) => ranking.rows[r].map((__, c) => cellText(ranking, r, c)));
    expect(ours).toEqual(expectedRankingTable());
    expect(ranking.headerRows).toBe(1);
    expect(ranking.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(165);
  });

  it('keeps the ranking of 12 units whole under its lead-in, so that no row or two stand alone on the next page', () => {
    const ranking = tables.find((t) => t.style === 'grid') as Table;
    const kept = ranking.rows.map((row) => row.every((c) => c.blocks.every((b) => b.kind === 'paragraph' && b.keepWithNext === true)));
    // Header and 11 rows kept with the next; the 12th ends the table.
    expect(kept).toEqual([...Array(12).fill(true), false]);
    const lead = model.blocks[model.blocks.indexOf(ranking) - 1] as Paragraph;
    expect(text(lead)).toMatch(/^Kết quả chấm điểm, xếp hạng thi đua năm 2021 của các đơn vị trong Cụm như sau:$/);
    expect(lead.keepWithNext).toBe(true);
    // Longer than a page holds (more than 20 rows): it splits, its header repeated, rather than leave a page empty.
    const long = dataTable(
      ['Đơn vị'],
      Array.from({ length: 21 }, (_, i) => [`Đơn vị ${i + 1}`]),
      [0],
      'whole',
    );
    expect(long.rows.some((row) => row.some((c) => c.blocks.some((b) => b.kind === 'paragraph' && b.keepWithNext)))).toBe(false);
  });

  it('counts the units that signed the pledge in part I, from the units sheet, and types no count or band line by hand', () => {
    const all = reportPlainText(model).split('\n');
    const part1 = all.slice(all.indexOf('I. Tổ chức thi đua trong Cụm:'), all.indexOf('II. Kết quả theo từng tiêu chí thi đua:'));
    expect(part1.at(-1)).toBe('12/12 đơn vị của Cụm đã ký giao ước thi đua năm 2021.');
    const typed = [...fixture.criteria.flatMap((c) => c.narrative), ...(fixture.settings.section1 as string[])].join('\n');
    expect(typed).not.toMatch(/Kết quả thực hiện|\d+\/\d+ đơn vị|từ hạng|đến 20/);
    // Each band line appears once, computed: no duplicate of the same fact.
    for (const line of [
      '- 02 đơn vị có thứ hạng 10 đến 20: Tiền Giang, Đồng Tháp.',
      '- 02 đơn vị có thứ hạng 1 đến 10: Long An, Đồng Tháp.',
      '- 01 đơn vị có thứ hạng 10 đến 20: Sóc Trăng.',
      '- 02 đơn vị có thứ hạng 1 đến 10: Tiền Giang, Kiên Giang.',
    ]) {
      expect(all.filter((l) => l === line).length, line).toBeGreaterThan(0);
    }
    expect(all.filter((l) => l.includes('có điểm thưởng: Tiền Giang, Đồng Tháp'))).toEqual([]);
  });

  it('shows the unbroken tie as two equal ranks, with no remark under the table', () => {
    const at = model.blocks.findIndex((b) => b.kind === 'table' && b.style === 'grid');
    const table = model.blocks[at] as Table;
    expect(table.rows.filter((row) => cellText(table, table.rows.indexOf(row), 0) === '5')).toHaveLength(2);
    const next = model.blocks[at + 1] as Block;
    expect(next.kind).toBe('chart');
    expect(reportPlainText(model)).not.toMatch(/Ghi chú|bỏ phiếu/);
  });

  it('ends with the closing sentence, the recipients and the signature block', () => {
    const closing = paragraphs.find((p) => text(p).endsWith('./.'));
    expect(closing && text(closing)).toBe(`${settings.closing}./.`);
    const foot = tables.at(-1) as Table;
    expect(model.blocks.at(-1)).toBe(foot);
    expect(cellText(foot, 0, 0)).toBe(['Nơi nhận:', ...settings.recipients].join('\n'));
    expect(cellText(foot, 0, 1)).toBe([settings.signerRole, settings.signerTitle, settings.signerName].join('\n'));
    const [title, ...recipients] = foot.rows[0][0].blocks as Paragraph[];
    expect([title.size, title.runs[0].bold, title.runs[0].italic]).toEqual([12, true, true]);
    expect(recipients.every((p) => p.size === 11)).toBe(true);
  });

  it('sets the body as Nghị định 30/2020 asks', () => {
    const body = paragraphs.filter((p) => p.indent);
    expect(body.length).toBeGreaterThan(50);
    for (const p of body) {
      expect(p.size).toBeGreaterThanOrEqual(13);
      expect(p.size).toBeLessThanOrEqual(14);
      expect(p.align).toBe('justify');
    }
    expect(model.page).toMatchObject({ widthMm: 210, heightMm: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 }, font: 'Times New Roman' });
    expect(model.page.lineSpacing).toBeGreaterThanOrEqual(1);
    expect(model.page.lineSpacing).toBeLessThanOrEqual(1.5);
  });
});
