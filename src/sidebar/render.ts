/** Draws a `SidebarData` (or the empty state) into the page skeleton of sidebar.html. */
import { cellRef } from '../core/model/a1';
import { correctionCount } from '../core/model/correction-words';
import { SEVERITY_LABEL } from '../core/outputs/outputs';
import type { SidebarData, SidebarIssue, SidebarIssueGroup, SidebarRankRow, SidebarReview } from '../core/outputs/sidebar-data';
import { SHEET } from '../core/model/template';
import { byId, el } from './dom';
import { renderVote } from './render-vote';
import { asSidebarData } from './server';

export type SelectCell = (issue: SidebarIssue, button: HTMLButtonElement) => void;

function counts(data: SidebarData): HTMLElement[] {
  return [
    el('span', data.errors > 0 ? 'count error' : 'count', `${data.errors} lỗi`),
    el('span', data.warnings > 0 ? 'count warning' : 'count', `${data.warnings} cảnh báo`),
    el('span', 'count', `${data.unitCount} đơn vị`),
    ...(data.notes > 0 ? [el('span', 'count note', `${data.notes} ghi chú`)] : []),
  ];
}

function rankRow(r: SidebarRankRow): HTMLTableRowElement {
  const detail = [r.grade, r.note, r.comparison].filter(Boolean).join('; ');
  const name = el('td', '', '', [document.createTextNode(r.unit)]);
  if (detail) name.appendChild(el('span', 'detail', detail));
  return el('tr', '', '', [el('td', '', String(r.rank)), name, el('td', '', r.total)]);
}

function issueButton(issue: SidebarIssue, select: SelectCell): HTMLLIElement {
  const button = el('button', `issue ${issue.severity}`, '', [
    el('span', 'where', `${SEVERITY_LABEL[issue.severity]} · ${cellRef(issue.sheet, issue.cell)}`),
    el('span', 'message', issue.message),
  ]);
  button.type = 'button';
  button.dataset.sheet = issue.sheet;
  button.dataset.cell = issue.cell;
  button.addEventListener('click', () => select(issue, button));
  return el('li', '', '', [button]);
}

function groupCounts(g: SidebarIssueGroup): string {
  return [g.errors > 0 ? `${g.errors} lỗi` : '', g.warnings > 0 ? `${g.warnings} cảnh báo` : ''].filter(Boolean).join(' · ');
}

function issueGroup(g: SidebarIssueGroup, open: boolean, select: SelectCell): HTMLDetailsElement {
  const summary = el('summary', '', '', [document.createTextNode(g.title), document.createTextNode(' '), el('span', 'group-counts', `(${groupCounts(g)})`)]);
  const details = el('details', 'group', '', [
    summary,
    el(
      'ul',
      '',
      '',
      g.issues.map((i) => issueButton(i, select)),
    ),
  ]);
  details.open = open;
  if (g.unit) details.dataset.unit = g.unit;
  return details;
}

/** Who has submitted, the deadline, and each unit's corrections with their reasons and its explanation. */
function renderReview(review: SidebarReview | null | undefined): void {
  byId('submissions').hidden = !review;
  byId('corrections').hidden = !review || review.corrections.length === 0;
  if (!review) return;
  byId('deadline').textContent = review.deadline ? `Hạn nộp: ${review.deadline}` : '';
  byId('not-submitted').textContent = review.notSubmitted.length > 0 ? `Chưa nộp: ${review.notSubmitted.join(', ')}` : 'Mọi đơn vị đã nộp.';
  byId('submission-units').replaceChildren(
    ...review.units.map((u) => {
      const item = el('li', '', '', [el('strong', '', u.unit), document.createTextNode(`: ${u.status}`)]);
      if (u.detail) item.appendChild(el('span', 'detail', u.detail));
      item.dataset.unit = u.code;
      return item;
    }),
  );
  byId('correction-units').replaceChildren(
    ...review.corrections.map((c) => {
      const list = el(
        'ul',
        '',
        '',
        c.items.map((i) => el('li', '', `${i.what}: ${i.change}. Lý do: ${i.reason}`)),
      );
      const block = el('details', 'group', '', [el('summary', '', `${c.unit} (${correctionCount(c.items.length)})`), list]);
      if (c.explanation) block.appendChild(el('p', 'hint', `Giải trình: ${c.explanation}`));
      block.dataset.unit = c.code;
      block.open = true;
      return block;
    }),
  );
}

export function render(data: SidebarData | null, select: SelectCell): void {
  byId('empty').hidden = data !== null;
  byId('results').hidden = data === null;
  byId('title').textContent = data?.title || 'Tính điểm thi đua';
  byId('headline').textContent = data?.headline ?? '';
  if (!data) return;

  byId('counts').replaceChildren(...counts(data));

  const link = byId<HTMLAnchorElement>('report-link');
  byId('report').hidden = data.reportUrl === '';
  if (data.reportUrl) link.href = data.reportUrl;
  else link.removeAttribute('href');

  byId('ranking').hidden = data.ranking.length === 0;
  byId('ranking-rows').replaceChildren(...data.ranking.map(rankRow));
  byId('ranking-more').textContent = data.rankedCount > data.ranking.length ? `Bảng xếp hạng đủ ${data.rankedCount} đơn vị ở trang "${SHEET.summary}".` : '';

  renderVote(data.vote);
  renderReview(data.review);

  byId('issues').hidden = data.groups.length === 0;
  // With errors, warning-only groups are folded so that what blocks the ranking comes first.
  byId('groups').replaceChildren(...data.groups.map((g) => issueGroup(g, g.errors > 0 || data.errors === 0, select)));

  // Notes need no action: their own section, after what does.
  const notes = data.noteList ?? [];
  byId('notes').hidden = notes.length === 0;
  byId('note-items').replaceChildren(...notes.map((i) => issueButton(i, select)));
}

/** The data the server embedded in the page, or null when it embedded none. */
export function initialData(): SidebarData | null {
  const text = byId('initial-data').textContent?.trim() ?? '';
  if (!text) return null;
  try {
    return asSidebarData(JSON.parse(text));
  } catch {
    return null;
  }
}
