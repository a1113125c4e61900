/**
 * Builds the Apps Script project into dist/, ready for `clasp push`:
 *   Code.js         the bundle (an IIFE assigned to one global namespace) followed by
 *                   the one-line global wrappers of src/apps-script/globals.ts, with
 *                   their JSDoc (esbuild drops JSDoc, so they are transpiled apart)
 *   appsscript.json the manifest, copied
 *   Sidebar.html    the sidebar page
 * The build fails when the result could not work in Apps Script (see checkBundle).
 *
 * `npm run build` makes the bound-script build (menu "Tính điểm" in the menu bar);
 * `npm run build -- --addon` the editor add-on build (menu under Extensions), which
 * differs only in the constant __TINH_DIEM_ADDON__ (src/apps-script/build-kind.ts).
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import ts from 'typescript';
import { clusterDeclarations } from '../src/apps-script/cluster-functions';
import { CUSTOM_FUNCTIONS, GLOBAL_FUNCTIONS, NAMESPACE } from '../src/apps-script/global-names';
import { LIVE_COLUMNS, RANKING_TABLE_FUNCTION } from '../src/core/sheets/live-columns';
import { buildSidebarHtml } from './build-sidebar';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = `${ROOT}dist/`;
/**
 * Every custom-function call loads the whole project: keep it small. The real cost is
 * the load time, which `npm run bench` holds under 50 ms; the size cap only stops a
 * stray library from entering. Clear Vietnamese messages are worth more than bytes.
 */
/**
 * Raised from 250 KB when the dossier (letter, minutes, achievement reports, summary table) entered the add-in;
 * from 300 KB when the submission cycle reached the live columns and the documents: 307,090 bytes loaded in
 * 18.8 ms (bench/bundle.ts, median of 30, load average 15 on 2 cores), under the 50 ms `npm run bench` holds;
 * from 320 KiB when merged cells, the needed settings in every run and Tổng hợp first had filled it to 327,575
 * bytes, loaded in 6.9 ms (the full `npm run bench` of 2026-12-07 on 8180332, median of 30, an idle machine).
 */
export const MAX_BYTES = 352 * 1024;

async function bundle(addon: boolean): Promise<string> {
  const result = await esbuild({
    entryPoints: [`${ROOT}src/apps-script/main.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: NAMESPACE,
    // Apps Script's V8 lacks class fields and other later syntax.
    target: 'es2019',
    // No Node built-ins resolve on this platform: a stray Node-only import fails the build.
    platform: 'neutral',
    charset: 'utf8',
    // Whitespace and syntax only: names stay as written, so a stack trace from Apps
    // Script still reads; every custom-function call loads the whole file.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: { __TINH_DIEM_ADDON__: String(addon) },
  });
  return result.outputFiles[0].text;
}

async function wrappers(): Promise<string> {
  const source = await readFile(`${ROOT}src/apps-script/globals.ts`, 'utf8');
  const declared = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.None, removeComments: false },
  }).outputText;
  return `${declared}\n${clusterDeclarations(NAMESPACE)}`;
}

/** Why the built file would not work in Apps Script; empty when it would. */
export function checkBundle(code: string): string[] {
  const problems: string[] = [];
  if (/^\s*(import|export)\b/m.test(code)) problems.push('the file contains import/export, a syntax error in Apps Script');
  if (/\brequire\(/.test(code)) problems.push('the file calls require(): a Node-only module entered the bundle');
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes >= MAX_BYTES) problems.push(`the file is ${bytes} bytes, over ${MAX_BYTES}`);
  if (!new RegExp(`^(?:"use strict";)?var ${NAMESPACE} ?=`, 'm').test(code)) problems.push(`the namespace ${NAMESPACE} is not a top-level var`);
  for (const name of GLOBAL_FUNCTIONS) {
    if (!new RegExp(`^function ${name}\\(`, 'm').test(code)) problems.push(`no top-level function ${name}()`);
  }
  // The template writes these names into `Bảng điểm`: a formula naming a missing function shows #NAME?.
  for (const name of [...LIVE_COLUMNS.map((c) => c.fn), RANKING_TABLE_FUNCTION]) {
    if (!(name in CUSTOM_FUNCTIONS)) problems.push(`${name}, written by the template, is not a declared custom function`);
  }
  for (const [name, params] of Object.entries(CUSTOM_FUNCTIONS)) {
    const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
    if (!doc || !/@customfunction/.test(doc[1])) {
      problems.push(`${name} has no @customfunction JSDoc`);
      continue;
    }
    const declared = doc[2]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    if (declared.join() !== params.join()) problems.push(`${name}(${declared.join(', ')}) should take (${params.join(', ')})`);
    for (const p of params) if (!new RegExp(`@param \\{[^}]+\\} ${p} `).test(doc[1])) problems.push(`${name}: no @param for ${p}`);
  }
  return problems;
}

export interface BuildResult {
  code: string;
  bytes: number;
}

export interface BuildOptions {
  /** The editor add-on build: `createAddonMenu()`, messages naming Extensions › Tính điểm. */
  addon?: boolean;
}

export async function build(outDir = DIST, options: BuildOptions = {}): Promise<BuildResult> {
  const addon = options.addon === true;
  const kind = addon ? 'editor add-on' : 'bound script';
  const code = `// Built by scripts/build.ts from src/apps-script (${kind}); do not edit.\n${await bundle(addon)}\n${await wrappers()}`;
  const problems = checkBundle(code);
  if (problems.length > 0) throw new Error(`Apps Script build refused:\n- ${problems.join('\n- ')}`);
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}Code.js`, code);
  await copyFile(`${ROOT}appsscript.json`, `${outDir}appsscript.json`);
  await writeFile(`${outDir}Sidebar.html`, await buildSidebarHtml());
  return { code, bytes: Buffer.byteLength(code, 'utf8') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const addon = process.argv.includes('--addon');
  const { bytes } = await build(DIST, { addon });
  const kind = addon ? 'tiện ích bổ sung (menu trong Tiện ích mở rộng)' : 'tập lệnh gắn với bảng tính (menu Tính điểm trên thanh menu)';
  console.log(`dist/ ghi xong, bản ${kind}: Code.js ${(bytes / 1024).toFixed(1)} KB, appsscript.json, Sidebar.html`);
}
