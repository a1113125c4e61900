/**
 * `tinh-diem nop | mo-lai | tham-dinh <tệp.xlsx> --don-vi <mã> --nguoi <họ tên>`: a step of
 * the submission cycle recorded in a file, by the core's plans (src/core/plans/submission.ts)
 * that the add-in's menu items apply: a submission is refused while the unit's row has
 * errors (the cells named), and nothing is written. Otherwise the new workbook is the input
 * copied with the rows appended to `Nộp bài` and the status column of `Bảng điểm` filled
 * from the log (record-package.ts); the input is never written. Who did it is the person
 * named by --nguoi, never the computer's login.
 */
import { resolve } from 'node:path';
import { evaluateRead } from './evaluate-read';
import { COMMAND_GUIDE } from '../core/model/guide';
import { SHEET, isStatusHeader } from '../core/model/template';
import { nameKey } from '../core/model/text';
import { appendToLog, mergeLogs, planReopen, planReview, planSubmit, rosterOfLog, statusCells, type LogPlan } from '../core/plans/submission';
import { WorkbookError, readInputGrids } from '../xlsx/read-workbook';
import { recordedPackage } from '../xlsx/record-package';
import type { Command } from './args';
import { checkTemplateSheets } from './compute';
import { exists, pathShower, readInput, refuseOverwrite, writeOutputs } from './files';
import { EXIT, type CliIo } from './io';
import { newestOf, updatedPath } from './update-name';

export async function record(command: Extract<Command, { kind: 'record' }>, io: CliIo): Promise<number> {
  const input = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  const output = updatedPath(input, command.outDir === null ? null : resolve(io.cwd, command.outDir));
  if (resolve(output) === resolve(input))
    throw new WorkbookError(`Tệp kết quả trùng tệp nhập "${show(input)}"; tệp nhập không bao giờ bị ghi đè. Hãy chọn thư mục khác với --out.`);
  const bytes = await readInput(input, show);
  const read = await readInputGrids(bytes, show(input));
  const { grids } = read;
  checkTemplateSheets(grids, show(input));
  // The result already there is a newer file of the chain: the one to run on, named.
  const otherwise = `hoặc chọn thư mục khác với --out; tệp mới nhất là "${show(await newestOf(output, exists))}": hãy chạy lệnh trên tệp đó`;
  await refuseOverwrite([output], command.force, show, otherwise);
  const now = io.now();
  const ev = evaluateRead(read, now);
  const scores = grids.scores ?? [];

  const unknown = command.units.filter((code) => !ev.review.units.some((u) => nameKey(u.code) === nameKey(code)));
  if (unknown.length > 0) {
    io.out(`Không có đơn vị mã ${unknown.map((c) => `"${c}"`).join(', ')} trong trang "${SHEET.units}". Chưa có gì thay đổi.`);
    return EXIT.usage;
  }
  const plans: LogPlan[] = command.units.map((code) => {
    const unit = ev.review.units.find((u) => nameKey(u.code) === nameKey(code));
    if (!unit) throw new Error(`unit ${code} vanished`);
    if (command.action === 'submit') return planSubmit(ev, scores, unit, command.who, now, COMMAND_GUIDE);
    if (command.action === 'reopen') return planReopen(unit, command.reason, command.who, now);
    return planReview(unit, command.who, now);
  });
  const refusals = plans.filter((p) => p.refusal !== null);
  if (refusals.length > 0) {
    for (const p of refusals) for (const line of (p.refusal ?? '').split('\n')) io.out(line);
    io.out(`Chưa ghi tệp nào${plans.length > 1 ? ' (không đơn vị nào được ghi)' : ''}.`);
    return EXIT.blocked;
  }

  // The plans' rows as one block (the add-in's log form), placed under the sheet's own header.
  const merged = mergeLogs(plans);
  const appended = appendToLog(grids.submissions, { header: merged[0].map(String), rows: merged.slice(1) });
  const log = [appended.header, ...(grids.submissions ?? []).slice(1), ...appended.rows];
  // The status column from the whole log, by the add-in's core: only the cells whose text changes are written.
  const col = (scores[0] ?? []).findIndex(isStatusHeader);
  const wanted = col < 0 ? [] : statusCells(rosterOfLog(log, ev.units, ev.review.deadline), scores);
  const cells = wanted.flatMap((text, i) => (text === String(scores[i + 1][col] ?? '') ? [] : [{ row: i + 2, col, text }]));
  const written = await recordedPackage(
    bytes,
    show(input),
    { log: { name: SHEET.submissions, header: appended.header, added: appended.added, rows: appended.rows }, status: { name: SHEET.scores, cells } },
    now,
  );
  await writeOutputs([{ path: output, bytes: written }], command.force, show, otherwise);
  for (const p of plans) io.out(p.message);
  if (col < 0) io.out(`"${SHEET.scores}" chưa có cột "Trạng thái nộp": hãy chạy ${COMMAND_GUIDE.update} để thêm cột này.`);
  io.out(`Đã ghi: ${show(output)} (tệp nhập giữ nguyên). Từ nay hãy dùng tệp này.`);
  return EXIT.ok;
}
