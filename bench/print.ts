/** How the benchmark prints: Vietnamese number forms ("1.047" is a thousand and forty-seven, "1,5" one and a half) in aligned tables. */
import type { Spread } from './measure';

export const ms = (v: number): string => v.toLocaleString('vi-VN', { maximumFractionDigits: v < 10 ? 1 : 0 });
export const mb = (v: number): string => v.toLocaleString('vi-VN', { maximumFractionDigits: 0 });
export const count = (v: number): string => v.toLocaleString('vi-VN');
export const ratio = (v: number): string => `${v.toLocaleString('vi-VN', { maximumFractionDigits: v < 10 ? 2 : 0 })}×`;
/** A median with the lowest and highest run: "748 (702–811)". */
export const spreadText = (s: Spread, unit: (v: number) => string = ms): string =>
  s.runs > 1 ? `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})` : unit(s.median);
export const load = (v: number): string => v.toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const say = (text = ''): void => console.log(text);
/** Progress on stderr, so that stdout holds the tables alone. */
export const progress = (text: string): void => void process.stderr.write(`${text}\n`);
