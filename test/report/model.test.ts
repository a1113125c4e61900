/**
 * The report model of the example cluster against the real 2021 draft in
 * ../shared/reference: fixed parts, all ten criterion parts, every ranking row.
 */
import { describe, expect, it } from 'vitest';
import { MOTTO, NATION } from '../../src/core/report/header';
import type { Block, Paragraph, Table } from '../../src/core/report/model';
import { reportPlainText } from '../../src/core/report/plain-text';
import { REFERENCE, exampleReport, fixture } from './example';

const model = exampleReport({ awardCount: 0 });
const text = (p: Paragraph): string => p.runs.map((r) => r.text).join('');
const paragraphs = model.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const tables = model.blocks.filter((b): b is Table => b.kind === 'table');
const refLines = REFERENCE.split('\n').map((l) => l.trim()).filter(Boolean);
const cellText = (t: Table, r: number, c: number): string => t.rows[r][c].blocks.map((b) => (b.kind === 'paragraph' ? text(b) : '')).filter(Boolean).join('\n');

/** Reference text compared loosely: the PDF split paragraphs at page breaks and lost some quotes to stray asterisks. */
const loose = (s: string): string => s.replace(/[*“”]/g, '').replace(/\s+/g, ' ').trim();

/** A criterion's part of the reference text, from its heading to the next one. */
function referencePart(code: string): string {
  const codes = fixture.criteria.map((c) => c.code);
  const next = codes[codes.indexOf(code) + 1];
  const start = REFERENCE.indexOf(`\n${code}. `);
  const end = next ? REFERENCE.indexOf(`\n${next}. `, start + 1) : REFERENCE.indexOf('\nIII. ');
  return REFERENCE.slice(start, end);
}

/** The blocks of criterion `code`'s part in the model. */
function modelPart(code: string): Paragraph[] {
  const start = paragraphs.findIndex((p) => text(p).startsWith(`${code}. `) && p.runs[0].bold);
  const rest = paragraphs.slice(start + 1);
  // The next criterion or section heading: bold, upright, numbered "2." or "III.".
  const end = rest.findIndex((p) => /^(\d+|[IVX]+)\. /.test(text(p)) && p.runs[0].bold && !p.runs[0].italic);
  return [paragraphs[start], ...rest.slice(0, end)];
}

