/** A1 addresses from 0-based grid coordinates (row 0 is sheet row 1). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Inverse of `a1`, for adapters that select a cell named by an issue. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/**
 * A cell as every message names it: `Bảng điểm!I2`, the spreadsheet's own notation
 * (what Sheets and Excel write in a formula), the same in the check, the command,
 * the dialogs and the sidebar. Never "Bảng điểm › I2": `›` separates menu items.
 */
export function cellRef(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
