/**
 * The .xlsx live columns of `Bảng điểm` as earlier versions laid them, known exactly by
 * words only their formulas hold (messages those versions wrote into the formula, which
 * neither this version nor a person writes there). Their numbers and checks are not the
 * command's (the first ones read no rank bands), and nothing shows it until `cap-nhat`
 * lays them again: the command says so once, at the cell holding those words. A formula
 * that matches no known version (a person's own, or one this version laid) is never
 * called old: that would be a guess.
 */
import { cellRef } from '../model/a1';
import type { Guide } from '../model/guide';
import { CODE, IssueList } from '../model/issues';
import type { Issue } from '../model/types';
import { SHEET } from '../model/template';
import { LIVE_HEADERS } from './live-columns';

/** A formula cell of the first unit row of `Bảng điểm` as the file stores it (shared formulas hold their text there). */
export interface StoredFormula {
  cell: string;
  formula: string;
}

/** Words of each earlier version's live formulas, oldest first. */
export const OLDER_LIVE_WORDS: readonly string[] = [
  // The first native columns (before rank bands, places and the step were read): the check's range message and the maximum it names.
  `: ngoài 0–"&N('${SHEET.criteria}'!$`,
  // Bands and places read, a score typed as text judged in the formula: its warning.
  'số gõ dạng văn bản: lệnh tinh-diem đọc được, công thức thì không',
  // Any word in the check sent the row to the command (its total formula), and a cap or threshold typed as text was not read.
  ')>0,"Công thức không tính được dòng này',
];

/** One warning when the stored live formulas are an earlier version's (the command passes it to `evaluate`: the add-in has none). */
export function olderLiveFormulas(stored: readonly StoredFormula[], guide: Guide): Issue[] {
  // The oldest version's words first: a later version's words may be in an older one's formulas too (in another cell).
  const found = OLDER_LIVE_WORDS.map((words) => stored.find((f) => f.formula.includes(words))).find((f) => f !== undefined);
  if (!found) return [];
  const issues = new IssueList(guide);
  issues.warning(
    CODE.olderLiveFormulas,
    SHEET.scores,
    found.cell,
    `Các cột tính (${LIVE_HEADERS.join(', ')}) của trang "${SHEET.scores}" do một phiên bản cũ của chương trình lập (nhận ra ở công thức ô ${cellRef(SHEET.scores, found.cell)}): số và lời kiểm tra Excel hiện ở đó có thể khác kết quả của lệnh này. Hãy chạy ${guide.update} để lập lại các cột tính; điểm đã nhập được giữ.`,
  );
  return issues.items;
}
