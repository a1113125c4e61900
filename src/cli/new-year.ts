/**
 * `tinh-diem nam-moi <tệp.xlsx> [--nam NĂM]`: the workbook of the next year, from the
 * one of the year that ends, into a new file named for the new year; the input is
 * never written. What is kept, cleared and marked is the core's plan
 * (src/core/plans/new-year.ts); exceljs only rewrites the workbook around it, and a
 * cell it would not copy as stored refuses the step at that cell.
 */
import { resolve } from 'node:path';
import { COMMAND_GUIDE } from '../core/model/guide';
import { SHEET } from '../core/model/template';
import { planNewYear } from '../core/plans/new-year';
import { cellsNotCopied } from '../xlsx/cells-not-copied';
import { applyNewYear } from '../xlsx/new-year-workbook';
import { WorkbookError, loadWorkbook, readInputGrids } from '../xlsx/read-workbook';
import { validationsAsRanges } from '../xlsx/validation-ranges';
import { UsageError, type Command } from './args';
import { pathShower, readInput, refuseOverwrite, writeOutputs } from './files';
import { EXIT, type CliIo } from './io';
import { newYearPath } from './new-year-name';

export async function newYear(command: Extract<Command, { kind: 'newYear' }>, io: CliIo): Promise<number> {
  const input = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  const bytes = await readInput(input, show);
  const { grids, beyond } = await readInputGrids(bytes, show(input));
  const missing = (['settings', 'criteria', 'units', 'scores'] as const).filter((role) => !grids[role]).map((role) => `"${SHEET[role]}"`);
  if (missing.length > 0)
    throw new WorkbookError(
      `Tệp "${show(input)}" thiếu trang tính ${missing.join(', ')}, nên không phải tệp của một năm thi đua. Hãy chạy lệnh trên tệp các đơn vị đã nhập điểm.`,
    );
  // The sheets the new year drops or writes whole are not copied, so their cells need not survive exceljs.
  const notCopied = await cellsNotCopied(bytes, show(input), [SHEET.summary, SHEET.detail, SHEET.checks, SHEET.voteResults, SHEET.past]);
  const plan = planNewYear(grids, {
    guide: COMMAND_GUIDE,
    year: command.year ?? undefined,
    now: io.now(),
    user: command.runner ?? '',
    defaultDecimalSeparator: ',',
    reading: { beyond, notCopied },
  });
  // `--nam` not after the year that ends is a bad argument (exit 2), not data to fix.
  if (plan.refusal !== null && plan.badYear) throw new UsageError(plan.refusal);
  if (plan.refusal !== null) {
    for (const line of plan.refusal.split('\n')) io.out(line);
    return EXIT.blocked;
  }
  const output = newYearPath(input, command.outDir === null ? null : resolve(io.cwd, command.outDir), plan.fromYear, plan.toYear);
  if (resolve(output) === resolve(input))
    throw new WorkbookError(`Tệp kết quả trùng tệp nhập "${show(input)}"; tệp nhập không bao giờ bị ghi đè. Hãy chọn thư mục khác với --out.`);
  const otherwise = `hoặc chọn thư mục khác với --out; nếu các đơn vị đã nhập điểm năm ${plan.toYear} vào tệp đó, đừng ghi đè`;
  await refuseOverwrite([output], command.force, show, otherwise);
  const workbook = await loadWorkbook(bytes, show(input));
  applyNewYear(workbook, plan);
  validationsAsRanges(workbook);
  await writeOutputs([{ path: output, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) }], command.force, show, otherwise);
  for (const line of plan.message.split('\n')) io.out(line);
  io.out(
    `Đã ghi: ${show(output)} (tệp nhập giữ nguyên). Hãy điền các mục "Cần điền cho năm ${plan.toYear}" ở trang "${SHEET.settings}"; các đơn vị nhập điểm năm ${plan.toYear} vào tệp này, rồi chạy "tinh-diem ${show(output)}".`,
  );
  return EXIT.ok;
}
