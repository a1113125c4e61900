/**
 * `Phiếu bầu` laid out again when the lists or scores change (cap-nhat, "Cập nhật Bảng
 * điểm"): the candidates come from the ranking the scores give before any vote, so a
 * tie the typed ballots already settle keeps its column. Only a ranking without
 * blocking errors decides the columns; otherwise the sheet stays and the reason is said.
 */
import { evaluate, type EvaluateOptions } from '../evaluate';
import { issueCounts } from '../outputs/outputs';
import type { RelayoutPlan } from './relayout-plan';
import { SHEET } from '../model/template';
import type { Grid, WorkbookGrids } from '../model/types';
import {
  allowsSecondRound,
  askedText,
  ballotStamp,
  candidatesOf,
  layBallotSheet,
  needsBallot,
  otherRankingBallots,
  relayStamp,
  tooWideBallot,
} from '../vote/ballot-sheet';
import { MAX_SHEET_COLUMNS } from '../model/cell-limit';
import { menuGuide } from '../model/guide';

export interface BallotRelay {
  /** The sheet to write; null when it is left as it is. */
  grid: Grid | null;
  /** What was done, for the run's message; null when there is no sheet and none to lay yet (a first update, before any score). */
  message: string | null;
}

/** `grids` as read before the update, with the sheets the plan lays out replaced by their new layout; `maxColumns`: a sheet's width. */
export function relayBallots(grids: WorkbookGrids, plan: RelayoutPlan, options: EvaluateOptions, maxColumns = MAX_SHEET_COLUMNS): BallotRelay {
  const { ballots, ...scored } = grids;
  for (const { role, layout } of plan.sheets) scored[role] = layout.grid;
  const ev = evaluate(scored, options);
  if (ev.blocked) {
    // Without the sheet there is nothing to leave as it was: scores still blank are the usual state of a first update.
    if (!ballots) return { grid: null, message: null };
    const { errors } = issueCounts(ev.issues);
    return { grid: null, message: `Chưa lập lại trang "${SHEET.ballots}": danh sách hoặc bảng điểm còn ${errors} lỗi nên chưa xếp hạng được.` };
  }
  const candidates = candidatesOf(ev);
  const stamp = ballotStamp(candidates, ev.settings.year);
  const other = otherRankingBallots(ballots, stamp);
  // Laying the sheet out for this ranking would pass those ballots off as its own.
  if (other !== null)
    return {
      grid: null,
      message: `${other}: chưa lập lại trang, và các phiếu đó không được tính cho xếp hạng này. Nếu là phiếu của lần bình xét khác, hãy chuyển chúng sang một trang khác (hoặc xóa), rồi chạy lại ${options.guide?.update ?? 'cập nhật'}.`,
    };
  const tooWide = tooWideBallot(candidates, allowsSecondRound(ev), options.guide ?? menuGuide(false), maxColumns);
  if (tooWide !== null) return { grid: null, message: tooWide };
  const asks = needsBallot(candidates);
  if (!asks && !ballots) return { grid: null, message: `Không lập trang "${SHEET.ballots}": kết quả xếp hạng không có đơn vị nào cần bình xét.` };
  if (!ballots)
    return {
      grid: layBallotSheet(candidates, stamp, [], allowsSecondRound(ev)),
      message: `Đã lập trang "${SHEET.ballots}" theo kết quả xếp hạng (${askedText(candidates)}): mỗi phiếu bầu nhập một dòng.`,
    };
  const what = asks ? ` (${askedText(candidates)})` : ', không còn đơn vị nào cần bình xét';
  return {
    grid: layBallotSheet(candidates, relayStamp(ballots, stamp), ballots, allowsSecondRound(ev)),
    message: `Đã lập lại trang "${SHEET.ballots}" theo kết quả xếp hạng${what}; phiếu đã nhập được giữ.`,
  };
}
