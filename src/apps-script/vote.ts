/**
 * "Kiểm phiếu và lập biên bản": the council's vote in the add-in. Without ballots it
 * lays `Phiếu bầu` out from the current ranking (one column per candidate and per
 * tie; values typed under a header that stays are kept) and asks for the ballots.
 * With ballots it counts them, rebuilds `Tổng hợp` and `Kết quả bỏ phiếu`, and writes
 * the biên bản kiểm phiếu and the tờ trình into two NEW Google Docs.
 */
import { formatDateTime } from '../core/model/dates';
import { SHEET } from '../core/model/template';
import { allowsSecondRound, askedText, ballotStamp, candidatesOf, layBallotSheet, needsBallot, tooWideBallot } from '../core/vote/ballot-sheet';
import { GUIDE } from './build-kind';
import { buildLetter } from '../core/documents/letter';
import { buildMinutes } from '../core/documents/minutes';
import { hasBallots } from '../core/vote/vote';
import { voteSheet } from '../core/outputs/vote-sheet';
import type { OutCell } from '../core/model/output-sheet';
import type { Grid } from '../core/model/types';
import { ensureSize, makeRoom, writeCells } from './block';
import { appendHistory } from './history';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { replaceSheet } from './output-sheet';
import { insertSheet } from './protections';
import { refusalMessage } from './refusal';
import { renderGoogleDoc } from './report-doc';
import { writeLaidOut } from './sheet-layout';
import { relayLiveFormulas } from './live-formulas';
import { writeSummary } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes the laid-out ballot sheet in one block; cells typed before stay in their columns,
 * text stays text. The block covers the old one (`before`) so that no row left below it
 * (a blank row dropped moves the ballots up) is read as a ballot twice.
 */
export function writeBallotSheet(ss: Spreadsheet, grid: Grid, before?: { rows: number; columns: number }): void {
  const existing = ss.getSheetByName(SHEET.ballots);
  const sheet = existing ?? insertSheet(ss, SHEET.ballots);
  const width = Math.max(before?.columns ?? 0, ...grid.map((r) => r.length));
  const height = Math.max(before?.rows ?? 0, grid.length);
  const cells = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c): OutCell => {
      const v = grid[r]?.[c];
      return typeof v === 'number' || typeof v === 'string' || v instanceof Date ? v : String(v ?? '');
    }),
  );
  // A fresh sheet grows whether it must or not: the calls stay the same for 3 columns or 300.
  (existing ? ensureSize : makeRoom)(sheet, cells.length, width);
  writeCells(sheet, 1, cells);
  sheet.setFrozenRows(1);
}

export function runVote(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  if (ev.blocked) return { ev, action: 'compute', message: refusalMessage(ev), refused: true, reportUrl: '' };
  const ballots = inputs.grids.ballots;
  if (!hasBallots(ballots)) {
    const candidates = candidatesOf(ev);
    if (!needsBallot(candidates)) {
      return {
        ev,
        action: 'compute',
        message: 'Kết quả xếp hạng không có đơn vị nào cần bình xét (không đề nghị danh hiệu, không có đồng hạng): không cần bỏ phiếu.',
        refused: true,
        reportUrl: '',
      };
    }
    const tooWide = tooWideBallot(candidates, allowsSecondRound(ev), GUIDE);
    if (tooWide !== null) return { ev, action: 'compute', message: tooWide, refused: true, reportUrl: '' };
    writeBallotSheet(ss, layBallotSheet(candidates, ballotStamp(candidates, ev.settings.year), ballots, allowsSecondRound(ev)));
    // The live ranks settle ties by these ballots, as the count does: their formulas must read the new sheet.
    if (!inputs.ranges.ballots) relayLiveFormulas(ss);
    const asked = askedText(candidates);
    return {
      ev,
      action: 'compute',
      message: `Đã lập trang "${SHEET.ballots}" theo kết quả xếp hạng (${asked}). Hãy nhập mỗi phiếu một dòng, rồi chạy lại để kiểm phiếu.`,
      refused: false,
      reportUrl: '',
    };
  }
  const vote = ev.vote;
  if (!vote) return { ev, action: 'compute', message: refusalMessage(ev), refused: true, reportUrl: '' };
  writeSummary(ss, ev);
  replaceSheet(ss, SHEET.voteResults, (s) => writeLaidOut(s, voteSheet(ev, vote)));
  if (!vote.counted) {
    appendHistory(ss, ev, inputs.grids, '');
    return {
      ev,
      action: 'compute',
      message: `Chưa kiểm phiếu được: còn lỗi trong trang "${SHEET.ballots}" hoặc "${SHEET.settings}" (xem thanh bên hoặc chạy Kiểm tra dữ liệu). Chưa tạo biên bản và tờ trình.`,
      refused: true,
      reportUrl: '',
    };
  }
  const now = new Date();
  const stamp = ` (${formatDateTime(now)})`;
  const minutes = buildMinutes(ev, vote);
  const letter = buildLetter(ev, vote);
  const minutesDoc = renderGoogleDoc(minutes, { title: minutes.title + stamp });
  const letterDoc = renderGoogleDoc(letter, { title: letter.title + stamp });
  appendHistory(ss, ev, inputs.grids, minutesDoc.url);
  return {
    ev,
    action: 'compute',
    message: `Đã kiểm ${vote.returned} phiếu (${vote.valid} hợp lệ), ghi "${SHEET.voteResults}" và "${SHEET.summary}", tạo biên bản kiểm phiếu: ${minutesDoc.url} và tờ trình: ${letterDoc.url}`,
    refused: false,
    reportUrl: minutesDoc.url,
  };
}
