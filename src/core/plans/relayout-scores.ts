/**
 * `Bảng điểm` (or `Cụm chấm`) laid out again from the lists: the fixed columns, a
 * base and a bonus column per criterion in criteria order, the deduction and its
 * reason; one row per unit in list order. Every value already typed moves with its
 * unit code and criterion code, whatever changed in the lists. A value that has no
 * place any more (its criterion or unit is gone, its row repeats a unit, its column
 * is not the template's) is returned as a kept-aside entry, never dropped.
 *
 * Columns right of `Lý do trừ` that the product computes itself (the live formula
 * columns) are recognised by `isGenerated` and neither moved nor kept aside: the
 * adapter lays them again.
 */
import { columnLetter } from '../model/a1';
import { isBlankRow, successors } from '../read/parse-lists';
import {
  DEDUCTION_HEADER,
  DEDUCTION_REASON_HEADER,
  EXPLANATION_HEADER,
  HEADER_ROWS,
  SCORES_FIXED_HEADER,
  baseHeader,
  bonusHeader,
  correctionReasonHeader,
  evidenceHeader,
  scoresHeader,
} from '../model/template';
import { cleanText, nameKey } from '../model/text';
import type { CellValue, Criterion, Grid, Unit } from '../model/types';

/** One row of the kept-aside sheet: what was typed, where it was, and why it has no place now. */
export interface KeptAside {
  sheet: string;
  unitCode: string;
  unitName: string;
  criterion: string;
  base: CellValue;
  bonus: CellValue;
  deduction: CellValue;
  reason: CellValue;
  /** A value of a column that is not the template's, with `why` naming the column. */
  other: CellValue;
  why: string;
}

export interface ScoreLayout {
  /** The new sheet, header row first; every row as wide as the header. */
  grid: Grid;
  /** For each new row, the old row its cells come from (-1: a new unit). */
  rowFrom: number[];
  /** For each new column, the old column its cells come from (-1: a new criterion). */
  columnFrom: number[];
  keptAside: KeptAside[];
  /** False when the sheet already holds exactly this layout and these values. */
  changed: boolean;
  /** Units added (no row before) and units whose row was kept aside, by code. */
  addedUnits: string[];
  removedUnits: string[];
  addedCriteria: string[];
  removedCriteria: string[];
  /** Codes that followed a `Mã cũ`: "5 → 5.1". */
  renamed: string[];
  /** Merges whose old values were kept aside: "AG, CT → AC". */
  merged: string[];
}

type ListCriterion = Pick<Criterion, 'code' | 'oldCodes'>;
type ListUnit = Pick<Unit, 'code' | 'name' | 'shortName' | 'oldCodes'>;

/** The columns a criterion has, by the prefix of their titles: its scores, and the review's texts (evidence, the cluster's reason). */
const PER_CRITERION = [
  ['base', baseHeader],
  ['bonus', bonusHeader],
  ['evidence', evidenceHeader],
  ['correction', correctionReasonHeader],
] as const;
type PerCriterion = (typeof PER_CRITERION)[number][0];
const PREFIXES = PER_CRITERION.map(([kind, header]) => [nameKey(header('')), kind] as const);

const isBlank = (cell: CellValue): boolean => cleanText(cell instanceof Date ? 'd' : cell) === '';

/** What an old column holds, read from its header. */
type OldColumn =
  | { kind: 'code' | 'name' | 'deduction' | 'reason' | 'explanation' | 'generated' }
  | { kind: PerCriterion; criterion: string; shown: string; title: string }
  | { kind: 'other'; title: string };

function classify(header: CellValue, col: number, isGenerated: (header: string) => boolean): OldColumn {
  const title = cleanText(header);
  const key = nameKey(title);
  if (key === nameKey(SCORES_FIXED_HEADER[0])) return { kind: 'code' };
  if (key === nameKey(SCORES_FIXED_HEADER[1])) return { kind: 'name' };
  if (key === nameKey(DEDUCTION_HEADER)) return { kind: 'deduction' };
  if (key === nameKey(DEDUCTION_REASON_HEADER)) return { kind: 'reason' };
  if (key === nameKey(EXPLANATION_HEADER)) return { kind: 'explanation' };
  if (title !== '' && isGenerated(title)) return { kind: 'generated' };
  // The longest prefix first: "Minh chứng 1" is not a criterion "chứng 1" of some shorter prefix.
  for (const [prefix, kind] of [...PREFIXES].sort((a, b) => b[0].length - a[0].length)) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      const shown = title.slice(prefix.length).trim();
      return { kind, criterion: nameKey(shown), shown, title };
    }
  }
  return { kind: 'other', title: title || `cột ${columnLetter(col)}` };
}

