/**
 * `tinh-diem cap-nhat <tệp.xlsx>`: lays `Bảng điểm` (and `Cụm chấm`) out again from
 * the lists into a new file; the input is never written. The input is read by the
 * same reader as the main command (what is moved is the exact stored value; a cell
 * that cannot be read refuses the update at its cell), and the new file is the
 * input package copied with only the changed sheets written (update-package.ts).
 */
import { resolve } from 'node:path';
import { COMMAND_GUIDE } from '../core/model/guide';
import { keptAsideRows, planRelayout, relayoutSummary, type RelayoutPlan } from '../core/plans/relayout-plan';
import { KEPT_ASIDE_HEADER, SHEET, isStatusHeader } from '../core/model/template';
import { withStatusColumn } from '../core/plans/submission';
import { IssueList } from '../core/model/issues';
import type { Grid } from '../core/model/types';
import { placeColumns } from '../core/read/parse-lists';
import { parseSettings } from '../core/read/parse-settings';
import { scoresSheet, type LiveSources } from '../core/sheets/template-sheets';
import { ballotTemplateSheet } from '../core/vote/ballot-sheet';
import { WorkbookError, readInputGrids } from '../xlsx/read-workbook';
import { relayBallots } from '../core/plans/relay-ballots';
import { updatedPackage } from '../xlsx/update-package';
import type { Command } from './args';
import { exists, pathShower, readInput, refuseOverwrite, writeOutputs } from './files';
import { EXIT, type CliIo } from './io';
import { newestOf, updatedPath } from './update-name';

/** What the live formulas read besides `Bảng điểm`: the input sheets as read exactly, and whether `Phiếu bầu` is written. */
interface LiveInputs {
  settings?: Grid;
  units?: Grid;
  ballots: boolean;
}

/** Where the live formulas of `Bảng điểm` read the settings and the places, and which optional sheets there are. */
function liveSources(inputs: LiveInputs, plan: RelayoutPlan): LiveSources {
  return {
    agreed: plan.sheets.some((s) => s.role === 'agreed'),
    ballots: inputs.ballots,
    places: placeColumns(inputs.units),
    ...(inputs.settings ? { settingCells: parseSettings(inputs.settings, new IssueList()).cells } : {}),
  };
}

export async function update(command: Extract<Command, { kind: 'update' }>, io: CliIo): Promise<number> {
  const input = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  const output = updatedPath(input, command.outDir === null ? null : resolve(io.cwd, command.outDir));
  const bytes = await readInput(input, show);
  // Decided from the input sheets as stored (as the check reads them), with the laid-out sheets' cell formats from the same pass.
  const { grids, beyond, formats } = await readInputGrids(bytes, show(input), ['scores', 'agreed']);
  const missing = (['criteria', 'units'] as const).filter((role) => !grids[role]).map((role) => `"${SHEET[role]}"`);
  if (missing.length > 0)
    throw new WorkbookError(
      `Tệp "${show(input)}" thiếu trang tính ${missing.join(', ')}. Hãy tạo bảng mẫu bằng lệnh "tinh-diem mau <tệp.xlsx>" rồi nhập danh sách vào đó.`,
    );
  if (resolve(output) === resolve(input))
    throw new WorkbookError(`Tệp kết quả trùng tệp nhập "${show(input)}"; tệp nhập không bao giờ bị ghi đè. Hãy chọn thư mục khác với --out.`);
  // The result already there may be the file the units now type into: replacing it would lose their scores.
  const newest = await newestOf(output, exists);
  const which = newest === output ? 'tệp đó' : `tệp mới nhất "${show(newest)}"`;
  const otherwise = `hoặc chọn thư mục khác với --out; nếu các đơn vị đã nhập điểm vào tệp đó, đừng ghi đè mà hãy sửa danh sách trong ${which} rồi chạy "tinh-diem cap-nhat ${show(newest)}"`;
  await refuseOverwrite([output], command.force, show, otherwise);

  const plan = planRelayout(grids, COMMAND_GUIDE, { beyond });
  if (plan.refusal !== null) {
    for (const line of plan.refusal.split('\n')) io.out(line);
    return EXIT.blocked;
  }
  const ballots = relayBallots(grids, plan, { defaultDecimalSeparator: ',', guide: COMMAND_GUIDE });
  const sources = liveSources({ settings: grids.settings, units: grids.units, ballots: !!grids.ballots || !!ballots.grid }, plan);
  const written = await updatedPackage(
    bytes,
    show(input),
    {
      scores: plan.sheets.map(({ role, sheet, layout }) => {
        const spec = scoresSheet(plan.criteria, sheet, plan.units.length, sources);
        return {
          spec,
          grid:
            role === 'scores'
              ? withStatusColumn(
                  layout.grid,
                  spec.columns.findIndex((c) => isStatusHeader(c.header)),
                  grids,
                  plan.units,
                )
              : layout.grid,
          rowFrom: layout.rowFrom,
          columnFrom: layout.columnFrom,
          formats: formats[role],
        };
      }),
      ballots: ballots.grid ? { spec: ballotTemplateSheet(ballots.grid), grid: ballots.grid } : null,
      keptAside: { name: SHEET.keptAside, header: KEPT_ASIDE_HEADER, rows: keptAsideRows(plan.keptAside, io.now()) },
    },
    io.now(),
  );
  await writeOutputs([{ path: output, bytes: written }], command.force, show, otherwise);
  io.out(
    plan.changed
      ? `Đã xếp lại ${relayoutSummary(plan)}`
      : `"${SHEET.scores}" đã theo đúng danh sách; tệp mới có định dạng và giới hạn điểm theo từng tiêu chí.`,
  );
  if (ballots.message !== null) io.out(ballots.message);
  io.out(`Đã ghi: ${show(output)} (tệp nhập giữ nguyên). Các đơn vị nhập điểm vào tệp này, rồi chạy "tinh-diem ${show(output)}".`);
  return EXIT.ok;
}
