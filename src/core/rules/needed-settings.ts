/**
 * Settings a document cannot be written truthfully without: its number, its date, the
 * meeting's time and place, its basis and sections. Left blank (a new year clears
 * them, "Cần điền cho năm …"), the document keeps room to write them by hand —
 * "Số:      /BC", "ngày …… tháng …… năm ……" — or goes without the part, and never
 * takes the day of the run instead. `evaluate` warns at each blank one's cell in every
 * run — the check, the ranking, the sidebar, the dossier, the documents — so that the
 * clerk learns it from `Kiểm tra` before any paper is written, not by reading it printed.
 */
import { CODE, type IssueList } from '../model/issues';
import { SETTINGS, SHEET } from '../model/template';
import { cleanText } from '../model/text';
import type { Settings } from '../model/types';

const NEEDS = {
  report: { paper: 'báo cáo', keys: ['reportNumber', 'reportDate', 'basis', 'section1', 'section3'] },
  minutes: { paper: 'biên bản kiểm phiếu', keys: ['minutesNumber', 'voteDate', 'voteTime', 'votePlace', 'countingCommittee'] },
} as const;

/** A warning at each blank setting the `document` needs (the minutes: once the council's ballots are counted). */
export function checkNeededSettings(settings: Settings, document: keyof typeof NEEDS, issues: IssueList): void {
  const { paper, keys } = NEEDS[document];
  for (const key of keys) {
    const value = settings.values[key];
    // At the row's own cell only: a missing or blank `Cấu hình` is one issue of its own, not ten at A1.
    const cell = settings.cells[key];
    if (!cell || value instanceof Date || cleanText(value) !== '') continue;
    const label = SETTINGS.find((d) => d.key === key)?.label ?? key;
    issues.warning(
      CODE.neededSetting,
      SHEET.settings,
      cell,
      `Mục "${label}" còn trống: ${paper} để trống chỗ này (số, ngày chừa "……" để ghi tay; đoạn văn bỏ qua), không tự điền. Hãy điền mục này trước khi in và ký.`,
    );
  }
}
