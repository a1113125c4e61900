/**
 * HyperFormula, a spreadsheet engine in JavaScript, on the clerk's `Bảng điểm` of a
 * synthetic cluster, in a process of its own:
 *   node --import tsx bench/hyperformula-size.ts UNITS CRITERIA
 * The sheet as bench/cluster-file.ts writes it: the typed cells, then per row
 * =SUM(points)-ABS(N(deduction)) and the rank of that total. HyperFormula has no
 * RANK, so the rank is =COUNTIF(totals,">"&total)+1, the same number. Measured: the
 * build (parsing and computing every formula) in a fresh process, as `evaluate`'s
 * cold run is; the input grids are made beforehand, untimed. Prints one JSON line.
 */
import { HyperFormula } from 'hyperformula';
import { columnLetter } from '../src/core/model/a1';
import { clerkColumns, clerkRanks, clerkRow, clerkTotals, syntheticCluster } from './synthetic';

export interface HyperFormulaResult {
  coldMs: number;
  coldCpuMs: number;
  peakRssMb: number;
}

const [units, criteria] = process.argv.slice(2).map(Number);
const { scores } = syntheticCluster({ units, criteria });
const columns = clerkColumns(scores);
const [first, last, deduction, total] = [columns.first, columns.last, columns.deduction, columns.total].map(columnLetter);
const sheet = scores.map((row, i) => {
  const r = i + 1;
  const formulas =
    i === 0
      ? ['Tổng điểm', 'Hạng']
      : [`=SUM(${first}${r}:${last}${r})-ABS(N(${deduction}${r}))`, `=COUNTIF($${total}$2:$${total}$${units + 1},">"&${total}${r})+1`];
  return clerkRow(row, scores[0].length, formulas);
});

const cpu = process.cpuUsage();
const start = performance.now();
const hf = HyperFormula.buildFromArray(sheet as (string | number | null)[][], { licenseKey: 'gpl-v3' });
const coldMs = performance.now() - start;
const used = process.cpuUsage(cpu);

// The engine computed what it was given: the first unit's total and rank, worked out here.
const totals = clerkTotals(scores);
const rank = clerkRanks(totals)[0];
const [hfTotal, hfRank] = [hf.getCellValue({ sheet: 0, row: 1, col: columns.total }), hf.getCellValue({ sheet: 0, row: 1, col: columns.rank })];
if (typeof hfTotal !== 'number' || Math.abs(hfTotal - totals[0]) > 1e-9 || hfRank !== rank)
  throw new Error(`HyperFormula gave ${String(hfTotal)}, ${String(hfRank)}; expected ${totals[0]}, ${rank}`);

const result: HyperFormulaResult = { coldMs, coldCpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 };
process.stdout.write(`${JSON.stringify(result)}\n`);
