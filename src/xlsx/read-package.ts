/**
 * The parts of an .xlsx package the input reader needs: which part holds which
 * sheet, the shared strings, which cell styles show numbers as dates, and the
 * workbook's date system. Only these are read; the rest of the package is not.
 */
import JSZip from 'jszip';
import { nameKey } from '../core/model/text';
import { checkFileKind, macroEnabled, otherFormat, workbookTypeProblem, zipKind } from './file-kind';
import { INDEX_PART, SHARED_STRINGS_PART, STYLES_PART, damaged, detached, notXlsx, sheetPart, streamXml } from './read-xml';
import { WorkbookError } from './workbook-error';
import { entryNames } from '../ooxml/zip-entries';

export interface SheetPart {
  name: string;
  path: string;
}

export interface Package {
  zip: JSZip;
  fileName: string;
  /** The workbook part ("xl/workbook.xml"). */
  workbookPath: string;
  sheets: SheetPart[];
  sharedStrings: string[];
  /** Indexes of the cell styles (`s` attribute) whose number format shows a date or time. */
  dateStyles: Set<number>;
  /** Indexes of the cell styles whose number format shows a number as a percent (0.28 as 28%). */
  percentStyles: Set<number>;
  /** Serial day 0 is 1904-01-01 (old Mac files) instead of 1899-12-30. */
  date1904: boolean;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format is a date when, outside quoted text, escapes and [colour] tags, it uses d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[(?!h\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare.split(';')[0]);
}

/** The built-in percent formats (0%, 0.00%) and a custom one showing % outside quoted text and escapes. */
const BUILT_IN_PERCENTS = new Set([9, 10]);
const isPercentFormat = (code: string): boolean =>
  code
    .replace(/"[^"]*"|\\.|_.|\*./g, '')
    .split(';')[0]
    .includes('%');

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the root. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

export const relsOf = (path: string): string => resolvePart(path, `_rels/${path.split('/').pop()}.rels`);

export async function relationships(zip: JSZip, path: string, fileName: string): Promise<Map<string, { type: string; target: string }>> {
  const found = new Map<string, { type: string; target: string }>();
  if (!zip.file(path)) return found;
  await streamXml(
    zip,
    path,
    {
      open(name, a) {
        const [id, target] = name === 'Relationship' ? [a.get('Id'), a.get('Target')] : [];
        if (id && target) found.set(id, { type: a.get('Type') ?? '', target });
      },
    },
    fileName,
    INDEX_PART,
  );
  return found;
}

/** OOXML writes characters XML cannot carry as _xHHHH_ (a line break is _x000D_); _x005F_ escapes the underscore. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Shared strings: the text of each <si>, its runs joined, phonetic guides (<rPh>) left out. */
async function readSharedStrings(zip: JSZip, path: string | undefined, fileName: string): Promise<string[]> {
  const strings: string[] = [];
  if (!path || !zip.file(path)) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await streamXml(
    zip,
    path,
    {
      open(name, _, selfClosing) {
        if (name === 'si') current = [];
        else if (name === 'rPh' && !selfClosing) phonetic++;
        else if (name === 't' && !selfClosing && phonetic === 0) inText = true;
        if (name === 'si' && selfClosing) {
          strings.push('');
          current = null;
        }
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si' && current) {
          strings.push(detached(unescapeOoxml(current.join(''))));
          current = null;
        }
      },
      text(text) {
        if (inText && current) current.push(text);
      },
    },
    fileName,
    SHARED_STRINGS_PART,
  );
  return strings;
}

