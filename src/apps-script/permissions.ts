/**
 * "Phân quyền nhập liệu": applies the permissions plan of the core
 * (src/core/plans/permissions.ts): each unit edits only the score, deduction and reason
 * cells of its row of `Bảng điểm`; every other cell of every sheet is the owner's.
 * A protection the plan still wants is left as it is, so a second run costs one read
 * per protection; a unit's new row guard costs five or six calls (Google has no
 * batch call for protections).
 */
import { permissionsSummary, planPermissions, type PermissionsDone } from '../core/plans/permissions';
import { SHEET } from '../core/model/template';
import { rowLocks } from '../core/plans/submission';
import { GUIDE } from './build-kind';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { Guarding, guardScoreRows, guardSheet } from './protections';
import { NOT_SECRETARIAT, isSecretariat } from './secretariat';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function runPermissions(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  const outcome = (message: string, refused = false): Outcome => ({ ev, action: 'open', message, refused, reportUrl: '' });
  if (!isSecretariat(ss)) return outcome(NOT_SECRETARIAT, true);
  const sheets = ss.getSheets();
  // Rows locked after the deadline stay locked (src/core/plans/submission.ts).
  const plan = planPermissions({
    scores: inputs.grids.scores,
    units: ev.units,
    sheetNames: sheets.map((s) => s.getName()),
    guide: GUIDE,
    locks: rowLocks(inputs.grids.submissions, ev.units),
  });
  if (plan.refusal !== null) return outcome(plan.refusal, true);

  const g = new Guarding(ss);
  const done: PermissionsDone = { units: 0, refused: [], sheets: [], userProtected: [] };
  // Nothing outside `Bảng điểm` is for the units: those sheets first.
  plan.sheets.forEach((guard, i) => {
    if (guard.sheet === SHEET.scores) return;
    if (guardSheet(g, sheets[i], guard) === 'user') done.userProtected.push(guard.sheet);
    else done.sheets.push(guard.sheet);
  });
  const scoresGuard = plan.sheets.find((s) => s.sheet === SHEET.scores);
  const scores = inputs.ranges.scores?.getSheet();
  if (scoresGuard && scores) {
    if (scores.getMaxColumns() < plan.width) scores.insertColumnsAfter(scores.getMaxColumns(), plan.width - scores.getMaxColumns());
    const rows = guardScoreRows(g, scores, { guard: scoresGuard, rows: plan.rows, read: true, force: false });
    if (rows.user) done.userProtected.push(SHEET.scores);
    else done.sheets.push(SHEET.scores);
    const refused = new Set(rows.refused);
    done.refused = ev.units.filter((u) => refused.has(u.code)).map((u) => u.shortName || u.code);
    // A locked row has two guards (its explanation stays the unit's): count units, not guards.
    done.units = new Set(plan.rows.map((r) => r.unitCode)).size;
  }
  return outcome(permissionsSummary(plan, done, GUIDE));
}
