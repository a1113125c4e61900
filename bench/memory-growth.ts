/**
 * How the command's peak memory grows with the units: the same run at sizes doubling
 * up to 10,000 units, and the megabytes each 1,000 more units add between one size and
 * the next. Linear memory adds about the same at every step; a step (a part held
 * whole, a structure resized) shows as one increment far above the others.
 */
import { makeClusterFile, runCommand } from './end-to-end';
import { type Load, withLoad } from './machine';
import { type Spread, spread } from './measure';
import { progress } from './print';

export interface GrowthPoint {
  units: number;
  peakRssMb: Spread;
  /** MB per 1,000 units from the size before (null for the first). */
  perThousandMb: number | null;
}

export async function memoryGrowth(
  dir: string,
  sizes: readonly number[],
  criteria: number,
  runs: number,
): Promise<{ criteria: number; points: GrowthPoint[]; load: Load }> {
  return withLoad(() => {
    const points: GrowthPoint[] = [];
    for (const units of sizes) {
      progress(`Bộ nhớ của tinh-diem ${units} × ${criteria}…`);
      const { path } = makeClusterFile(dir, units, criteria);
      runCommand(path);
      const peak = spread(Array.from({ length: runs }, () => runCommand(path).peakRssMb ?? Number.NaN));
      const before = points.at(-1);
      points.push({ units, peakRssMb: peak, perThousandMb: before ? ((peak.median - before.peakRssMb.median) * 1000) / (units - before.units) : null });
    }
    return { criteria, points };
  });
}
