/** Entry of the sidebar page (bundled for the browser by scripts/build-sidebar.ts). */
import { cellRef } from '../core/model/a1';
import type { SidebarIssue } from '../core/outputs/sidebar-data';
import { byId } from './dom';
import { initialData, render } from './render';
import { callServer, failureMessage } from './server';
import { runChain, type Action } from './steps';

const BUTTONS: Record<Action, string> = { check: 'run-check', compute: 'run-compute', report: 'run-report', submit: 'run-submit' };

function selectCell(issue: SidebarIssue, button: HTMLButtonElement): void {
  for (const other of Array.from(document.querySelectorAll('.issue[aria-current]'))) other.removeAttribute('aria-current');
  button.setAttribute('aria-current', 'true');
  callServer('sidebarSelectCell', issue.sheet, issue.cell).catch((error: unknown) => {
    byId('progress').hidden = false;
    byId('failure').textContent = `Không chọn được ô ${cellRef(issue.sheet, issue.cell)}: ${failureMessage(error)}`;
  });
}

async function start(action: Action): Promise<void> {
  const buttons = Object.values(BUTTONS).map((id) => byId<HTMLButtonElement>(id));
  for (const b of buttons) b.disabled = true;
  byId('empty').hidden = true;
  try {
    await runChain(action, (data) => render(data, selectCell));
  } finally {
    for (const b of buttons) b.disabled = false;
    // A chain that failed before any answer leaves no results: the empty state comes back.
    byId('empty').hidden = !byId('results').hidden;
    // A disabled button loses focus; give it back so the keyboard user stays in place.
    byId(BUTTONS[action]).focus();
  }
}

render(initialData(), selectCell);
for (const action of Object.keys(BUTTONS) as Action[]) {
  byId(BUTTONS[action]).addEventListener('click', () => void start(action));
}