async function readNumberStyles(zip: JSZip, path: string | undefined, fileName: string): Promise<Pick<Package, 'dateStyles' | 'percentStyles'>> {
  const dateStyles = new Set<number>();
  const percentStyles = new Set<number>();
  if (!path || !zip.file(path)) return { dateStyles, percentStyles };
  const customDates = new Set<number>();
  const customPercents = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await streamXml(
    zip,
    path,
    {
      open(name, a, selfClosing) {
        if (name === 'numFmt' && isDateFormat(a.get('formatCode') ?? '')) customDates.add(Number(a.get('numFmtId')));
        else if (name === 'numFmt' && isPercentFormat(a.get('formatCode') ?? '')) customPercents.add(Number(a.get('numFmtId')));
        else if (name === 'cellXfs' && !selfClosing) inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(a.get('numFmtId') ?? 0);
          if (BUILT_IN_DATES.has(id) || customDates.has(id)) dateStyles.add(index);
          else if (BUILT_IN_PERCENTS.has(id) || customPercents.has(id)) percentStyles.add(index);
          index++;
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
    fileName,
    STYLES_PART,
  );
  return { dateStyles, percentStyles };
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
export const WORKSHEET = /\/worksheet$/;
const VBA_PROJECT = /\/vbaProject$/;

/** Excel allows 31 characters in a sheet's name, and opens no workbook with a longer one. */
const MAX_SHEET_NAME = 31;

/** The content type `[Content_Types].xml` declares for `path` (an override, else its extension's default). */
async function contentTypeOf(zip: JSZip, path: string, fileName: string): Promise<string | undefined> {
  const CONTENT_TYPES = '[Content_Types].xml';
  if (!zip.file(CONTENT_TYPES)) return undefined;
  const part = `/${path}`.toLowerCase();
  const extension = path.split('.').pop()?.toLowerCase();
  let override: string | undefined;
  let byExtension: string | undefined;
  await streamXml(
    zip,
    CONTENT_TYPES,
    {
      open(name, a) {
        if (name === 'Override' && a.get('PartName')?.toLowerCase() === part) override = a.get('ContentType');
        else if (name === 'Default' && a.get('Extension')?.toLowerCase() === extension) byExtension = a.get('ContentType');
      },
    },
    fileName,
    INDEX_PART,
  );
  return override ?? byExtension;
}

/**
 * Refuses a package that lists one part twice, naming the part: jszip keeps the last of
 * two entries of one name, Excel another, so the file says two things. Part names
 * compare without case (Open Packaging Conventions).
 */
function refuseRepeatedEntries(names: readonly string[], fileName: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.replace(/^\/+/, '').toLowerCase();
    if (seen.has(key)) {
      throw new WorkbookError(
        `Tệp "${fileName}" chứa hai lần phần "${name}" (tệp bị sửa bằng công cụ nén hoặc do chương trình khác tạo?), nên không biết bản nào là đúng. Hãy mở tệp bằng Excel, kiểm tra dữ liệu rồi lưu lại thành tệp mới.`,
      );
    }
    seen.add(key);
  }
}

/**
 * Two sheets whose names differ only by spaces, case or the way the accents were typed
 * are one name to a reader (and to the lookup by `nameKey`): which one holds the data
 * cannot be decided, so the file is refused naming both.
 */
function refuseLookalikeSheets(names: readonly string[], fileName: string): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = nameKey(name);
    const before = seen.get(key);
    if (before !== undefined) {
      throw new WorkbookError(
        `Tệp "${fileName}" có hai trang tính "${before}" và "${name}", tên chỉ khác nhau ở khoảng trắng, chữ hoa chữ thường hoặc cách gõ dấu, nên không biết trang nào là trang cần đọc. Hãy xóa hoặc đổi tên một trong hai trang rồi lưu lại.`,
      );
    }
    seen.set(key, name);
  }
  const tooLong = names.find((name) => name.length > MAX_SHEET_NAME);
  if (tooLong !== undefined) {
    throw new WorkbookError(
      `Trang tính "${tooLong}" của tệp "${fileName}" có tên dài hơn ${MAX_SHEET_NAME} ký tự, Excel không cho phép. Hãy đổi tên trang tính cho ngắn hơn rồi lưu lại.`,
    );
  }
}

/**
 * Opens the package and reads its workbook part, shared strings and styles; sheets are
 * read later, on demand. Every command opens a workbook here, so each refusal (another
 * format, a part stored twice, a macro-enabled workbook, look-alike sheet names) is
 * the same for all of them.
 */
export async function openPackage(bytes: Uint8Array, fileName: string): Promise<Package> {
  checkFileKind(bytes, fileName);
  const entries = entryNames(bytes);
  refuseRepeatedEntries(entries, fileName);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw damaged(fileName);
  }
  const root = await relationships(zip, '_rels/.rels', fileName);
  const workbookPath = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target.replace(/^\//, '') ?? 'xl/workbook.xml';
  // Another zip (an .ods, a .docx renamed .xlsx) has no workbook part.
  if (!zip.file(workbookPath)) {
    const kind = zipKind(entries, zip.file('mimetype') ? await (zip.file('mimetype') as JSZip.JSZipObject).async('string') : null);
    throw kind ? otherFormat(fileName, kind) : notXlsx(fileName);
  }
  const typeProblem = workbookTypeProblem(await contentTypeOf(zip, workbookPath, fileName), fileName);
  if (typeProblem) throw typeProblem;
  const rels = await relationships(zip, relsOf(workbookPath), fileName);
  if ([...rels.values()].some((r) => VBA_PROJECT.test(r.type))) throw macroEnabled(fileName);
  const byType = (suffix: string): string | undefined => {
    const found = [...rels.values()].find((r) => r.type.endsWith(suffix));
    return found && resolvePart(workbookPath, found.target);
  };
  const sheets: SheetPart[] = [];
  const names: string[] = [];
  let date1904 = false;
  await streamXml(
    zip,
    workbookPath,
    {
      open(name, a) {
        if (name === 'workbookPr') date1904 = a.get('date1904') === '1' || a.get('date1904') === 'true';
        if (name !== 'sheet') return;
        const sheetName = a.get('name');
        if (sheetName !== undefined) names.push(sheetName);
        const id = a.withLocalName('id');
        const rel = id ? rels.get(id) : undefined;
        if (sheetName !== undefined && rel && WORKSHEET.test(rel.type)) sheets.push({ name: sheetName, path: resolvePart(workbookPath, rel.target) });
      },
    },
    fileName,
    INDEX_PART,
  );
  // Another zip (an .odt renamed .xlsx) may have no worksheets.
  if (sheets.length === 0) throw notXlsx(fileName);
  refuseLookalikeSheets(names, fileName);
  return {
    zip,
    fileName,
    workbookPath,
    sheets,
    sharedStrings: await readSharedStrings(zip, byType('/sharedStrings'), fileName),
    ...(await readNumberStyles(zip, byType('/styles'), fileName)),
    date1904,
  };
}

/** How many cells all the worksheets of a package store, counted while streaming (nothing kept). */
export async function countStoredCells(pkg: Package): Promise<number> {
  let cells = 0;
  for (const sheet of pkg.sheets) {
    await streamXml(pkg.zip, sheet.path, { open: (name) => void (name === 'c' && cells++) }, pkg.fileName, sheetPart(sheet.name));
  }
  return cells;
}
