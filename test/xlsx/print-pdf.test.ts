/**
 * The example's summary workbook printed by LibreOffice (one conversion to PDF):
 * `Tổng hợp` with its chart first, on one A4 page; every page of every sheet starting
 * with that sheet's header; `Bảng điểm`, too wide for one page at a legible size, on
 * pages that each show the unit's code and name beside every unit's row; no page
 * holding only a header; no text printed below 7 pt. Calibri's metric twin Carlito
 * makes LibreOffice lay the columns out as Excel does (without it a wider font stands in).
 * And the blank template of `tinh-diem mau`, its `Bảng điểm` printed as its header alone.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { runCli, tempDir } from '../cli/run-cli';
import { pageFontSizes } from '../helpers/pdf-fonts';

const SOFFICE = '/usr/bin/soffice';
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';
const CARLITO = '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf';
const hasTools = [SOFFICE, PDFTOTEXT, PDFINFO, CARLITO].every((p) => existsSync(p));
const INSTALL_HINT =
  'install LibreOffice Calc, poppler and the Carlito font with: apt-get update && apt-get install -y libreoffice-calc poppler-utils fonts-crosextra-carlito';
const inCi = process.env.CI === 'true';

// Without LibreOffice the run says what to install: a skip that names the fix, not a silent pass.
if (!hasTools && !inCi) console.warn(`SKIPPED: the printed workbook test: ${INSTALL_HINT}`);

it.runIf(!hasTools && inCi)('has LibreOffice and poppler for the printed workbook test under CI', () => {
  expect.fail(`missing ${SOFFICE}, ${PDFTOTEXT}, ${PDFINFO} or ${CARLITO}: ${INSTALL_HINT}`);
});

const EXAMPLE = fileURLToPath(new URL('../../examples/cum-thi-dua-08-nam-2021.xlsx', import.meta.url));
/**
 * A LibreOffice profile of this checkout's own, kept between runs: a LibreOffice
 * running elsewhere with the default profile would take the job, and a new
 * profile costs seconds to set up.
 */
const PROFILE = join(tmpdir(), `tinh-diem-libreoffice-${createHash('sha256').update(EXAMPLE).digest('hex').slice(0, 12)}`);

/**
 * What a sheet's pages may start with (its first cell, a title or the header, or the first
 * cell of the row repeated on every page), and the words of its titles and repeated header:
 * a page showing no other word holds no data.
 */
async function sheetFrames(xlsx: string): Promise<{ starts: string[]; headerWords: Set<string> }> {
  const book = await loadWorkbook(await readFile(xlsx), 'tong-hop.xlsx');
  const starts: string[] = [];
  const headerWords = new Set<string>();
  for (const sheet of book.worksheets) {
    const repeated = Number(/^(\d+):/.exec(sheet.pageSetup.printTitlesRow ?? '')?.[1] ?? 1);
    starts.push(...[String(sheet.getCell(1, 1).value ?? ''), String(sheet.getCell(repeated, 1).value ?? '')].filter(Boolean));
    for (let r = 1; r <= repeated; r++)
      sheet.getRow(r).eachCell((cell) => {
        for (const word of String(cell.value ?? '').split(/\s+/)) headerWords.add(word);
      });
  }
  return { starts, headerWords };
}

