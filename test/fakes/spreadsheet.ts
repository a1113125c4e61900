/**
 * An in-memory Spreadsheet following Google's reference for the calls the add-in
 * makes: `getValues()` gives numbers, booleans, Dates, strings and '' for empty
 * cells; `setValues()` throws unless the data matches the range, turns a string
 * that starts with "=" into a formula and a numeric string into a number unless
 * the cell's number format is plain text ("@"); a range outside the sheet throws;
 * new sheets have 1,000 rows and 26 columns; the last sheet cannot be deleted;
 * `protect()` starts with the owner and the running user as editors, neither of
 * whom `removeEditors` can remove. A formula calling a function of the loaded
 * script is worked out from the cells it names and spills its result (formulas.ts),
 * again whenever something was written since.
 */
import { a1 } from '../../src/core/model/a1';
import type { CellValue, Grid } from '../../src/core/model/types';
import { Calls, Fake } from './calls';
import { PARSE_ERROR, parseCall, resultGrid, usesDecimalComma, type RangeRef } from './formulas';

export const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FORMAT = '0.###############';
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

export interface Cell {
  value: CellValue;
  formula: string;
  format: string;
  note: string;
  background: string;
  weight: string;
  /** Sheets' default wrap strategy is overflow: `getWraps()` is false until set. */
  wrap: boolean;
  verticalAlignment: string;
  horizontalAlignment: string;
  validation: FakeDataValidation | null;
  /** The value was spilled by an array formula above or left of it, not typed. */
  spilled: boolean;
}

/** Cells are keyed by one number, row × span + column: a string key per cell makes 2,000-unit tests slow. */
const COLUMN_SPAN = 32768;

