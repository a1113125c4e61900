/**
 * `tinh-diem <tệp.xlsx>`: read, check, score, rank, then write the summary
 * workbook (a copy of the input plus the output sheets) and the report. With
 * `--json` the files are written only when `--out` names a folder, so that
 * `tinh-diem x.xlsx --json > r.json` prints the result and can be run again.
 */
import { basename, dirname, resolve } from 'node:path';
import { evaluateRead } from './evaluate-read';
import { fingerprint } from '../core/model/fingerprint';
import { summaryRunAgain } from '../core/outputs/earlier-runs';
import { nameKey } from '../core/model/text';
import { HISTORY_HEADER_ROW, checksSheet, detailSheet, historyRow, shortNames, summarySheet } from '../core/outputs/outputs';
import { buildReport } from '../core/documents/build-report';
import { INPUT_ROLES, OPTIONAL_ROLES, SHEET } from '../core/model/template';
import { isEmptyCell, type Grid, type WorkbookGrids } from '../core/model/types';
import type { Evaluation } from '../core/model/evaluation';
import { printedBlock } from '../core/sheets/print-layout';
import { buildLetter } from '../core/documents/letter';
import { buildMinutes } from '../core/documents/minutes';
import { countFailed, COUNT_FAILED_TEXT, hasBallots } from '../core/vote/vote';
import { voteSheet } from '../core/outputs/vote-sheet';
import { renderDocx } from '../docx/render-docx';
import { WorkbookError, readInputGrids, readNamedSheet } from '../xlsx/read-workbook';
import { summaryPackage } from '../xlsx/summary-package';
import { printedSummaryChart } from '../core/outputs/summary-chart';
import type { Command } from './args';
import { type ShowPath, exists, pathShower, readInput, refuseOverwrite, writeOutputs } from './files';
import { EXIT, type CliIo } from './io';
import { jsonResult, jsonText } from './json-output';
import { staleVoteDocs, staleVoteDocsWarning } from './stale-vote-docs';
import { awardText, ballotNextStep, issueLines, rankingTable, reviewText, voteText } from './terminal';
import { updatedPath } from './update-name';

/** Sheets without which there is nothing to compute: the file is not a cluster workbook. */
const REQUIRED = INPUT_ROLES.filter((role) => !OPTIONAL_ROLES.includes(role));

export function outputPaths(input: string, outDir: string | null): { summary: string; report: string; minutes: string; letter: string } {
  const dir = outDir ?? dirname(input);
  const name = basename(input).replace(/\.[^.]+$/, '');
  return {
    summary: resolve(dir, `${name}-tong-hop.xlsx`),
    report: resolve(dir, `${name}-bao-cao.docx`),
    minutes: resolve(dir, `${name}-bien-ban-kiem-phieu.docx`),
    letter: resolve(dir, `${name}-to-trinh.docx`),
  };
}

export function checkTemplateSheets(grids: WorkbookGrids, shown: string): void {
  const missing = REQUIRED.filter((role) => !grids[role]).map((role) => `"${SHEET[role]}"`);
  if (missing.length > 0) {
    throw new WorkbookError(
      `Tệp "${shown}" thiếu trang tính ${missing.join(', ')} của bảng mẫu. Hãy tạo bảng mẫu bằng lệnh "tinh-diem mau <tệp.xlsx>" hoặc đổi tên trang tính cho đúng.`,
    );
  }
}

