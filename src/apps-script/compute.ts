/** "Tính điểm và xếp hạng": validates, then rebuilds `Tổng hợp` and appends to `Lịch sử`. */
import { rankingLine } from '../core/outputs/outputs';
import { SHEET } from '../core/model/template';
import { appendHistory } from './history';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { refusalMessage } from './refusal';
import { writeSummary } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A toast holds a few lines; the whole ranking is in the sheet and the sidebar. */
const TOAST_RANKS = 3;

/**
 * With errors nothing is written, not even `Kiểm tra`: the run only reports them
 * (the sidebar lists them; "Kiểm tra dữ liệu" marks the cells).
 */
export function runCompute(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  if (ev.blocked) return { ev, action: 'compute', message: refusalMessage(ev), refused: true, reportUrl: '' };
  const { sheet } = writeSummary(ss, ev);
  appendHistory(ss, ev, inputs.grids, '');
  // The message sends the user to Tổng hợp: it is shown, not the last sheet the run rebuilt.
  sheet.activate();
  const top = rankingLine({ ...ev, ranking: ev.ranking.slice(0, TOAST_RANKS) });
  return {
    ev,
    action: 'compute',
    message: `Đã xếp hạng ${ev.ranking.length} đơn vị, xem trang "${SHEET.summary}". Dẫn đầu: ${top}`,
    refused: false,
    reportUrl: '',
  };
}