/** "a, b, c." → sorted names. */
const unitsOf = (line: string): string[] => line.slice(line.indexOf(': ') + 2).replace(/\.$/, '').split(', ').sort();

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

  it('keeps every fixed line of the reference, in the reference’s order', () => {
    const ours = reportPlainText(model).split(/[\n\t]/);
    const fixed = [
      ...refLines.slice(0, refLines.indexOf('1. Hoàn thành tốt nhiệm vụ chuyên môn:')),
      ...refLines.slice(refLines.indexOf('III. Nhận xét, đánh giá chung:'), refLines.findIndex((l) => l.startsWith('TT\t'))),
      ...refLines.slice(refLines.findIndex((l) => l.startsWith('Trên đây là báo cáo'))),
    ];
    expect(fixed).toContain('DỰ THẢO');
    expect(fixed).toContain('Lê Quốc Cường');
    let at = 0;
    for (const line of fixed) {
      const found = ours.indexOf(line, at);
      expect(found, `"${line}" missing or out of order`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it('numbers the sections I to IV and formats them as headings', () => {
    const sections = paragraphs.filter((p) => /^[IVX]+\. /.test(text(p)));
    expect(sections.map(text)).toEqual(['I. Công tác tổ chức phát động và triển khai phong trào thi đua:', 'II. Kết quả thực hiện các tiêu chí thi đua:', 'III. Nhận xét, đánh giá chung:', 'IV. Xếp hạng:']);
    for (const s of sections) expect(s.runs.every((r) => r.bold)).toBe(true);
  });

  it.each(fixture.criteria.map((c) => [c.code, c.name]))('writes criterion %s as the reference does', (code, name) => {
    const part = modelPart(code);
    const ref = referencePart(code);
    expect(text(part[0])).toBe(`${code}. ${name}:`);
    expect(ref.trim().startsWith(`${code}. ${name}`)).toBe(true);

    const label = part.findIndex((p) => text(p) === 'Kết quả thực hiện:');
    expect(label).toBeGreaterThan(1);
    const narrative = part.slice(1, label).map(text);
    // The example ends criterion 6's ranking sentence with the full stop the draft forgot.
    for (const p of narrative) expect(loose(ref), p).toContain(loose(p).replace(/\.$/, ''));

    const ours = part.slice(label + 1).map(text);
    expect(ours.every((l) => l.startsWith('- '))).toBe(true);
    const refResults = ref.slice(ref.indexOf('Kết quả thực hiện:')).split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
    const max = fixture.criteria.find((c) => c.code === code)?.maxBase;
    // The base line: criterion 2 writes it inline after the label, criterion 6 inside its
    // narrative; the draft writes "10 điểm" for "10/10 điểm"; the fixture gives criteria 9
    // and 10 five points so that the base totals 100 (see the fixture's "about").
    const baseLines = [...ref.matchAll(/[Cc]ó (\d\d\/\d\d) đơn vị đạt điểm chuẩn (\d+)(\/\d+)? điểm/g), ...ref.matchAll(/Kết quả thực hiện: (\d\d\/\d\d) đơn vị đạt điểm chuẩn (\d+)(\/\d+)? điểm/g)];
    const expectedBase = baseLines.map((m) => (m[1] === '12/12' ? `Có 12/12 đơn vị đạt điểm chuẩn ${max}/${max} điểm.` : null)).filter(Boolean);
    const oursBase = ours.filter((l) => l.startsWith('- Có 12/12 đơn vị đạt điểm chuẩn')).map((l) => l.slice(2));
    if (expectedBase.length > 0) expect(oursBase).toEqual(expectedBase.slice(0, 1));

    // Groups below full marks and the bonus lines, with their units (the draft lists them in no fixed order).
    const computed = (l: string): boolean => /^Có \d\d\/\d\d đơn vị đạt điểm/.test(l);
    const shape = (l: string) => ({ head: l.slice(0, l.indexOf(':') + 1 || undefined).replace(/đạt điểm chuẩn (\d+) điểm/, 'đạt điểm chuẩn $1/$1 điểm'), units: l.includes(': ') ? unitsOf(l) : [] });
    const refOther = refResults.filter((l) => computed(l) && !l.startsWith('Có 12/12 đơn vị đạt điểm chuẩn'));
    const oursOther = ours.map((l) => l.slice(2)).filter((l) => computed(l) && !l.startsWith('Có 12/12 đơn vị đạt điểm chuẩn'));
    // The draft states national rankings instead of a bonus line; the fixture gave exactly those units the bonus.
    const rankingLines = [...refResults, ...ref.split('\n')].filter((l) => /nằm (trong bảng xếp hạng|từ hạng)/.test(l));
    const rankedUnits = [...new Set(rankingLines.flatMap((l) => unitsOf(l.trim())))].sort();
    const expectedOther = refOther.map(shape);
    if (rankedUnits.length > 0) expectedOther.push({ head: `Có ${String(rankedUnits.length).padStart(2, '0')}/12 đơn vị đạt điểm thưởng:`, units: rankedUnits });
    expect(oursOther.map(shape)).toEqual(expectedOther);

    // Lines the scores cannot give come from the narrative, word for word, after the computed ones.
    const extras = refResults.filter((l) => !computed(l)).map((l) => `- ${l}`);
    expect(ours.slice(ours.length - extras.length)).toEqual(extras);
    expect(ours).toHaveLength(oursBase.length + oursOther.length + extras.length);
  });

  it('reproduces the ranking table row for row', () => {
    const ranking = tables.find((t) => t.style === 'grid') as Table;
    const ours = ranking.rows.map((_, r) => ranking.rows[r].map((__, c) => cellText(ranking, r, c)));
    const start = refLines.findIndex((l) => l.startsWith('TT\t'));
    const reference = refLines.slice(start, start + 13).map((l) => l.split('\t'));
    expect(reference[12]).toHaveLength(6);
    expect(ours).toEqual(reference);
    expect(ranking.headerRows).toBe(1);
    expect(ranking.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(165);
  });

  it('notes the unbroken tie under the table, not in it', () => {
    const at = model.blocks.findIndex((b) => b.kind === 'table' && b.style === 'grid');
    const note = model.blocks[at + 1] as Block;
    expect(note.kind).toBe('paragraph');
    expect(text(note as Paragraph)).toBe('Ghi chú: Vĩnh Long, Đồng Tháp cùng 112 điểm, đồng hạng 5; nếu cần phân định thứ hạng, Cụm thi đua bỏ phiếu.');
  });

  it('ends with the closing sentence, the recipients and the signature block', () => {
    const closing = paragraphs.find((p) => text(p).startsWith('Trên đây'));
    expect(closing && text(closing)).toBe('Trên đây là báo cáo tổng kết phong trào thi đua, khen thưởng của Cụm thi đua số 08 năm 2021./.');
    const foot = tables.at(-1) as Table;
    expect(model.blocks.at(-1)).toBe(foot);
    expect(cellText(foot, 0, 0)).toBe('Nơi nhận:\n- Vụ TĐKT Bộ TTTT (báo cáo);\n- Các Sở TTTT thuộc Cụm thi đua số 8;\n- Sở TTTT: BGD, các phòng, TT thuộc Sở;\n- Lưu: VT.');
    expect(cellText(foot, 0, 1)).toBe('CỤM TRƯỞNG\nGIÁM ĐỐC SỞ TTTT AN GIANG\nLê Quốc Cường');
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
