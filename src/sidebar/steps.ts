/**
 * The actions as chains of server calls, each step shown as it runs: computing
 * checks first, a report computes first, and a step with errors stops the chain.
 */
import type { SidebarData } from '../core/outputs/sidebar-data';
import { byId, el } from './dom';
import { asSidebarData, callServer, failureMessage, type ServerFunction } from './server';

export type Action = 'check' | 'compute' | 'report' | 'submit';
type StepState = 'waiting' | 'running' | 'done' | 'failed' | 'skipped' | 'stopped';

const STEP: Record<Action, { label: string; server: ServerFunction }> = {
  check: { label: 'Kiểm tra dữ liệu', server: 'sidebarCheck' },
  compute: { label: 'Tính điểm và xếp hạng', server: 'sidebarCompute' },
  report: { label: 'Tạo báo cáo', server: 'sidebarReport' },
  submit: { label: 'Nộp bảng điểm', server: 'sidebarSubmit' },
};

const CHAIN: Record<Action, Action[]> = {
  check: ['check'],
  compute: ['check', 'compute'],
  report: ['check', 'compute', 'report'],
  submit: ['submit'],
};

const STATE_TEXT: Record<StepState, string> = {
  waiting: 'chờ',
  running: 'đang chạy…',
  done: 'xong',
  failed: 'lỗi',
  skipped: 'bỏ qua: còn lỗi',
  stopped: 'không chạy',
};

function setState(row: HTMLLIElement, state: StepState): void {
  row.dataset.state = state;
  const stateCell = row.querySelector('.state');
  if (stateCell) stateCell.textContent = STATE_TEXT[state];
}

function stepRow(action: Action): HTMLLIElement {
  const row = el('li', '', '', [el('span', 'label', STEP[action].label), el('span', 'state')]);
  row.dataset.step = action;
  setState(row, 'waiting');
  return row;
}

/** Runs the chain of `action`, calling `show` with every step's data as soon as it arrives. */
export async function runChain(action: Action, show: (data: SidebarData) => void): Promise<void> {
  const chain = CHAIN[action];
  const rows = chain.map(stepRow);
  byId('progress').hidden = false;
  byId('steps').replaceChildren(...rows);
  const failure = byId('failure');
  failure.textContent = '';
  const said = byId('action-message');
  said.textContent = '';
  for (let i = 0; i < chain.length; i++) {
    setState(rows[i], 'running');
    let data: SidebarData;
    try {
      const answer = asSidebarData(await callServer(STEP[chain[i]].server));
      if (!answer) throw new Error('Máy chủ trả về kết quả không đọc được. Hãy tải lại trang tính rồi mở lại thanh bên.');
      data = answer;
    } catch (error) {
      setState(rows[i], 'failed');
      for (const row of rows.slice(i + 1)) setState(row, 'stopped');
      failure.textContent = `${STEP[chain[i]].label}: ${failureMessage(error)}`;
      return;
    }
    setState(rows[i], 'done');
    show(data);
    if (data.message) said.textContent = data.message;
    if (data.errors > 0 || data.blocked) {
      for (const row of rows.slice(i + 1)) setState(row, 'skipped');
      return;
    }
  }
}
