/**
 * PDF copies of the dossier's .docx files, offline, through LibreOffice when the
 * machine has it (`soffice --headless --convert-to pdf`). A private profile folder
 * lets it run beside a LibreOffice the user has open. Where no converter is found,
 * or it fails, the caller says so plainly; the .docx files are written either way.
 * `TINH_DIEM_SOFFICE` names the program (an empty value: no conversion).
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Long enough for a dossier of twenty documents on a slow machine. */
const TIMEOUT_MS = 180_000;

async function findOnPath(names: readonly string[]): Promise<string | null> {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const path = join(dir, name);
      try {
        await access(path);
        return path;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** The converter to use, or null when none is installed (or it is turned off). */
export async function findConverter(): Promise<string | null> {
  const named = process.env.TINH_DIEM_SOFFICE;
  if (named !== undefined) return named === '' ? null : named;
  return findOnPath(process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice']);
}

export type PdfResult = { ok: true; pdfs: Uint8Array[] } | { ok: false; why: string };

/** Converts each named .docx (name without extension, bytes) to PDF, in the same order. */
export async function convertToPdf(program: string, docs: readonly { name: string; bytes: Uint8Array }[]): Promise<PdfResult> {
  const dir = await mkdtemp(join(tmpdir(), 'tinh-diem-pdf-'));
  try {
    const inputs = docs.map((d) => join(dir, `${d.name}.docx`));
    await Promise.all(docs.map((d, i) => writeFile(inputs[i], d.bytes)));
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const ran = await new Promise<string | null>((done) => {
      execFile(program, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { timeout: TIMEOUT_MS }, (err) =>
        done(err ? err.message.split('\n')[0] : null),
      );
    });
    if (ran !== null) return { ok: false, why: `LibreOffice không chuyển được sang PDF (${ran})` };
    const pdfs: Uint8Array[] = [];
    for (const d of docs) {
      try {
        pdfs.push(await readFile(join(dir, `${d.name}.pdf`)));
      } catch {
        return { ok: false, why: `LibreOffice không tạo được bản PDF của "${d.name}.docx"` };
      }
    }
    return { ok: true, pdfs };
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