/** The input package with the output sheets written into it (see summary-package.ts). */
function summaryWorkbook(
  bytes: Uint8Array,
  fileName: string,
  ev: Evaluation,
  inputFingerprint: string,
  reportName: string,
  run: { now: Date; user: string; previous: Grid; scoresPrinted: { rows: number; columns: number } },
): Promise<Uint8Array> {
  const summary = summarySheet(ev, reportName);
  return summaryPackage(
    bytes,
    fileName,
    {
      sheets: [
        { name: SHEET.summary, content: summary, chart: printedSummaryChart(ev, summary) },
        { name: SHEET.detail, content: detailSheet(ev) },
        { name: SHEET.checks, content: checksSheet(ev.issues, shortNames(ev.units)) },
        ...(ev.vote ? [{ name: SHEET.voteResults, content: voteSheet(ev, ev.vote) }] : []),
      ],
      printAreas: [{ name: SHEET.scores, ...run.scoresPrinted }],
      linkedSheet: SHEET.checks,
      history: {
        name: SHEET.history,
        header: HISTORY_HEADER_ROW,
        row: historyRow(ev, { time: run.now, user: run.user, fingerprint: inputFingerprint, reportUrl: reportName }),
        previous: run.previous,
      },
    },
    run.now,
  );
}

/**
 * `Lịch sử` of the summary about to be replaced (`--force`), whose runs the new
 * one keeps: the command never writes its input, so they are nowhere else. One
 * that cannot be read does not stop the run; `warning` says why it is not carried.
 */
async function previousHistory(path: string, show: ShowPath): Promise<{ grid: Grid; warning: string | null }> {
  if (!(await exists(path))) return { grid: [], warning: null };
  try {
    return { grid: (await readNamedSheet(await readInput(path, show), show(path), SHEET.history)) ?? [], warning: null };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      grid: [],
      warning: `Không giữ được các lần chạy trước trong "${SHEET.history}" của tệp cũ "${show(path)}" (tệp mới chỉ có các dòng của tệp đầu vào và lần chạy này), vì: ${why}`,
    };
  }
}

/**
 * The input sheets read (from their stored XML; the summary later copies the package's other
 * parts as they are) and evaluated. Of the cells only what the rest of the run needs is kept —
 * whether the ballot sheet has its header, their fingerprint when files are written — so that they are
 * garbage before the outputs are written (about 60 MB at 10,000 units × 100 criteria).
 * `beforeEvaluating` is told whether ballots were typed.
 */
async function evaluateInput(
  bytes: Uint8Array,
  shown: string,
  summaryShown: string,
  writesFiles: boolean,
  now: Date,
  beforeEvaluating: (voted: boolean) => Promise<void>,
): Promise<{ ev: Evaluation; ballotHeader: boolean; inputFingerprint: string; summaryAgain: string | null; scoresPrinted: { rows: number; columns: number } }> {
  const read = await readInputGrids(bytes, shown);
  const { grids } = read;
  checkTemplateSheets(grids, shown);
  await beforeEvaluating(hasBallots(grids.ballots));
  const ev = evaluateRead(read, now);
  // A sheet without its header (a new year cleared it) is laid again by cap-nhat before any ballot is typed.
  const ballotHeader = (grids.ballots?.[0] ?? []).some((cell) => !isEmptyCell(cell));
  const inputFingerprint = writesFiles && !ev.blocked ? fingerprint(grids) : '';
  // Only a run that writes files copies a summary into another one.
  const summaryAgain = inputFingerprint
    ? summaryRunAgain(
        grids.history,
        read.sheetNames.some((n) => nameKey(n) === nameKey(SHEET.summary)),
        () => inputFingerprint,
        { input: shown, output: summaryShown },
      )
    : null;
  return { ev, ballotHeader, inputFingerprint, summaryAgain, scoresPrinted: printedBlock(grids.scores ?? []) };
}

