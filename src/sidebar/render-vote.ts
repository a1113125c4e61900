/**
 * The council's count in the sidebar: ballots, each award candidate against the threshold, each tie's order;
 * with two rounds, each round in turn under its own heading; then the head's decision when it was theirs.
 */
import type { SidebarCount, SidebarVote } from '../core/outputs/sidebar-vote';
import { SHEET } from '../core/model/template';
import { byId, el } from './dom';

function awardItem(a: SidebarCount['awards'][number]): HTMLLIElement {
  const li = el('li', a.passed ? 'passed' : 'failed', '', [el('strong', '', a.unit), document.createTextNode(`: ${a.result}`)]);
  li.appendChild(el('span', 'verdict', a.passed ? 'Đạt' : 'Không đạt'));
  li.dataset.unit = a.code;
  return li;
}

function tieItem(t: SidebarCount['ties'][number]): HTMLLIElement {
  const order = t.votes.map((v) => `${v.unit} ${v.votes} phiếu${v.rank === null ? '' : ` → hạng ${v.rank}`}`).join('; ');
  const li = el('li', t.settled ? 'passed' : 'failed', '', [el('strong', '', `Đồng hạng ${t.rank}`), document.createTextNode(`: ${order}`)]);
  // A vote that placed some units (3, 1 and 1 votes) names those it left tied rather than call the whole tie unsettled.
  const verdict = t.settled ? 'Đã phân định' : t.stillTied || 'Vẫn bằng phiếu';
  li.appendChild(el('span', 'verdict', verdict));
  return li;
}

export function renderVote(vote: SidebarVote | null | undefined): void {
  byId('vote').hidden = !vote;
  if (!vote) return;
  const rounds = vote.counted && vote.rounds.length > 1 ? vote.rounds : [];
  // With rounds, each round states its own ballots (the first's are these).
  byId('vote-ballots').hidden = rounds.length > 0;
  byId('vote-ballots').textContent = vote.ballots.map((b) => `${b.label}: ${b.count}`).join(' · ');
  byId('vote-threshold').textContent = vote.counted
    ? `Ngưỡng đạt: ${vote.threshold}.`
    : `Chưa kiểm được phiếu: còn lỗi ở trang "${SHEET.ballots}" hoặc "${SHEET.settings}" (xem bên dưới).`;
  const count = (c: SidebarCount): HTMLLIElement[] => [...c.awards.map(awardItem), ...c.ties.map(tieItem)];
  byId('vote-awards').replaceChildren(...(vote.counted && rounds.length === 0 ? vote.awards.map(awardItem) : []));
  byId('vote-ties').replaceChildren(...(vote.counted && rounds.length === 0 ? vote.ties.map(tieItem) : []));
  byId('vote-rounds').replaceChildren(
    ...rounds.flatMap((r) => [
      el('h3', '', `Vòng ${r.round}`),
      el('p', 'hint', r.ballots.map((b) => `${b.label}: ${b.count}`).join(' · ')),
      el('ul', 'vote', '', count(r)),
    ]),
  );
  const head = byId('vote-head');
  head.hidden = !vote.counted || vote.headDecision === null;
  head.textContent = vote.headDecision
    ? `Cụm trưởng và Cụm phó quyết định: ${vote.headDecision}`
    : `Sau vòng cuối vẫn còn nội dung chưa quyết định được: Cụm trưởng và Cụm phó quyết định (ghi vào trang "${SHEET.settings}").`;
}