/** The workbook printed to PDF by LibreOffice into `dir`: the PDF's path and the text of each of its pages. */
function printed(xlsx: string, dir: string): { pdf: string; pages: string[] } {
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${PROFILE}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    stdio: 'ignore',
    timeout: 60_000,
  });
  const pdf = join(dir, `${basename(xlsx, '.xlsx')}.pdf`);
  const pages = execFileSync(PDFTOTEXT, [pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
  return { pdf, pages };
}

it.skipIf(!hasTools)(
  hasTools
    ? 'prints Tổng hợp first on one A4 page, Bảng điểm across pages with the unit columns on each, no blank page, nothing below 7 pt (LibreOffice)'
    : `prints the example workbook — SKIPPED: ${INSTALL_HINT}`,
  async () => {
    const dir = await tempDir();
    expect((await runCli([EXAMPLE, '--out', dir], dir)).code).toBe(0);
    const xlsx = join(dir, 'cum-thi-dua-08-nam-2021-tong-hop.xlsx');
    const { starts, headerWords } = await sheetFrames(xlsx);
    const { pdf, pages } = printed(xlsx, dir);
    expect(execFileSync(PDFINFO, [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync(PDFINFO, [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toHaveLength(pageCount);
    const firstLines = pages.map((p) => p.trim().split('\n')[0].trim());
    // What the council reads comes first.
    expect(firstLines[0]).toBe('Kết quả chấm điểm thi đua Cụm thi đua số 08 năm 2021');
    // No page of bare headers: each shows a word that is in no title or header (a unit, a score, a setting).
    for (const [i, page] of pages.entries())
      expect(
        page.split(/\s+/).some((word) => word !== '' && !headerWords.has(word)),
        `page ${i + 1} holds only headers`,
      ).toBe(true);
    // Bảng điểm (40 columns) on several pages, each with the unit's code and name and all 12 units' rows; nothing past them.
    const scorePages = pages.filter((p) => /^Mã đơn vị\s+Đơn vị/.test(p.trim()));
    expect(scorePages.length).toBeGreaterThan(1);
    for (const page of scorePages) for (const unit of ['LA', 'Long An', 'CM', 'Cà Mau']) expect(page).toContain(unit);
    // No text below 7 pt on any page (11 pt body text at no less than 64 %).
    const sizes = pageFontSizes(await readFile(pdf));
    expect(sizes).toHaveLength(pageCount);
    for (const [i, page] of sizes.entries()) {
      expect(page.length, `page ${i + 1} has text`).toBeGreaterThan(0);
      expect(Math.min(...page), `page ${i + 1}`).toBeGreaterThanOrEqual(7);
    }
    expect(starts).toContain('Mã đơn vị');
    for (const [i, line] of firstLines.entries())
      expect(
        starts.some((start) => line.startsWith(start)),
        `page ${i + 1} starts with "${line}"`,
      ).toBe(true);
    const summaryPages = pages.filter((p) => p.trim().startsWith('Kết quả chấm điểm thi đua'));
    expect(summaryPages).toHaveLength(1);
    expect(summaryPages[0]).toContain('Đề nghị Cờ thi đua');
    expect(summaryPages[0]).toContain('Sóc Trăng');
    // The chart of totals, drawn by LibreOffice below the table on the same page: its title and the top bar's value label.
    expect(summaryPages[0]).toContain('Tổng điểm thi đua Cụm thi đua số 08 năm 2021');
    expect(summaryPages[0].split('Tổng điểm thi đua Cụm thi đua số 08 năm 2021')[1]).toMatch(/^117\.5$/m);
  },
  90_000,
);

it.skipIf(!hasTools)(
  hasTools
    ? 'prints the blank template’s Bảng điểm as its header once across, not pages of the live formulas’ empty rows (LibreOffice)'
    : `prints the blank template — SKIPPED: ${INSTALL_HINT}`,
  async () => {
    const dir = await tempDir();
    expect((await runCli(['mau', 'cum.xlsx'], dir)).code).toBe(0);
    const { pages } = printed(join(dir, 'cum.xlsx'), dir);
    // Bảng điểm has no unit yet: each page across its columns shows the header once, and no page repeats one
    // below it (the 200 rows of live formulas printed 7 pages down).
    const scorePages = pages.map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p.startsWith('Mã đơn vị Đơn vị'));
    expect(scorePages.length).toBeGreaterThan(0);
    expect(new Set(scorePages).size, scorePages.join(' | ')).toBe(scorePages.length);
    expect(scorePages.join(' ')).toContain('Trạng thái nộp');
  },
  90_000,
);
