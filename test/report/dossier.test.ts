/**
 * The dossier of the example: its papers in filing order, the letter's checks (legal
 * bases, dates, attached papers), each proposed unit's achievement report and the
 * summary table against the ranking, each .docx against its model.
 */
import { describe, expect, it } from 'vitest';
import { buildAchievementReport } from '../../src/core/documents/achievement-report';
import { buildDossier } from '../../src/core/documents/dossier';
import { asciiSlug } from '../../src/core/documents/dossier-papers';
import type { Paragraph, ReportModel, Table } from '../../src/core/documents/model';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { evaluate } from '../../src/core/evaluate';
import { formatPoints } from '../../src/core/model/numbers';
import type { VoteOutcome } from '../../src/core/model/vote-types';
import { renderDocx } from '../../src/docx/render-docx';
import { fixtureGrids } from '../../scripts/example-data';
import { bodyElements, docxParts, docxPlainText } from './docx-xml';
import { RUN_DATE, fixture } from './example';
import { cells, paragraphs, tables, text } from '../helpers/model-text';

const ev = evaluate(fixtureGrids(fixture, {}, { ballots: true }));
const vote = ev.vote as VoteOutcome;
const dossier = buildDossier(ev, vote, { now: RUN_DATE });
const withSettings = (overrides: Record<string, string | number>) => evaluate(fixtureGrids(fixture, overrides, { ballots: true }));
const issue = (e: typeof ev, code: string) => e.issues.find((i) => i.code === code);

