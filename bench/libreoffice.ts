/**
 * LibreOffice Calc as the yardstick of the command: headless, it opens the same
 * workbook, recalculates every formula and writes `Bảng điểm` as CSV. Its own user
 * profile, made once per benchmark, sets "recalculate on load: always" for Excel
 * files (OOXMLRecalcMode 0), so it computes whatever results the file stores; the
 * first run, which also builds the profile, is a warm-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ProcessRun, runMeasured } from './process-run';

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** CSV filter options: comma, double quote, UTF-8, from line 1, …, the 4th sheet (Bảng điểm) alone. */
const CSV_OF_SCORES = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,4';

export interface LibreOffice {
  version: string;
  /** Recalculates `input` and writes its `Bảng điểm` as CSV; returns the run and the CSV's text. */
  recalculate(input: string): { run: ProcessRun; csv: string };
  dispose(): void;
}

/** LibreOffice when `soffice` runs here, else null. */
export function findLibreOffice(): LibreOffice | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const home = mkdtempSync(join(tmpdir(), 'tinh-diem-lo-'));
  mkdirSync(join(home, 'profile', 'user'), { recursive: true });
  writeFileSync(join(home, 'profile', 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
  const profile = `-env:UserInstallation=${pathToFileURL(join(home, 'profile')).href}`;
  let n = 0;
  return {
    version: probe.stdout.trim().split(' ').slice(0, 2).join(' '),
    recalculate(input) {
      const out = join(home, `out-${n++}`);
      mkdirSync(out);
      const run = runMeasured('soffice', [profile, '--headless', '--convert-to', CSV_OF_SCORES, '--outdir', out, input], { cwd: home });
      const [file] = readdirSync(out);
      if (!file) throw new Error(`LibreOffice không ghi tệp CSV cho ${input}`);
      const csv = readFileSync(join(out, file), 'utf8');
      rmSync(out, { recursive: true, force: true });
      return { run, csv };
    },
    dispose: () => rmSync(home, { recursive: true, force: true }),
  };
}