export async function compute(command: Extract<Command, { kind: 'compute' }>, io: CliIo): Promise<number> {
  const input = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  const progress = (line: string): void => {
    if (!command.json) io.err(line);
  };
  const outputs = outputPaths(input, command.outDir === null ? null : resolve(io.cwd, command.outDir));
  const writesFiles = !command.json || command.outDir !== null;

  progress(`Đọc tệp ${show(input)}…`);
  const bytes = await readInput(input, show);
  const otherwise = 'hoặc chọn thư mục khác với --out';
  const now = io.now();
  const { ev, ballotHeader, inputFingerprint, summaryAgain, scoresPrinted } = await evaluateInput(
    bytes,
    show(input),
    show(outputs.summary),
    writesFiles,
    now,
    async (voted) => {
      if (writesFiles)
        await refuseOverwrite([outputs.summary, outputs.report, ...(voted ? [outputs.minutes, outputs.letter] : [])], command.force, show, otherwise);
      progress('Kiểm tra dữ liệu…');
    },
  );
  if (ev.blocked) {
    if (command.json) io.outPieces(jsonText(jsonResult(ev)));
    else {
      for (const line of [...reviewText(ev, now), ...issueLines(ev.issues)]) io.out(line);
      io.out('Dữ liệu còn lỗi nên chưa xếp hạng và chưa ghi tệp nào. Hãy sửa các ô nêu trên rồi chạy lại.');
    }
    return EXIT.blocked;
  }

  progress('Tính điểm và xếp hạng…');
  if (!writesFiles) {
    io.outPieces(jsonText(jsonResult(ev)));
    return EXIT.ok;
  }
  // A count that does not hold is only shown in Kết quả bỏ phiếu and Kiểm tra: no document states a result.
  const held = countFailed(ev);
  // Lịch sử and Tổng hợp name the report only when this run writes one.
  const reportName = held ? '' : basename(outputs.report);
  const previous = command.force ? await previousHistory(outputs.summary, show) : { grid: [], warning: null };
  if (command.json) for (const warning of [previous.warning, summaryAgain]) if (warning) io.err(warning);
  progress(`Ghi tệp tổng hợp ${show(outputs.summary)}…`);
  // The documents' bytes (about 30 MB at 10,000 units × 100 criteria) live only in this call:
  // the result printed afterwards (`--json` makes one of 20 MB there) does not hold them too.
  const writeDocuments = async (): Promise<NonNullable<Evaluation['vote']> | null> => {
    const summary = await summaryWorkbook(bytes, show(input), ev, inputFingerprint, reportName, {
      now,
      user: command.runner ?? '',
      previous: previous.grid,
      scoresPrinted,
    });
    if (!held) progress(`Tạo báo cáo ${show(outputs.report)}…`);
    const report = held ? null : await renderDocx(buildReport(ev));
    const vote = ev.vote?.counted ? ev.vote : null;
    if (vote) progress(`Lập biên bản kiểm phiếu và tờ trình…`);
    const voteDocs = vote
      ? [
          { path: outputs.minutes, bytes: await renderDocx(buildMinutes(ev, vote)) },
          { path: outputs.letter, bytes: await renderDocx(buildLetter(ev, vote)) },
        ]
      : [];
    await writeOutputs(
      [{ path: outputs.summary, bytes: summary }, ...(report ? [{ path: outputs.report, bytes: report }] : []), ...voteDocs],
      command.force,
      show,
      otherwise,
    );
    return vote;
  };
  const vote = await writeDocuments();

  const stale = (await staleVoteDocs([...(held ? [outputs.report] : []), outputs.minutes, outputs.letter], vote !== null)).map(show);
  if (command.json) {
    io.outPieces(jsonText(jsonResult(ev, stale)));
    return held ? EXIT.blocked : EXIT.ok;
  }
  const awards = [...voteText(ev), ...awardText(ev)];
  const written = [outputs.summary, ...(held ? [] : [outputs.report]), ...(vote ? [outputs.minutes, outputs.letter] : [])].map(
    (p, i) => `${i === 0 ? 'Đã ghi: ' : '        '}${show(p)}`,
  );
  const nextStep = ballotNextStep(ev, show(input), show(updatedPath(input, null)), ballotHeader);
  for (const line of [
    ...rankingTable(ev),
    '',
    ...awards,
    ...(awards.length > 0 ? [''] : []),
    ...reviewText(ev, now),
    ...issueLines(ev.issues),
    '',
    ...written,
    ...nextStep,
    ...staleVoteDocsWarning(stale),
    ...(previous.warning ? [previous.warning] : []),
    ...(summaryAgain ? [summaryAgain] : []),
    ...(held ? ['', COUNT_FAILED_TEXT] : []),
  ])
    io.out(line);
  return held ? EXIT.blocked : EXIT.ok;
}
