/**
 * Settings a document cannot be written truthfully without: its number, its date, the
 * meeting's time and place, its basis and sections. Left blank (a new year clears
 * them, "Cần điền cho năm …"), the document keeps room to write them by hand —
 * "Số:      /BC", "ngày …… tháng …… năm ……" — or goes without the part, and never
 * takes the day of the run instead. Whoever writes the document (the command, the
 * add-in's report and count) first adds a warning at each blank one's cell, so that
 * the clerk learns it from `Kiểm tra` and the run, not by reading the printed paper.
 */
import type { Evaluation } from '../model/evaluation';
import { CODE } from '../model/issues';
import { SETTINGS, SHEET } from '../model/template';
import { cleanText } from '../model/text';

const NEEDS = {
  report: { paper: 'báo cáo', keys: ['reportNumber', 'reportDate', 'basis', 'section1', 'section3'] },
  minutes: { paper: 'biên bản kiểm phiếu', keys: ['minutesNumber', 'voteDate', 'voteTime', 'votePlace', 'countingCommittee'] },
} as const;

/** Adds to `ev.issues` a warning at each blank setting the document about to be written needs. */
export function warnNeeded(ev: Evaluation, document: keyof typeof NEEDS): void {
  const { paper, keys } = NEEDS[document];
  for (const key of keys) {
    const value = ev.settings.values[key];
    if (value instanceof Date || cleanText(value) !== '') continue;
    const label = SETTINGS.find((d) => d.key === key)?.label ?? key;
    ev.issues.push({
      severity: 'warning',
      code: CODE.neededSetting,
      sheet: SHEET.settings,
      cell: ev.settings.cells[key] ?? 'A1',
      message: `Mục "${label}" còn trống: ${paper} để trống chỗ này (số, ngày chừa "……" để ghi tay; đoạn văn bỏ qua), không tự điền. Hãy điền mục này trước khi in và ký.`,
    });
  }
}