/** The old columns by role; a repeated header counts once (its first column), the repeats are "other". */
function oldColumns(header: readonly CellValue[], isGenerated: (header: string) => boolean): OldColumn[] {
  const seen = new Set<string>();
  return header.map((cell, col) => {
    const c = classify(cell, col, isGenerated);
    if (c.kind === 'other' || c.kind === 'generated') return c;
    const key = 'criterion' in c ? `${c.kind}:${c.criterion}` : c.kind;
    if (seen.has(key)) return { kind: 'other', title: `${cleanText(cell)} (cột ${columnLetter(col)}, trùng tiêu đề)` };
    seen.add(key);
    return c;
  });
}

function unitFinder(units: readonly ListUnit[]): { byCode: Map<string, number>; byName: Map<string, number> } {
  const byCode = new Map<string, number>();
  const byName = new Map<string, number>();
  units.forEach((u, i) => {
    if (!byCode.has(nameKey(u.code))) byCode.set(nameKey(u.code), i);
    for (const n of [u.name, u.shortName]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), i);
  });
  return { byCode, byName };
}

export interface RelayoutOptions {
  /** The sheet's name, for the kept-aside entries. */
  sheet: string;
  /** Headers of the columns the product computes (live formulas): laid again, never kept aside. */
  isGenerated?: (header: string) => boolean;
  /** Which sheet's layout: `Bảng điểm` (evidence, explanation) or `Cụm chấm` (the reasons of corrections). */
  role?: 'scores' | 'agreed';
}

