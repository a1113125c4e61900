/**
 * The command and LibreOffice side by side on the same workbooks: a synthetic
 * cluster with the clerk's formulas (bench/cluster-file.ts). LibreOffice opens it,
 * recalculates and writes `Bảng điểm` as CSV; the command reads it, checks, scores,
 * ranks and writes the summary workbook and the report. One warm-up run each (it
 * also checks that LibreOffice did compute the formulas), then the runs interleaved,
 * so that a change of load weighs on both alike.
 */
import { type LibreOffice } from './libreoffice';
import { type Load, withLoad } from './machine';
import { type Spread, spread } from './measure';
import { progress } from './print';
import type { ProcessRun } from './process-run';
import { makeClusterFile, runCommand } from './end-to-end';
import { clerkRanks, clerkTotals, syntheticCluster } from './synthetic';

export interface CommandSize {
  units: number;
  criteria: number;
  runs: number;
}

export interface Contender {
  wallMs: Spread;
  /** Null where GNU time is missing. */
  cpuMs: Spread | null;
  peakRssMb: Spread | null;
}

export interface CommandComparison {
  units: number;
  criteria: number;
  inputBytes: number;
  command: Contender;
  /** Null when LibreOffice is not installed. */
  libreOffice: Contender | null;
  load: Load;
}

export function summed(runs: readonly ProcessRun[]): Contender {
  const known = (values: (number | null)[]): Spread | null => (values.every((v) => v !== null) ? spread(values as number[]) : null);
  return { wallMs: spread(runs.map((r) => r.wallMs)), cpuMs: known(runs.map((r) => r.cpuMs)), peakRssMb: known(runs.map((r) => r.peakRssMb)) };
}

/** Splits a CSV line LibreOffice wrote (fields quoted when they hold a comma or a quote). */
function fields(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
    out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
    if (m[2] === '') break;
  }
  return out;
}

/** LibreOffice's totals and ranks are those the clerk's formulas give: it computed them. */
function checkRecalculated(csv: string, units: number, criteria: number): void {
  const [header, ...rows] = csv.trimEnd().split(/\r?\n/).map(fields);
  const [totalCol, rankCol] = [header.indexOf('Tổng điểm'), header.indexOf('Hạng')];
  const totals = clerkTotals(syntheticCluster({ units, criteria }).scores);
  const ranks = clerkRanks(totals);
  const wrong = rows.findIndex((row, i) => Math.abs(Number(row[totalCol]) - totals[i]) > 1e-9 || Number(row[rankCol]) !== ranks[i]);
  if (rows.length !== units || wrong >= 0)
    throw new Error(
      `LibreOffice không tính lại công thức của ${units} × ${criteria}: dòng ${wrong + 2} là ${rows[wrong]?.[totalCol]}, ${rows[wrong]?.[rankCol]}; cần ${totals[wrong]}, ${ranks[wrong]}`,
    );
}

export async function compareCommand(dir: string, size: CommandSize, lo: LibreOffice | null): Promise<CommandComparison> {
  const { units, criteria, runs } = size;
  progress(`Tạo tệp ${units} × ${criteria}…`);
  const input = makeClusterFile(dir, units, criteria);
  return withLoad(() => {
    progress(`tinh-diem${lo ? ' và LibreOffice' : ''} ${units} × ${criteria}…`);
    runCommand(input.path);
    if (lo) checkRecalculated(lo.recalculate(input.path).csv, units, criteria);
    const ours: ProcessRun[] = [];
    const theirs: ProcessRun[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(runCommand(input.path));
      if (lo) theirs.push(lo.recalculate(input.path).run);
    }
    return { units, criteria, inputBytes: input.bytes, command: summed(ours), libreOffice: lo ? summed(theirs) : null };
  });
}
