/** "Tính điểm và xếp hạng": validates, then rebuilds `Tổng hợp` and appends to `Lịch sử`. */
import { rankingLine } from '../core/outputs';
import { SHEET } from '../core/template';
import { appendHistory } from './history';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { refusalMessage } from './refusal';
import { writeSummary } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * With errors nothing is written, not even `Kiểm tra`: the run only reports them
 * (the sidebar lists them; "Kiểm tra dữ liệu" marks the cells).
 */
export function runCompute(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  if (ev.blocked) return { ev, action: 'compute', message: refusalMessage(ev), refused: true, reportUrl: '' };
  writeSummary(ss, ev);
  appendHistory(ss, ev, inputs.grids, '');
  return { ev, action: 'compute', message: `Đã xếp hạng ${ev.ranking.length} đơn vị (trang "${SHEET.summary}"): ${rankingLine(ev)}`, refused: false, reportUrl: '' };
}
