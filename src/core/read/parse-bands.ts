/**
 * Reading a criterion's rank bands ("1-10: 3; 11-20: 1,5 (10 đến 20)") from its cell in
 * `Tiêu chí`: the reading side of the bands, apart from applying them to places
 * (rank-bands.ts), so that parsing the lists never depends on the score rules.
 */
import { parseNumber } from '../model/numbers';
import type { Milli, RankBand } from '../model/types';

/** "1-10: 3", "11 đến 20: 1,5 (10 đến 20)": places, points, and optionally the report's words for the band. */
const BAND = /^(\d+)\s*(?:-|–|đến)\s*(\d+)\s*:\s*([^\s(]+)\s*(?:\((.*)\))?$/;

/** The bands typed in one cell, or why they cannot be read (in Vietnamese). */
export function parseBands(text: string, maxBonus: Milli | null): RankBand[] | string {
  const bands: RankBand[] = [];
  for (const part of text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = BAND.exec(part);
    const points = m ? parseNumber(m[3]) : null;
    if (!m || points?.kind !== 'number' || points.value <= 0) return `không đọc được "${part}"; hãy ghi dạng 1-10: 3; 11-20: 1,5.`;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from < 1 || to < from) return `"${part}" sai thứ tự hạng.`;
    if (bands.some((b) => from <= b.to && b.from <= to)) return `"${part}" trùng hạng với bậc khác.`;
    if (maxBonus === null || points.value > maxBonus) return `"${part}" vượt điểm thưởng tối đa.`;
    bands.push({ from, to, points: points.value, label: m[4]?.trim() || `${from} đến ${to}` });
  }
  return bands;
}
