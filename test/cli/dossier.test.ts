/**
 * `tinh-diem ho-so` on the example: one folder holding the dossier, numbered in filing
 * order, each paper as .docx and, where LibreOffice is installed, as a PDF — checked
 * here for its paper (A4), its page count and that no page is blank. Without a
 * converter it says so plainly and still writes the .docx files; without a counted
 * vote it writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli';

const EXAMPLE = fileURLToPath(new URL('../../examples/cum-thi-dua-08-nam-2021.xlsx', import.meta.url));
const SOFFICE = '/usr/bin/soffice';
const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';
const hasTools = [SOFFICE, PDFINFO, PDFTOTEXT].every((p) => existsSync(p));
const INSTALL_HINT = 'install LibreOffice Writer and poppler with: apt-get update && apt-get install -y libreoffice-writer poppler-utils';
const inCi = process.env.CI === 'true';
const FILES = ['01-to-trinh', '02-bien-ban-kiem-phieu', '03-bao-cao-tong-ket', '04-bao-cao-thanh-tich-long-an', '05-bang-tong-hop'];
const saved = process.env.TINH_DIEM_SOFFICE;
afterEach(() => {
  if (saved === undefined) delete process.env.TINH_DIEM_SOFFICE;
  else process.env.TINH_DIEM_SOFFICE = saved;
});

if (!hasTools && !inCi) console.warn(`SKIPPED: the dossier's PDF test: ${INSTALL_HINT}`);
it.runIf(!hasTools && inCi)("has LibreOffice and poppler for the dossier's PDF test under CI", () => {
  expect.fail(`missing ${SOFFICE}, ${PDFINFO} or ${PDFTOTEXT}: ${INSTALL_HINT}`);
});

describe('tinh-diem ho-so', () => {
  it.skipIf(!hasTools)(
    "writes the example's dossier as .docx and PDF, every page A4 and none blank",
    async () => {
      process.env.TINH_DIEM_SOFFICE = SOFFICE;
      const dir = await tempDir();
      const run = await runCli(['ho-so', EXAMPLE, '--out', dir], dir);
      expect(run.code).toBe(0);
      const folder = join(dir, 'cum-thi-dua-08-nam-2021-ho-so');
      expect((await readdir(folder)).sort()).toEqual(FILES.flatMap((f) => [`${f}.docx`, `${f}.pdf`]));
      expect(run.out).toContain('Mỗi văn bản có thêm bản PDF cùng tên.');
      const pages: Record<string, number> = {};
      for (const f of FILES) {
        const pdf = join(folder, `${f}.pdf`);
        const info = execFileSync(PDFINFO, [pdf], { encoding: 'utf8' });
        expect(info, f).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        pages[f] = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        const text = execFileSync(PDFTOTEXT, [pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages[f]);
        for (const [i, page] of text.entries()) expect(page.trim(), `${f} page ${i + 1}`).not.toBe('');
      }
      // The letter, the minutes, the achievement report and the table: a few pages each, the report the longest.
      expect(pages['01-to-trinh']).toBeLessThanOrEqual(2);
      expect(pages['02-bien-ban-kiem-phieu']).toBeLessThanOrEqual(3);
      expect(pages['04-bao-cao-thanh-tich-long-an']).toBeLessThanOrEqual(3);
      expect(pages['05-bang-tong-hop']).toBeLessThanOrEqual(2);
      expect(pages['03-bao-cao-tong-ket']).toBeGreaterThanOrEqual(3);
    },
    120_000,
  );

  it('without a converter, writes the .docx files and says plainly that there is no PDF', async () => {
    process.env.TINH_DIEM_SOFFICE = '';
    const dir = await tempDir();
    const run = await runCli(['ho-so', EXAMPLE, '--out', dir], dir);
    expect(run.code).toBe(0);
    expect((await readdir(join(dir, 'cum-thi-dua-08-nam-2021-ho-so'))).sort()).toEqual(FILES.map((f) => `${f}.docx`));
    expect(run.out.at(-1)).toMatch(/^Máy này không có LibreOffice nên chưa tạo bản PDF/);
    // A second run replaces the folder's files only with --force.
    expect((await runCli(['ho-so', EXAMPLE, '--out', dir], dir)).code).toBe(2);
    expect((await runCli(['ho-so', EXAMPLE, '--out', dir, '--force'], dir)).code).toBe(0);
  });

  it('without a converter, names the PDFs an earlier run left beside the new .docx files and keeps them', async () => {
    process.env.TINH_DIEM_SOFFICE = '';
    const dir = await tempDir();
    const folder = join(dir, 'cum-thi-dua-08-nam-2021-ho-so');
    expect((await runCli(['ho-so', EXAMPLE, '--out', dir], dir)).code).toBe(0);
    // As a run with LibreOffice (or a clerk saving from Word) left them: PDFs of the letter and the minutes.
    const earlier = ['01-to-trinh.pdf', '02-bien-ban-kiem-phieu.pdf'];
    for (const name of earlier) await writeFile(join(folder, name), '%PDF-1.4 lần trước');
    const again = await runCli(['ho-so', EXAMPLE, '--out', dir, '--force'], dir);
    expect(again.code).toBe(0);
    const warning = again.out.indexOf('Lưu ý: thư mục hồ sơ còn các bản PDF làm từ văn bản của một lần lập trước, không khớp với các tệp .docx vừa ghi:');
    expect(warning).toBeGreaterThan(0);
    expect(again.out.slice(warning + 1, warning + 3).map((l) => l.trim().split('/').at(-1))).toEqual(earlier);
    expect(again.out.at(-1)).toMatch(/^Đừng nộp các bản PDF đó/);
    // Not deleted: they may be someone's.
    expect((await readdir(folder)).filter((f) => f.endsWith('.pdf')).sort()).toEqual(earlier);
    // A run that leaves no PDF behind says nothing of them.
    expect((await runCli(['ho-so', EXAMPLE, '--out', await tempDir()], dir)).out.join('\n')).not.toContain('Lưu ý: thư mục hồ sơ');
  });
});