export function relayoutScores(old: Grid | undefined, criteria: readonly ListCriterion[], units: readonly ListUnit[], options: RelayoutOptions): ScoreLayout {
  const isGenerated = options.isGenerated ?? (() => false);
  const grid = old ?? [];
  const columns = oldColumns(grid[0] ?? [], isGenerated);
  const find = (kind: string, criterion?: string): number =>
    columns.findIndex((c) => c.kind === kind && (criterion === undefined || ('criterion' in c && c.criterion === criterion)));
  const listed = new Set(criteria.map((c) => nameKey(c.code)));
  const codeCol = find('code');
  const nameCol = find('name');

  const header = scoresHeader(criteria, options.role ?? 'scores');
  // A criterion's column, else (no column of its own yet) the column of the one code it had before.
  const findCriterion = (kind: string, code: string): number => {
    const own = find(kind, nameKey(code));
    const c = criteria.find((x) => nameKey(x.code) === nameKey(code));
    return own >= 0 || c?.oldCodes?.length !== 1 ? own : find(kind, nameKey(c.oldCodes[0]));
  };
  // Each new column takes the old column of the same role (and criterion, or the code it had before), wherever it was.
  const columnFrom = oldColumns(header, () => false).map((c) => ('criterion' in c ? findCriterion(c.kind, c.shown) : find(c.kind)));
  const criterionNext = successors(criteria);
  const unitNext = successors(units);
  const renamed: string[] = [];
  const merged = new Set<string>();
  criteria.forEach((c) => {
    if (
      find('base', nameKey(c.code)) < 0 &&
      find('bonus', nameKey(c.code)) < 0 &&
      c.oldCodes?.length === 1 &&
      (find('base', nameKey(c.oldCodes[0])) >= 0 || find('bonus', nameKey(c.oldCodes[0])) >= 0)
    ) {
      renamed.push(`tiêu chí ${c.oldCodes[0]} → ${c.code}`);
    }
  });
  const placed = new Set(columnFrom.filter((c) => c >= 0));

  // Which old row holds each unit: by code, else (no code typed) by name.
  const { byCode, byName } = unitFinder(units);
  const rowOfUnit = new Array<number>(units.length).fill(-1);
  const keptAside: KeptAside[] = [];
  const removedUnits: string[] = [];
  const removedCriteria = new Set<string>();
  /** Sets aside the non-blank cells of old row `r` (only the columns in `only`, when given); `rowWhy` names why the whole row has no place. */
  const setAside = (r: number, unitCode: string, unitName: string, rowWhy: string | null, only?: ReadonlySet<number>): void => {
    const row = grid[r];
    const scores = new Map<string, { shown: string; base: CellValue; bonus: CellValue }>();
    const entry = (why: string, partial: Partial<KeptAside>): KeptAside => ({
      sheet: options.sheet,
      unitCode,
      unitName,
      criterion: '',
      base: '',
      bonus: '',
      deduction: '',
      reason: '',
      other: '',
      why,
      ...partial,
    });
    let deduction: CellValue = '';
    let reason: CellValue = '';
    columns.forEach((c, col) => {
      if ((only && !only.has(col)) || isBlank(row[col])) return;
      if (c.kind === 'base' || c.kind === 'bonus') {
        const s = scores.get(c.criterion) ?? { shown: c.shown, base: '', bonus: '' };
        s[c.kind] = row[col];
        scores.set(c.criterion, s);
      } else if (c.kind === 'deduction') deduction = row[col];
      else if (c.kind === 'reason') reason = row[col];
      else if (c.kind === 'evidence' || c.kind === 'correction') {
        // Its criterion is gone, or the column belongs to the other score sheet (a Cụm chấm copied from Bảng điểm).
        const gone = !listed.has(c.criterion);
        if (!rowWhy && gone) removedCriteria.add(c.shown);
        const why = rowWhy ?? (gone ? `tiêu chí ${c.shown} không còn trong danh sách tiêu chí` : `cột không thuộc trang ${options.sheet}`);
        keptAside.push(entry(`${why}; cột "${c.title}"`, { criterion: c.shown, other: row[col] }));
      } else if (c.kind === 'explanation' || c.kind === 'other') {
        const title = c.kind === 'other' ? c.title : EXPLANATION_HEADER;
        keptAside.push(entry(rowWhy ? `${rowWhy}; cột "${title}"` : `cột "${title}" không thuộc bảng mẫu`, { other: row[col] }));
      }
    });
    for (const [key, s] of scores) {
      const into = criterionNext.merged.get(key);
      if (!rowWhy)
        (into === undefined ? removedCriteria : merged).add(into === undefined ? s.shown : `tiêu chí ${mergedFrom(criteria[into])} → ${criteria[into].code}`);
      const why =
        into === undefined
          ? `tiêu chí ${s.shown} không còn trong danh sách tiêu chí`
          : `tiêu chí ${s.shown} được gộp vào tiêu chí ${criteria[into].code} (cột "Mã cũ"): điểm cũ không tự cộng sang tiêu chí gộp; hãy chấm lại tiêu chí ${criteria[into].code}`;
      keptAside.push(entry(rowWhy ?? why, { criterion: s.shown, base: s.base, bonus: s.bonus }));
    }
    if (!isBlank(deduction) || !isBlank(reason)) keptAside.push(entry(rowWhy ?? '', { deduction, reason }));
  };

  const typedOf = (r: number): { typedCode: string; typedName: string } => ({
    typedCode: codeCol >= 0 ? cleanText(grid[r][codeCol]) : '',
    typedName: nameCol >= 0 ? cleanText(grid[r][nameCol]) : '',
  });
  const unitOf = (r: number): number | undefined => {
    const { typedCode, typedName } = typedOf(r);
    return typedCode !== '' ? byCode.get(nameKey(typedCode)) : byName.get(nameKey(typedName));
  };
  // A unit's own row first; the row of the one code it had before only when it has none (a rename).
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const i = isBlankRow(grid[r]) ? undefined : unitOf(r);
    if (i !== undefined && rowOfUnit[i] < 0) rowOfUnit[i] = r;
  }
  const claimed = new Set(rowOfUnit.filter((r) => r >= 0));
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    if (claimed.has(r) || isBlankRow(grid[r]) || unitOf(r) !== undefined) continue;
    const i = unitNext.renamed.get(nameKey(typedOf(r).typedCode));
    if (i !== undefined && rowOfUnit[i] < 0) {
      rowOfUnit[i] = r;
      claimed.add(r);
      renamed.push(`đơn vị ${typedOf(r).typedCode} → ${units[i].code}`);
    }
  }
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const row = grid[r];
    if (claimed.has(r) || isBlankRow(row)) continue;
    const { typedCode, typedName } = typedOf(r);
    const i = unitOf(r);
    const into = unitNext.merged.get(nameKey(typedCode));
    const why =
      i !== undefined
        ? `dòng ${r + 1} trùng đơn vị ${units[i].code} với dòng ${rowOfUnit[i] + 1}`
        : into !== undefined
          ? `đơn vị "${typedCode}" (dòng ${r + 1}) được gộp vào đơn vị ${units[into].code} (cột "Mã cũ"): điểm của đơn vị cũ không tự chuyển sang đơn vị gộp; hãy nhập điểm của ${units[into].code}`
          : typedCode === '' && typedName === ''
            ? `dòng ${r + 1} không ghi mã đơn vị`
            : `đơn vị "${typedCode || typedName}" (dòng ${r + 1}) không còn trong danh sách đơn vị`;
    const before = keptAside.length;
    setAside(r, typedCode, typedName, why);
    if (into !== undefined) merged.add(`đơn vị ${mergedFrom(units[into])} → ${units[into].code}`);
    else if (keptAside.length > before && i === undefined && typedCode !== '') removedUnits.push(typedCode);
  }

  // Values of placed rows in columns with no place: removed criteria and foreign columns.
  const homeless = new Set(
    columns.map((c, col) => (c.kind !== 'generated' && c.kind !== 'code' && c.kind !== 'name' && !placed.has(col) ? col : -1)).filter((c) => c >= 0),
  );
  if (homeless.size > 0) units.forEach((u, i) => rowOfUnit[i] >= 0 && setAside(rowOfUnit[i], u.code, u.shortName, null, homeless));

  const rowFrom = [0, ...rowOfUnit];
  const body: Grid = units.map((u, i) => {
    const r = rowOfUnit[i];
    return header.map((_, c) => (c === 0 ? u.code : c === 1 ? u.shortName : r >= 0 && columnFrom[c] >= 0 ? (grid[r][columnFrom[c]] ?? '') : ''));
  });
  const laid: Grid = [header, ...body];
  return {
    grid: laid,
    rowFrom: old ? rowFrom : rowFrom.map(() => -1),
    columnFrom: old ? columnFrom : columnFrom.map(() => -1),
    keptAside,
    changed: !sameCells(grid, laid, isGenerated),
    addedUnits: units.filter((_, i) => rowOfUnit[i] < 0).map((u) => u.code),
    removedUnits,
    addedCriteria: criteria.filter((_, i) => columnFrom[2 + 2 * i] < 0 && columnFrom[3 + 2 * i] < 0).map((c) => c.code),
    removedCriteria: [...removedCriteria],
    renamed,
    merged: [...merged],
  };
}

