/**
 * The runs an earlier summary recorded in `Lịch sử` that a new summary should
 * keep. Offline the command never writes its input, so a summary made again
 * (`--force`) would otherwise lose the runs only the summary it replaces held.
 * A run is known by its time and its input fingerprint together: the input's
 * own `Lịch sử` (when the input is itself a former summary) already carries some
 * of them, and those are not written twice.
 */
import type { OutCell } from '../model/output-sheet';
import { formatDateTime } from '../model/dates';
import { HISTORY_HEADER, SHEET } from '../model/template';
import { type CellValue, type Grid, isEmptyCell } from '../model/types';
import { UnreadCell } from '../model/unread-cell';

const TIME = HISTORY_HEADER.indexOf('Thời gian');
/** The column by its place: a `Lịch sử` written before the title was reworded still matches. */
const FINGERPRINT = HISTORY_HEADER.indexOf('Mã nhận dạng dữ liệu (để đối chiếu lần chạy)');

/** Time and fingerprint as one text; a date-time compares by its instant. */
function runKey(row: readonly CellValue[]): string {
  const part = (value: CellValue): string => (value instanceof Date ? `t${value.getTime()}` : `v${String(value ?? '')}`);
  return `${part(row[TIME])}|${part(row[FINGERPRINT])}`;
}

/** A stored value as the writer takes it: what it cannot hold exactly is kept as the text the file had. */
function asOutCell(value: CellValue): OutCell {
  if (value instanceof UnreadCell) return value.stored;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  return isEmptyCell(value) ? '' : String(value);
}

/** The rows below the header of `previous` that hold a value and whose run `input`'s rows (header or not) do not have, in their order. */
export function earlierRuns(previous: Grid, input: Grid): OutCell[][] {
  const known = new Set(input.map(runKey));
  return previous
    .slice(1)
    .filter((row) => row.some((value) => !isEmptyCell(value)) && !known.has(runKey(row)))
    .map((row) => Array.from({ length: HISTORY_HEADER.length }, (_, c) => asOutCell(row[c])));
}

const REPORT = HISTORY_HEADER.indexOf('Báo cáo');

/**
 * Said when `file` is a summary the command wrote from exactly the data it holds: it has
 * `Tổng hợp`, and the last run its `Lịch sử` records has this data's `fingerprint` and names its
 * report as a .docx file (the add-in names a link, or nothing after *Tính điểm*). Run on again, it
 * only copies that result into `output` under a longer name, which a clerk who picked the wrong
 * file should be told. A former summary whose data was edited since, or a Google Sheets download,
 * is a cluster's file: null (so is a summary whose run wrote no report, a vote held back: not told apart).
 */
export function summaryRunAgain(
  history: Grid | undefined,
  hasSummarySheet: boolean,
  fingerprint: () => string,
  files: { input: string; output: string },
): string | null {
  if (!hasSummarySheet || !history) return null;
  const last = [...history.slice(1)].reverse().find((row) => row.some((value) => !isEmptyCell(value)));
  if (!last || !/^[^/\\:]+\.docx$/i.test(String(last[REPORT] ?? '').trim()) || String(last[FINGERPRINT] ?? '') !== fingerprint()) return null;
  const time = last[TIME];
  const when = time instanceof Date ? ` lúc ${formatDateTime(time)}` : '';
  return `Lưu ý: tệp "${files.input}" là bảng tổng hợp do tinh-diem ghi (trang "${SHEET.history}" có lần chạy${when} trên đúng dữ liệu của tệp, kết quả ở trang "${SHEET.summary}"), nên lần chạy này chỉ chép lại kết quả đó sang "${files.output}". Hãy chạy trên tệp của Cụm (tệp các đơn vị nhập điểm), không chạy trên tệp tổng hợp.`;
}