describe('the dossier of the example', () => {
  it("holds the letter, the minutes, the report, Long An's achievement report and the summary table, numbered in filing order", () => {
    expect(dossier.map((d) => d.paper.fileName)).toEqual([
      '01-to-trinh',
      '02-bien-ban-kiem-phieu',
      '03-bao-cao-tong-ket',
      '04-bao-cao-thanh-tich-long-an',
      '05-bang-tong-hop',
    ]);
    expect(
      dossier.map((d) =>
        paragraphs(d.model).find(
          (p) => /^[A-ZĐ ÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÊẾỀỂỄỆÔỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰÍÌỈĨỊÚÙỦŨỤÝỲỶỸỴÉÈẺẼẸÓÒỎÕỌ]+$/.test(p) && p.length > 6 && p !== 'DỰ THẢO',
        ),
      ),
    ).toEqual(['TỜ TRÌNH', 'BIÊN BẢN', 'BÁO CÁO', 'BÁO CÁO THÀNH TÍCH', 'BẢNG TỔNG HỢP']);
  });

  it('names files a clerk can upload anywhere (ASCII, no spaces)', () => {
    expect(asciiSlug('Đồng Tháp')).toBe('dong-thap');
    expect(asciiSlug('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    for (const d of dossier) expect(d.paper.fileName).toMatch(/^\d{2}-[a-z0-9-]+$/);
  });

  it.each(dossier.map((d) => [d.paper.fileName, d.model] as const))('%s.docx has exactly the text of its model', async (_, model) => {
    expect(docxPlainText((await docxParts(await renderDocx(model)))['word/document.xml'])).toBe(reportPlainText(model));
  });
});

describe("the letter's checks", () => {
  it('warns at the cell when a legal basis cites a replaced decree (98/2023), naming what replaced it', () => {
    const old = withSettings({ legalBases: 'Luật Thi đua, khen thưởng số 06/2022/QH15\nNghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ' });
    const found = issue(old, 'REPLACED_LAW');
    expect(found).toMatchObject({ severity: 'warning', sheet: 'Cấu hình', cell: old.settings.cells.legalBases });
    expect(found?.message).toMatch(/152\/2025\/NĐ-CP/);
    expect(issue(withSettings({ legalBases: 'Nghị định số 198/2023/NĐ-CP' }), 'REPLACED_LAW')).toBeUndefined();
    expect(issue(ev, 'REPLACED_LAW')).toBeUndefined();
  });

  it('warns when the letter is dated before the report it attaches (28/12/2021 < 05/01/2022)', () => {
    const early = withSettings({ letterDate: '28/12/2021' });
    expect(issue(early, 'DOCUMENT_DATES')).toMatchObject({ severity: 'warning', cell: early.settings.cells.letterDate });
    expect(issue(withSettings({ letterDate: '06/01/2022' }), 'DOCUMENT_DATES')).toBeUndefined();
  });

  it('warns when the papers typed under Hồ sơ kèm theo leave out the achievement report', () => {
    const typed = withSettings({ attachments: 'Báo cáo kết quả thi đua\nBiên bản kiểm phiếu' });
    expect(issue(typed, 'DOSSIER_INCOMPLETE')).toMatchObject({ severity: 'warning', cell: typed.settings.cells.attachments });
  });
});

describe('the achievement report of Long An', () => {
  const r = ev.awards.proposed[0];
  const model = buildAchievementReport(ev, r, vote, { now: RUN_DATE });
  const all = paragraphs(model);

  it("is the proposed unit's own, under its name, for the award the cluster proposes", () => {
    expect(r.unit.code).toBe('LA');
    expect(cells(tables(model)[0])[0][0]).toBe(r.unit.name.toLocaleUpperCase('vi'));
    expect(all).toContain('Đề nghị tặng Cờ thi đua của Bộ Thông tin và Truyền thông năm 2021');
    expect(all).toContain(`Tên tập thể đề nghị: ${r.unit.name}`);
  });

  it("fills the cluster's facts: pledge, base, bonus, deduction, total, rank of 12, grade, the vote (117.5 = 100 + 18 - 0.5)", () => {
    expect(all).toContain(
      '- Kết quả chấm điểm thi đua năm 2021: điểm chuẩn 100, điểm thưởng 18, điểm trừ 0.5; tổng số 117.5 điểm, xếp hạng 1 trong 12 đơn vị của Cụm, xếp loại Hoàn thành xuất sắc.',
    );
    expect(all).toContain('- Đã đăng ký thi đua và ký giao ước thi đua năm 2021 cùng các đơn vị trong Cụm thi đua số 08.');
    expect(all).toContain(
      '- Hội đồng thi đua Cụm thi đua số 08 bình xét ngày 28/12/2021, đề nghị tặng Cờ thi đua của Bộ Thông tin và Truyền thông với 10/12 phiếu đồng ý, tỷ lệ 83.33%.',
    );
  });

  it("tables each criterion's points, which add up to the total", () => {
    const rows = cells(tables(model)[1]).slice(1);
    const scores = fixture.scores.find((s) => s.unit === 'LA') as (typeof fixture.scores)[number];
    expect(rows.map((row) => row[0])).toEqual(fixture.criteria.map((c) => c.code));
    expect(rows.map((row) => row[2])).toEqual(fixture.criteria.map((c, i) => `${scores.base[i]}/${c.maxBase}`));
    const sum = rows.reduce((s, row) => s + Number(row[2].split('/')[0]) + Number(row[3] || 0), 0);
    expect(sum - 0.5).toBe(117.5);
  });

  it('keeps the criteria table whole under its lead-in, and the signatures with the paragraph above them, with room to sign and seal', () => {
    // Word processors keep a table on one page when each row keeps with the next: all rows but the last.
    const criteria = tables(model)[1];
    const kept = criteria.rows.map((row) => row.every((c) => c.blocks.every((b) => b.kind === 'paragraph' && b.keepWithNext === true)));
    expect(kept).toEqual([...criteria.rows.slice(1).map(() => true), false]);
    const at = model.blocks.indexOf(criteria);
    expect(model.blocks[at - 1]).toMatchObject({ kind: 'paragraph', keepWithNext: true });
    const foot = model.blocks.at(-1) as Table;
    expect(model.blocks.at(-2)).toMatchObject({ kind: 'paragraph', keepWithNext: true });
    expect(cells(foot)).toEqual([['XÁC NHẬN CỦA CƠ QUAN CẤP TRÊN TRỰC TIẾP\n(Ký, đóng dấu)', 'THỦ TRƯỞNG ĐƠN VỊ\n(Ký, đóng dấu)']]);
    for (const cell of foot.rows[0]) expect((cell.blocks.at(-1) as Paragraph).spaceBefore).toBeGreaterThanOrEqual(72);
  });

  it("leaves the unit's own parts as marked places (in brackets, italic) and the commendation tables blank", () => {
    const marked = model.blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && text(b).startsWith('[Đơn vị viết:'));
    expect(marked).toHaveLength(5);
    for (const p of marked) expect(p.runs.every((run) => run.italic)).toBe(true);
    expect(all).toEqual(expect.arrayContaining(['I. THÔNG TIN CHUNG', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG']));
    const [, , titles, awards] = tables(model).map(cells);
    for (const t of [titles, awards]) expect(t.slice(1).every((row) => row.every((c) => c === ''))).toBe(true);
  });
});

describe('the summary table', () => {
  const model = dossier.find((d) => d.paper.role === 'table')?.model as ReportModel;
  it('lists every unit in rank order with its points and grade, and marks the unit proposed', () => {
    const rows = cells(tables(model)[1]).slice(1);
    expect(rows.map((row) => [row[0], row[1], row[5]])).toEqual(ev.ranking.map((r) => [String(r.rank), r.unit.name, formatPoints(r.total, '.')]));
    expect(rows.filter((row) => row[7].includes('Đề nghị khen thưởng')).map((row) => row[1])).toEqual([ev.awards.proposed[0].unit.name]);
    expect(paragraphs(model)).toContain('(Kèm theo Tờ trình số 06/TTr-CTĐ08 của Cụm thi đua số 08)');
  });

  it('keeps its last row and the note under it with the signature, which never starts a page alone', () => {
    const table = tables(model)[1];
    expect(table.rows.at(-1)?.every((c) => c.blocks.every((b) => b.kind === 'paragraph' && b.keepWithNext === true))).toBe(true);
    const note = model.blocks[model.blocks.indexOf(table) + 1];
    expect(note).toMatchObject({ kind: 'paragraph', keepWithNext: true });
    expect(model.blocks[model.blocks.indexOf(table) + 2]).toBe(model.blocks.at(-1));
  });

  it('says beside the tied units that the council’s vote set their ranks, and under the table the vote’s date, as the report does', () => {
    // Đồng Tháp and Vĩnh Long, 112 each, ranks 5 and 6 by the ballot of 28/12/2021 (test/helpers/example-vote.ts).
    const rows = cells(tables(model)[1]).slice(1);
    expect(rows.filter((row) => row[7] !== '').map((row) => [row[0], row[1], row[7]])).toEqual([
      ['1', ev.awards.proposed[0].unit.name, 'Đề nghị khen thưởng'],
      ['5', 'Sở Thông tin và Truyền thông tỉnh Đồng Tháp', 'Xếp hạng theo bỏ phiếu'],
      ['6', 'Sở Thông tin và Truyền thông tỉnh Vĩnh Long', 'Xếp hạng theo bỏ phiếu'],
    ]);
    expect(paragraphs(model)).toContain(
      'Ghi chú: Đồng Tháp, Vĩnh Long cùng 112 điểm; thứ hạng xếp theo kết quả bỏ phiếu ngày 28/12/2021 của Hội đồng thi đua.',
    );
  });
});

describe('the .docx of every paper of the dossier', () => {
  // Word and LibreOffice join two tables with nothing between them: the summary's signature lost
  // the table's borders and printed the table's header again on a page of its own.
  it.each(dossier.map((d) => [d.paper.fileName, d.model] as const))('%s has a paragraph between any two tables', async (_, model) => {
    const body = bodyElements((await docxParts(await renderDocx(model)))['word/document.xml']);
    const adjacent = body.filter((e, i) => e.startsWith('<w:tbl>') && body[i - 1]?.startsWith('<w:tbl>'));
    expect(adjacent).toEqual([]);
  });
});

describe('the default legal bases in a later year', () => {
  it('raise no warning: the Law\'s own date ("năm 2022") is not a text of an earlier year', () => {
    const later = withSettings({ year: 2025, reportDate: '05/01/2026', voteDate: '28/12/2025' });
    expect(later.issues.filter((i) => i.cell === later.settings.cells.legalBases)).toEqual([]);
  });
});