const mergedFrom = (item: { oldCodes?: string[] }): string => (item.oldCodes ?? []).join(', ');

/** The old sheet already shows the new layout: same cells, ignoring trailing blanks and the generated columns. */
function sameCells(old: Grid, laid: Grid, isGenerated: (header: string) => boolean): boolean {
  const width = laid[0].length;
  const header = old[0] ?? [];
  let rows = old.length;
  while (rows > 0 && isBlankRow(old[rows - 1])) rows--;
  if (rows !== laid.length) return false;
  for (let r = 0; r < rows; r++) {
    const row = old[r];
    for (let c = 0; c < Math.max(width, row.length); c++) {
      if (c >= width) {
        if (!isBlank(row[c]) && !isGenerated(cleanText(header[c]))) return false;
        continue;
      }
      const was = row[c] ?? '';
      const now = laid[r][c] ?? '';
      if (was !== now && !(isBlank(was) && isBlank(now)) && !(was instanceof Date && now instanceof Date && was.getTime() === now.getTime())) return false;
    }
  }
  return true;
}

/** Any per-cell attribute (notes, colours) of the old block, moved the way the values moved; `blank` where nothing moves. */
export function moveCells<T>(old: readonly (readonly T[])[], layout: Pick<ScoreLayout, 'rowFrom' | 'columnFrom' | 'grid'>, blank: T): T[][] {
  return layout.grid.map((row, r) =>
    row.map((_, c) => {
      const from = layout.rowFrom[r];
      const col = layout.columnFrom[c];
      return from >= 0 && col >= 0 && old[from] !== undefined && col < old[from].length ? old[from][col] : blank;
    }),
  );
}
