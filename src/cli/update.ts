/**
 * `tinh-diem cap-nhat <tệp.xlsx>`: lays `Bảng điểm` (and `Cụm chấm`) out again from
 * the lists into a new file; the input is never written. What is moved comes from
 * the exact reading of the input sheets; a cell that cannot be read, or that the
 * rewrite through exceljs would not copy as stored, refuses the update at its cell.
 */
import { resolve } from 'node:path';
import { COMMAND_GUIDE } from '../core/model/guide';
import { keptAsideRows, planRelayout, relayoutSummary } from '../core/plans/relayout-plan';
import { SHEET } from '../core/model/template';
import { cellsNotCopied } from '../xlsx/cells-not-copied';
import { WorkbookError, loadWorkbook, readInputGrids } from '../xlsx/read-workbook';
import { relayBallots } from '../core/plans/relay-ballots';
import { applyRelayout, replaceBallotSheet } from '../xlsx/relayout-workbook';
import { validationsAsRanges } from '../xlsx/validation-ranges';
import type { Command } from './args';
import { pathShower, readInput, refuseOverwrite, writeOutputs } from './files';
import { EXIT, type CliIo } from './io';
import { updatedPath } from './update-name';

export async function update(command: Extract<Command, { kind: 'update' }>, io: CliIo): Promise<number> {
  const input = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  const output = updatedPath(input, command.outDir === null ? null : resolve(io.cwd, command.outDir));
  const bytes = await readInput(input, show);
  // Decided from the input sheets as stored (as the check reads them); exceljs only rewrites the workbook.
  const { grids, beyond } = await readInputGrids(bytes, show(input));
  const missing = (['criteria', 'units'] as const).filter((role) => !grids[role]).map((role) => `"${SHEET[role]}"`);
  if (missing.length > 0) throw new WorkbookError(`Tệp "${show(input)}" thiếu trang tính ${missing.join(', ')}. Hãy tạo bảng mẫu bằng lệnh "tinh-diem mau <tệp.xlsx>" rồi nhập danh sách vào đó.`);
  if (resolve(output) === resolve(input)) throw new WorkbookError(`Tệp kết quả trùng tệp nhập "${show(input)}"; tệp nhập không bao giờ bị ghi đè. Hãy chọn thư mục khác với --out.`);
  // The result already there may be the file the units now type into: replacing it would lose their scores.
  const otherwise = `hoặc chọn thư mục khác với --out; nếu các đơn vị đã nhập điểm vào tệp đó, đừng ghi đè mà hãy sửa danh sách trong tệp đó rồi chạy "tinh-diem cap-nhat ${show(output)}"`;
  await refuseOverwrite([output], command.force, show, otherwise);

  const notCopied = await cellsNotCopied(bytes, show(input), [SHEET.scores, SHEET.agreed]);
  const plan = planRelayout(grids, COMMAND_GUIDE, { beyond, notCopied });
  if (plan.refusal !== null) {
    for (const line of plan.refusal.split('\n')) io.out(line);
    return EXIT.blocked;
  }
  const workbook = await loadWorkbook(bytes, show(input));
  const ballots = relayBallots(grids, plan, { defaultDecimalSeparator: ',', guide: COMMAND_GUIDE });
  applyRelayout(workbook, plan, keptAsideRows(plan.keptAside, io.now()), { settings: grids.settings, units: grids.units, ballots: !!grids.ballots || !!ballots.grid });
  if (ballots.grid) replaceBallotSheet(workbook, ballots.grid);
  validationsAsRanges(workbook);
  await writeOutputs([{ path: output, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) }], command.force, show, otherwise);
  io.out(plan.changed ? `Đã xếp lại ${relayoutSummary(plan)}` : `"${SHEET.scores}" đã theo đúng danh sách; tệp mới có định dạng và giới hạn điểm theo từng tiêu chí.`);
  if (ballots.message !== null) io.out(ballots.message);
  io.out(`Đã ghi: ${show(output)} (tệp nhập giữ nguyên). Các đơn vị nhập điểm vào tệp này, rồi chạy "tinh-diem ${show(output)}".`);
  return EXIT.ok;
}
