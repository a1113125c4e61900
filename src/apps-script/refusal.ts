/** The dialog text when errors block ranking: the first few errors and how many there are. */
import { cellRef } from '../core/model/a1';
import { issueCounts } from '../core/outputs/outputs';
import { COUNT_FAILED_TEXT } from '../core/vote/vote';
import type { Evaluation } from '../core/model/evaluation';

const SHOWN = 10;

export function refusalMessage(ev: Evaluation): string {
  const errors = ev.issues.filter((i) => i.severity === 'error');
  const { warnings } = issueCounts(ev.issues);
  const lines = errors.slice(0, SHOWN).map((i, k) => `${k + 1}. ${cellRef(i.sheet, i.cell)}: ${i.message}`);
  const more = errors.length > SHOWN ? [`… và ${errors.length - SHOWN} lỗi khác.`] : [];
  const head = !ev.blocked
    ? `${COUNT_FAILED_TEXT} Chưa có gì thay đổi.`
    : errors.length > 0
      ? `Chưa thể xếp hạng: còn ${errors.length} lỗi${warnings > 0 ? ` và ${warnings} cảnh báo` : ''}. Chưa có gì thay đổi.`
      : 'Chưa thể xếp hạng: chưa có đơn vị, tiêu chí hoặc bảng điểm. Chưa có gì thay đổi.';
  return [head, '', ...lines, ...more, '', 'Chạy "Kiểm tra dữ liệu" để đánh dấu các ô cần sửa.'].join('\n');
}