export function emptyCell(): Cell {
  return {
    value: '',
    formula: '',
    format: DEFAULT_FORMAT,
    note: '',
    background: DEFAULT_BACKGROUND,
    weight: 'normal',
    wrap: false,
    verticalAlignment: 'bottom',
    horizontalAlignment: 'general',
    validation: null,
    spilled: false,
  };
}

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a cell shows for a formula the fake can work out (HYPERLINK's label); '' for
 * any other. Sheets takes ";" between arguments in every locale, "," only where the
 * decimal separator is a point: under vi_VN "," is a decimal comma and the formula
 * does not parse.
 */
function formulaValue(formula: string, locale: string): CellValue {
  const link = /^=HYPERLINK\("[^"]*"\s*([,;])\s*"([^"]*)"\)$/i.exec(formula);
  if (!link) return '';
  return link[1] === ',' && usesDecimalComma(locale) ? PARSE_ERROR : link[2];
}

export interface Realm {
  /** Dates handed to the script must come from its own realm (`instanceof Date` there). */
  makeDate(ms: number): Date;
}

export interface Env {
  calls: Calls;
  realm: Realm;
  owner: string;
  user: string;
  /** Whether the spreadsheet belongs to a Workspace domain (domain edit can be on). */
  domain: boolean;
}

export class FakeUser extends Fake {
  constructor(
    calls: Calls,
    readonly email: string,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'User';
  }
  getEmail(): string {
    return this.email;
  }
}

export class FakeDataValidation extends Fake {
  constructor(
    calls: Calls,
    readonly min: number,
    readonly max: number,
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'DataValidation';
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  getCriteriaValues(): number[] {
    return [this.min, this.max];
  }
}

export class FakeDataValidationBuilder extends Fake {
  private min = NaN;
  private max = NaN;
  private allowInvalid = true;
  private help = '';
  get kind(): string {
    return 'DataValidationBuilder';
  }
  requireNumberBetween(min: number, max: number): this {
    this.min = min;
    this.max = max;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.help = text;
    return this;
  }
  build(): FakeDataValidation {
    if (Number.isNaN(this.min)) throw new Error('You must specify a criteria type before building a data validation rule.');
    return new FakeDataValidation(this.calls, this.min, this.max, this.allowInvalid, this.help);
  }
}

/**
 * A protection as Google's reference describes it (Range.protect, Sheet.protect,
 * Protection): until the script changes its editors or domain setting, a new one
 * mirrors the spreadsheet's editors (it protects nothing yet); neither the owner nor
 * the person running can be removed; a sheet protection may leave ranges of its
 * sheet unprotected; a warning-only one asks before an edit but allows it.
 */
export class FakeProtection extends Fake {
  description = '';
  domainEdit: boolean;
  /** False while the editors still mirror the spreadsheet's. */
  explicit = false;
  warningOnly = false;
  readonly editors: Set<string>;
  unprotected: FakeRange[] = [];
  constructor(
    readonly env: Env,
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: FakeSheet,
    readonly range: FakeRange | null,
  ) {
    super(env.calls);
    this.editors = new Set([env.owner, env.user]);
    this.domainEdit = env.domain;
  }
  get kind(): string {
    return 'Protection';
  }
  private fix(): void {
    if (this.explicit) return;
    this.explicit = true;
    for (const e of this.sheet.spreadsheet.editors) this.editors.add(e);
  }
  /** Whether `email` may edit what this protection covers (any protection that denies wins, see FakeSpreadsheet.canEdit). */
  allows(email: string): boolean {
    if (this.warningOnly || email === this.env.owner) return true;
    if (!this.explicit) return this.sheet.spreadsheet.isEditor(email);
    return this.editors.has(email) || (this.domainEdit && inDomainOf(this.env.owner, email));
  }
  /** Whether some cell of `range` lies under this protection (a block split across two unprotected ranges counts as covered). */
  touches(range: FakeRange): boolean {
    if (this.type === 'SHEET')
      return !this.unprotected.some((u) => u.contains(range.row, range.column) && u.contains(range.row + range.rows - 1, range.column + range.columns - 1));
    const a = this.range as FakeRange;
    return a.row < range.row + range.rows && range.row < a.row + a.rows && a.column < range.column + range.columns && range.column < a.column + a.columns;
  }
  getProtectionType(): string {
    return this.type;
  }
  getRange(): FakeRange {
    return this.range ?? this.sheet.getRange(1, 1, this.sheet.maxRows, this.sheet.maxColumns);
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(text: string): this {
    this.mustBeEditor();
    this.description = text;
    return this;
  }
  getEditors(): FakeUser[] {
    this.mustBeEditor();
    const emails = this.explicit ? this.editors : this.sheet.spreadsheet.editors;
    return [...emails].map((e) => new FakeUser(this.calls, e));
  }
  addEditors(emails: string[]): this {
    this.mustBeEditor();
    for (const e of emails) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) throw new Error(`Invalid email: ${e}`);
    }
    this.fix();
    for (const e of emails) this.editors.add(e.toLowerCase());
    return this;
  }
  removeEditors(users: (FakeUser | string)[]): this {
    this.mustBeEditor();
    this.fix();
    for (const u of users) {
      const email = typeof u === 'string' ? u : u.getEmail();
      if (email !== this.env.owner && email !== this.env.user) this.editors.delete(email);
    }
    return this;
  }
  canDomainEdit(): boolean {
    this.mustBeEditor();
    return this.domainEdit;
  }
  setDomainEdit(edit: boolean): this {
    this.mustBeEditor();
    if (!this.env.domain) throw new Error('This spreadsheet is not in a domain.');
    this.fix();
    this.domainEdit = edit;
    return this;
  }
  /** Google: "Throws an exception if the protection type is not SHEET or if any of the ranges are not on the protected sheet." */
  setUnprotectedRanges(ranges: FakeRange[]): this {
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a protected sheet.');
    if (ranges.some((r) => r.sheet !== this.sheet)) throw new Error('The unprotected ranges must be on the protected sheet.');
    this.unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this.unprotected];
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }
  canEdit(): boolean {
    return this.allows(this.env.user);
  }
  /**
   * Reading the editors or the domain setting "throws an exception if the user does not have
   * permission to edit the protected range or sheet" (Google's reference); so does changing it.
   */
  private mustBeEditor(): void {
    if (!this.canEdit()) throw new Error('You do not have permission to access the requested document or to change this protection.');
  }
  remove(): void {
    this.mustBeEditor();
    this.sheet.protections.splice(this.sheet.protections.indexOf(this), 1);
  }
}

/** A Workspace domain is the owner's: with domain edit on, anyone there passes. */
function inDomainOf(owner: string, email: string): boolean {
  return owner.split('@')[1] === email.split('@')[1];
}

export class FakeBlob extends Fake {
  constructor(
    calls: Calls,
    readonly contentType: string,
    readonly name: string,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'Blob';
  }
  getContentType(): string {
    return this.contentType;
  }
  getName(): string {
    return this.name;
  }
  getBytes(): number[] {
    return [0x89, 0x50, 0x4e, 0x47];
  }
  getBlob(): this {
    return this;
  }
}

export class FakeChart extends Fake {
  constructor(
    calls: Calls,
    readonly type: string,
    readonly ranges: string[],
    readonly options: Record<string, unknown>,
    readonly position: number[],
    readonly headers: number,
  ) {
    super(calls);
  }
  get kind(): string {
    return 'EmbeddedChart';
  }
  getAs(contentType: string): FakeBlob {
    return new FakeBlob(this.calls, contentType, 'chart');
  }
  getBlob(): FakeBlob {
    return this.getAs('image/png');
  }
}

export class FakeChartBuilder extends Fake {
  private type = '';
  private readonly ranges: string[] = [];
  private readonly options: Record<string, unknown> = {};
  private position: number[] = [1, 1, 0, 0];
  private headers = -1;
  get kind(): string {
    return 'EmbeddedChartBuilder';
  }
  setChartType(type: string): this {
    this.type = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.ranges.push(range.getA1Notation());
    return this;
  }
  setNumHeaders(n: number): this {
    this.headers = n;
    return this;
  }
  setOption(name: string, value: unknown): this {
    this.options[name] = value;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.position = [row, column, offsetX, offsetY];
    return this;
  }
  build(): FakeChart {
    return new FakeChart(this.calls, this.type, [...this.ranges], { ...this.options }, this.position, this.headers);
  }
}

export class FakeRange extends Fake {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(sheet.calls);
  }
  get kind(): string {
    return 'Range';
  }

  private map<T>(read: (cell: Cell) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => read(this.sheet.cell(this.row + r, this.column + c))));
  }

  private write<T>(data: T[][], apply: (cell: Cell, value: T) => void): this {
    if (!Array.isArray(data) || data.length !== this.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.rows}.`,
      );
    }
    for (const row of data) {
      if (row.length !== this.columns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.columns}.`,
        );
      }
    }
    this.sheet.spreadsheet.mustEdit(this.sheet, this);
    data.forEach((row, r) => row.forEach((value, c) => apply(this.sheet.cell(this.row + r, this.column + c, true), value)));
    this.sheet.spreadsheet.changed();
    return this;
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }
  contains(row: number, column: number): boolean {
    return this.row <= row && row < this.row + this.rows && this.column <= column && column < this.column + this.columns;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.columns;
  }
  getA1Notation(): string {
    const first = a1(this.row - 1, this.column - 1);
    return this.rows === 1 && this.columns === 1 ? first : `${first}:${a1(this.row + this.rows - 2, this.column + this.columns - 2)}`;
  }

  getValues(): CellValue[][] {
    this.sheet.spreadsheet.recalculate();
    return this.map((cell) => (isDate(cell.value) ? this.sheet.env.realm.makeDate(cell.value.getTime()) : cell.value));
  }
  /** The shown text, roughly: numbers with the locale's decimal separator. */
  getDisplayValues(): string[][] {
    this.sheet.spreadsheet.recalculate();
    const comma = this.sheet.spreadsheet.locale.startsWith('vi');
    return this.map((cell) => {
      if (typeof cell.value === 'number') return comma ? String(cell.value).replace('.', ',') : String(cell.value);
      if (isDate(cell.value)) return cell.value.toISOString().slice(0, 10);
      if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
      return String(cell.value ?? '');
    });
  }
  getFormulas(): string[][] {
    return this.map((cell) => cell.formula);
  }
  setValues(values: CellValue[][]): this {
    return this.write(values, (cell, value) => {
      cell.formula = '';
      cell.spilled = false;
      if (typeof value === 'string' && cell.format !== '@') {
        if (value.startsWith('=')) {
          cell.formula = value;
          cell.value = formulaValue(value, this.sheet.spreadsheet.locale);
          return;
        }
        if (NUMERIC.test(value)) {
          cell.value = Number(value);
          return;
        }
      }
      cell.value = value === null || value === undefined ? '' : isDate(value) ? new Date(value.getTime()) : value;
    }).indexFormulas();
  }

  /** Keeps the sheet's list of formula cells, so that recalculating skips the rest. */
  private indexFormulas(): this {
    for (let r = this.row; r < this.row + this.rows; r++) {
      for (let c = this.column; c < this.column + this.columns; c++) {
        const key = r * COLUMN_SPAN + c;
        if (this.sheet.cells.get(key)?.formula) this.sheet.formulas.add(key);
        else this.sheet.formulas.delete(key);
      }
    }
    return this;
  }
  getNumberFormats(): string[][] {
    return this.map((cell) => cell.format);
  }
  setNumberFormats(formats: string[][]): this {
    return this.write(formats, (cell, f) => (cell.format = f));
  }
  setNumberFormat(format: string): this {
    return this.setNumberFormats(this.map(() => format));
  }
  getNotes(): string[][] {
    return this.map((cell) => cell.note);
  }
  setNotes(notes: (string | null)[][]): this {
    return this.write(notes, (cell, n) => (cell.note = n ?? ''));
  }
  getBackgrounds(): string[][] {
    return this.map((cell) => cell.background);
  }
  setBackgrounds(colours: (string | null)[][]): this {
    return this.write(colours, (cell, c) => (cell.background = (c ?? DEFAULT_BACKGROUND).toLowerCase()));
  }
  setBackground(colour: string | null): this {
    return this.setBackgrounds(this.map(() => colour));
  }
  getFontWeights(): string[][] {
    return this.map((cell) => cell.weight);
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.write(weights, (cell, w) => (cell.weight = w ?? 'normal'));
  }
  setFontWeight(weight: string | null): this {
    return this.setFontWeights(this.map(() => weight));
  }
  /** Each row of the range becomes one merged cell; like Sheets, a merge keeps only the first cell's value of each row. */
  mergeAcross(): this {
    this.sheet.spreadsheet.mustEdit(this.sheet, this);
    for (let r = 0; r < this.rows; r++) {
      for (let c = 1; c < this.columns; c++) {
        const cell = this.sheet.cell(this.row + r, this.column + c, true);
        cell.value = '';
        cell.formula = '';
      }
      this.sheet.merges.push({ row: this.row + r, column: this.column, rows: 1, columns: this.columns });
    }
    return this;
  }
  /** Google: "Merges the cells in the range together into a single block"; like Sheets, only the top-left cell keeps its value. */
  merge(): this {
    this.sheet.spreadsheet.mustEdit(this.sheet, this);
    for (let r = 0; r < this.rows; r++) {
      for (let c = r === 0 ? 1 : 0; c < this.columns; c++) {
        const cell = this.sheet.cell(this.row + r, this.column + c, true);
        cell.value = '';
        cell.formula = '';
      }
    }
    this.sheet.merges.push({ row: this.row, column: this.column, rows: this.rows, columns: this.columns });
    return this;
  }
  /**
   * Google: "Returns an array of Range objects representing merged cells that either are fully
   * within the current range, or contain at least one cell in the current range."
   */
  getMergedRanges(): FakeRange[] {
    const overlaps = (m: { row: number; column: number; rows: number; columns: number }): boolean =>
      m.row < this.row + this.rows && this.row < m.row + m.rows && m.column < this.column + this.columns && this.column < m.column + m.columns;
    return this.sheet.merges.filter(overlaps).map((m) => this.sheet.getRange(m.row, m.column, m.rows, m.columns));
  }
  getWraps(): boolean[][] {
    return this.map((cell) => cell.wrap);
  }
  setWraps(wraps: boolean[][]): this {
    return this.write(wraps, (cell, w) => (cell.wrap = Boolean(w)));
  }
  getVerticalAlignments(): string[][] {
    return this.map((cell) => cell.verticalAlignment);
  }
  /** "top", "middle" or "bottom"; null resets to the default, bottom. */
  setVerticalAlignment(alignment: string | null): this {
    if (alignment !== null && !['top', 'middle', 'bottom'].includes(alignment)) throw new Error(`Invalid vertical alignment: ${alignment}`);
    return this.write(
      this.map(() => alignment ?? 'bottom'),
      (cell, a) => (cell.verticalAlignment = a),
    );
  }
  getHorizontalAlignments(): string[][] {
    return this.map((cell) => cell.horizontalAlignment);
  }
  /** "left", "center", "right" or "normal" per cell; null resets a cell to the default, "general". */
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    for (const a of alignments.flat())
      if (a !== null && !['left', 'center', 'right', 'normal'].includes(a)) throw new Error(`Invalid horizontal alignment: ${a}`);
    return this.write(alignments, (cell, a) => (cell.horizontalAlignment = a ?? 'general'));
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.map((cell) => cell.validation);
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    return this.write(rules, (cell, rule) => (cell.validation = rule));
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return this.setDataValidations(this.map(() => rule));
  }
  /** Google: whether the user may edit every cell of the range; the owner always may. */
  canEdit(): boolean {
    return this.sheet.spreadsheet.canEdit(this.sheet.env.user, this.sheet, this);
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this.sheet.env, 'RANGE', this.sheet, this);
    this.sheet.protections.push(p);
    return p;
  }
  activate(): this {
    this.sheet.spreadsheet.active = this;
    this.sheet.spreadsheet.activeSheet = this.sheet;
    return this;
  }
}

export class FakeSheet extends Fake {
  readonly cells = new Map<number, Cell>();
  /** Keys of the cells holding a formula, and of the cells holding a spilled value. */
  readonly formulas = new Set<number>();
  readonly spills = new Set<number>();
  readonly protections: FakeProtection[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  /** Merged blocks, 1-based, in the order they were made. */
  readonly merges: { row: number; column: number; rows: number; columns: number }[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {
    super(spreadsheet.env.calls);
  }
  get kind(): string {
    return 'Sheet';
  }
  get env(): Env {
    return this.spreadsheet.env;
  }

  /** 1-based; `create` makes the cell so that it can be written. */
  cell(row: number, column: number, create = false): Cell {
    const key = row * COLUMN_SPAN + column;
    const found = this.cells.get(key);
    if (found) return found;
    const cell = emptyCell();
    if (create) this.cells.set(key, cell);
    return cell;
  }

  private filled(): { rows: number; columns: number } {
    this.spreadsheet.recalculate();
    let rows = 0;
    let columns = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && cell.formula === '') continue;
      const r = Math.floor(key / COLUMN_SPAN);
      const c = key % COLUMN_SPAN;
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
    return { rows, columns };
  }

  /** Every value of the used area, as the test sees it (no counting, no realm change). */
  grid(): Grid {
    const { rows, columns } = this.filled();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.cell(r + 1, c + 1).value));
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.spreadsheet.mustEdit(this, null);
    if (this.spreadsheet.sheets.some((s) => s !== this && s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    this.spreadsheet.changed();
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(after: number, howMany: number): this {
    if (after !== this.maxRows) throw new Error('The fake inserts rows at the end only.');
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after !== this.maxColumns) throw new Error('The fake inserts columns at the end only.');
    this.maxColumns += howMany;
    return this;
  }
  getLastRow(): number {
    return this.filled().rows;
  }
  getLastColumn(): number {
    return this.filled().columns;
  }
  getRange(row: number, column: number, rows = 1, columns = 1): FakeRange {
    if (row < 1 || column < 1 || rows < 1 || columns < 1)
      throw new Error('The starting row and column of the range must be at least 1, and it must have at least one row and column.');
    if (row + rows - 1 > this.maxRows || column + columns - 1 > this.maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, row, column, rows, columns);
  }
  getDataRange(): FakeRange {
    const { rows, columns } = this.filled();
    return this.getRange(1, 1, Math.max(1, rows), Math.max(1, columns));
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenRows(n: number): void {
    this.frozenRows = n;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setFrozenColumns(n: number): void {
    this.frozenColumns = n;
  }
  setColumnWidth(column: number, width: number): this {
    this.columnWidths.set(column, width);
    return this;
  }
  autoResizeColumns(start: number, count: number): this {
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, -1);
    return this;
  }
  newChart(): FakeChartBuilder {
    return new FakeChartBuilder(this.calls);
  }
  insertChart(chart: FakeChart): void {
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    return [...this.charts];
  }
  /** Google: "If the sheet is already protected, this method returns an object representing the existing protection settings." */
  protect(): FakeProtection {
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection(this.env, 'SHEET', this, null);
    this.protections.push(p);
    return p;
  }
  getProtections(type: string): FakeProtection[] {
    return this.protections.filter((p) => p.type === type);
  }
  activate(): this {
    this.spreadsheet.activeSheet = this;
    return this;
  }
}

export class FakeSpreadsheet extends Fake {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  readonly editors: Set<string>;
  /** The document's name, as Drive shows it (a copy is named "Bản sao của …"). */
  name = 'Bảng tính không có tiêu đề';
  active: FakeRange | null = null;
  activeSheet: FakeSheet | null = null;
  private nextId = 0;
  /** The loaded script's global functions by name, callable from a formula; none until a script is loaded. */
  private functions: (name: string) => ((...args: unknown[]) => unknown) | undefined = () => undefined;
  private dirty = false;
  private recalculating = false;
  /** Why a formula cell shows #REF!, by "sheet!A1", as Sheets says it when pointed at. */
  readonly formulaErrors = new Map<string, string>();

  constructor(
    readonly env: Env,
    public locale = 'vi_VN',
  ) {
    super(env.calls);
    this.editors = new Set([env.owner, env.user]);
  }
  get kind(): string {
    return 'Spreadsheet';
  }

  /** Lets formulas call the script's functions (the harness passes the vm context's globals). */
  useFunctions(lookup: (name: string) => ((...args: unknown[]) => unknown) | undefined): void {
    this.functions = lookup;
    this.changed();
  }

  /** Something was written: formulas are worked out again before the next read. */
  changed(): void {
    this.dirty = true;
  }

  /**
   * Works out every formula that calls a function of the script, in sheet order,
   * after clearing what the formulas spilled before (Sheets recalculates a custom
   * function when a cell it names changes; the fake simply redoes them all).
   */
  recalculate(): void {
    if (!this.dirty || this.recalculating) return;
    this.recalculating = true;
    // Each custom-function call is its own execution in Sheets, not part of the run that
    // wrote the cells: what the functions call (the locale) is not counted against it.
    const counted = new Map(this.calls.counts);
    try {
      this.dirty = false;
      this.formulaErrors.clear();
      this.read.clear();
      for (const sheet of this.sheets) {
        for (const key of sheet.spills) {
          const cell = sheet.cells.get(key);
          if (cell?.spilled) {
            cell.value = '';
            cell.spilled = false;
          }
        }
        sheet.spills.clear();
      }
      for (const sheet of this.sheets) {
        for (const key of [...sheet.formulas].sort((a, b) => a - b)) {
          const cell = sheet.cells.get(key);
          if (cell?.formula) this.work(sheet, Math.floor(key / COLUMN_SPAN), key % COLUMN_SPAN, cell);
        }
      }
    } finally {
      this.recalculating = false;
      this.calls.counts.clear();
      for (const [name, n] of counted) this.calls.counts.set(name, n);
    }
  }

  /** One formula cell: its call, the values of its ranges, the function's result spilled from it. */
  private work(sheet: FakeSheet, row: number, column: number, cell: Cell): void {
    const call = parseCall(cell.formula, this.locale);
    if (call === null) return;
    if (call === PARSE_ERROR) {
      cell.value = PARSE_ERROR;
      return;
    }
    const fn = this.functions(call.name);
    // Functions of Sheets itself (HYPERLINK…) keep the value given when written.
    if (!fn) return;
    const args: unknown[] = [];
    for (const arg of call.args) {
      if (arg.kind === 'value') {
        args.push(arg.value);
        continue;
      }
      const values = this.rangeValues(sheet, arg.ref);
      if (!values) {
        cell.value = '#REF!';
        return;
      }
      args.push(values.length === 1 && values[0].length === 1 ? values[0][0] : values);
    }
    let result: CellValue[][];
    try {
      result = resultGrid(fn(...args));
    } catch (e) {
      cell.value = '#ERROR!';
      this.formulaErrors.set(`${sheet.name}!${a1(row - 1, column - 1)}`, String(e));
      return;
    }
    const blocked = this.spillBlocker(sheet, row, column, result);
    if (blocked) {
      cell.value = '#REF!';
      this.formulaErrors.set(`${sheet.name}!${a1(row - 1, column - 1)}`, `Array result was not expanded because it would overwrite data in ${blocked}.`);
      return;
    }
    for (const [key, entry] of this.read) {
      const overlaps =
        entry.sheet === sheet &&
        entry.rows[0] < row + result.length &&
        row <= entry.rows[1] &&
        entry.columns[0] < column + result[0].length &&
        column <= entry.columns[1];
      if (overlaps) this.read.delete(key);
    }
    result.forEach((values, i) =>
      values.forEach((value, j) => {
        if (i === 0 && j === 0) {
          cell.value = value;
          return;
        }
        const target = sheet.cell(row + i, column + j, true);
        target.value = value;
        target.spilled = true;
        sheet.spills.add((row + i) * COLUMN_SPAN + column + j);
      }),
    );
  }

  /**
   * Ranges already read in this recalculation, by sheet and corners: the live
   * formulas of a sheet all name the same blocks, and reading a 10,000-row block
   * once instead of four times keeps the large tests quick. A spill drops the
   * entries it overlaps.
   */
  private readonly read = new Map<string, { sheet: FakeSheet; rows: [number, number]; columns: [number, number]; values: CellValue[][] }>();

  /** The values of a range named in a formula as a custom function receives them; null when the sheet or cells do not exist. */
  private rangeValues(from: FakeSheet, ref: RangeRef): CellValue[][] | null {
    const sheet = ref.sheet === null ? from : this.getSheetByName(ref.sheet);
    if (!sheet) return null;
    const lastRow = ref.lastRow ?? sheet.maxRows;
    if (lastRow > sheet.maxRows || ref.lastColumn > sheet.maxColumns || lastRow < ref.row || ref.lastColumn < ref.column) return null;
    const key = `${sheet.id}:${ref.row}:${ref.column}:${lastRow}:${ref.lastColumn}`;
    const known = this.read.get(key);
    if (known) return known.values;
    const values = this.readRange(sheet, ref.row, ref.column, lastRow, ref.lastColumn);
    this.read.set(key, { sheet, rows: [ref.row, lastRow], columns: [ref.column, ref.lastColumn], values });
    return values;
  }

  private readRange(sheet: FakeSheet, row: number, column: number, lastRow: number, lastColumn: number): CellValue[][] {
    return Array.from({ length: lastRow - row + 1 }, (_, r) =>
      Array.from({ length: lastColumn - column + 1 }, (_, c) => {
        // Straight from the map: most cells of an open-ended range do not exist.
        const value = sheet.cells.get((row + r) * COLUMN_SPAN + column + c)?.value ?? '';
        return isDate(value) ? this.env.realm.makeDate(value.getTime()) : value;
      }),
    );
  }

  /** The first cell a result would overwrite (a typed value, a formula, an earlier spill, or beyond the sheet), or null. */
  private spillBlocker(sheet: FakeSheet, row: number, column: number, result: CellValue[][]): string | null {
    for (let i = 0; i < result.length; i++) {
      for (let j = 0; j < result[i].length; j++) {
        if (i === 0 && j === 0) continue;
        const r = row + i;
        const c = column + j;
        if (r > sheet.maxRows || c > sheet.maxColumns) return a1(r - 1, c - 1);
        const there = sheet.cell(r, c);
        if (there.formula !== '' || there.value !== '') return a1(r - 1, c - 1);
      }
    }
    return null;
  }

  /** Test setup: a sheet holding `grid` from A1, not counted. */
  addSheet(name: string, grid: Grid = []): FakeSheet {
    const sheet = new FakeSheet(
      this,
      name,
      this.nextId++ * 1000 + 7,
      Math.max(DEFAULT_ROWS, grid.length),
      Math.max(DEFAULT_COLUMNS, ...grid.map((r) => r.length)),
    );
    this.sheets.push(sheet);
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        sheet.cell(r + 1, c + 1, true).value = value;
      }),
    );
    this.changed();
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** The file's id: a copy (File › Make a copy) has its own. */
  id = 'fake-spreadsheet';
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet/edit';
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    if (this.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, this.nextId++ * 1000 + 7);
    this.sheets.splice(index === undefined ? this.sheets.length : index, 0, sheet);
    this.activeSheet = sheet;
    this.changed();
    return sheet;
  }
  /** Whether `email` may edit the cells of `range` (the whole sheet when null): every protection covering a cell must allow it (Google: any that denies wins). */
  canEdit(email: string, sheet: FakeSheet, range: FakeRange | null): boolean {
    if (email === this.env.owner) return true;
    if (!this.isEditor(email)) return false;
    return !sheet.protections.some((p) => !p.allows(email) && (!range || p.touches(range)));
  }
  /** The running user editing: refused as Google refuses a script. */
  mustEdit(sheet: FakeSheet, range: FakeRange | null): void {
    if (!this.canEdit(this.env.user, sheet, range)) throw new Error(PROTECTED_MESSAGE);
  }
  getActiveSheet(): FakeSheet {
    return this.activeSheet ?? this.sheets[0];
  }
  /** The selected range (the top left cell of the active sheet when nothing was selected). */
  getActiveRange(): FakeRange {
    const sheet = this.getActiveSheet();
    return this.active && this.active.sheet === sheet ? this.active : sheet.getRange(1, 1);
  }
  /**
   * Test setup: a person (not the script) types into one cell, as in the Sheets UI:
   * false, and nothing written, where a protection refuses them. Not counted.
   */
  typeAs(email: string, sheetName: string, a1Cell: string, value: CellValue): boolean {
    const sheet = this.sheet(sheetName);
    const m = /^([A-Z]+)(\d+)$/.exec(a1Cell);
    if (!m) throw new Error(`bad cell ${a1Cell}`);
    const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const range = new FakeRange(sheet, Number(m[2]), column, 1, 1);
    if (!this.canEdit(email.toLowerCase(), sheet, range)) return false;
    const cell = sheet.cell(range.row, column, true);
    cell.value = value;
    cell.formula = '';
    this.changed();
    return true;
  }
  /** Shared with `email` for editing; whoever runs the script is an editor, or could not run it. */
  isEditor(email: string): boolean {
    return this.editors.has(email) || email === this.env.user;
  }
  /** The people the spreadsheet is shared with for editing (the owner and the person running included). */
  getEditors(): FakeUser[] {
    return [...new Set([...this.editors, this.env.user])].map((e) => new FakeUser(this.calls, e));
  }
  addEditors(emails: string[]): this {
    for (const e of emails) this.editors.add(e.toLowerCase());
    return this;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.mustEdit(sheet, null);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Sheet not found.');
    this.sheets.splice(at, 1);
    this.changed();
  }
  getProtections(type: string): FakeProtection[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }
  toast(message: string, title = ''): void {
    this.toasts.push({ message, title });
  }
  getOwner(): FakeUser {
    return new FakeUser(this.calls, this.env.owner);
  }
}
