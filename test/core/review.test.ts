/** The submission and review rules of the core: statuses from the log, the snapshot compared, evidence, the deadline. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { SHEET, SUBMISSIONS_HEADER, evidenceHeader } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { parseDateTime } from '../../src/core/read/parse-settings';
import { mergeLogs, planLock, planSubmit, rowLocks, statusCells } from '../../src/core/plans/submission';
import { menuGuide } from '../../src/core/model/guide';
import { sidebarReview } from '../../src/core/outputs/sidebar-data';
import { twoCriteria } from '../helpers/cluster';

const full = (code: string, scores: CellValue[] = [10, '', 10, '']) => ({ code, scores });
const at = (d: number, h = 9, m = 0): Date => new Date(2026, 11, d, h, m);
/** A `Nộp bài` with the snapshot columns of twoCriteria's `Bảng điểm`. */
const TITLES = ['Chuẩn 1', 'Thưởng 1', 'Chuẩn 2', 'Thưởng 2', 'Điểm trừ', 'Lý do trừ', evidenceHeader('1'), evidenceHeader('2')];
const log = (...rows: CellValue[][]): Grid => [[...SUBMISSIONS_HEADER, ...TITLES], ...rows];
const submitted = (unit: string, day: number, values: CellValue[] = [10, '', 10, '']): CellValue[] => [
  at(day),
  unit,
  'nộp',
  `${unit.toLowerCase()}@x.vn`,
  '',
  ...values,
];

describe('statuses from Nộp bài', () => {
  it('reads each unit’s latest events in row order: submitted, reopened with its reason, reviewed, locked', () => {
    const grids = twoCriteria([full('A'), full('B'), full('C'), full('D')]);
    const ev = evaluate({
      ...grids,
      submissions: log(
        submitted('A', 1),
        submitted('B', 1),
        [at(2), 'B', 'mở lại', 'thuky@x.vn', 'Sai tiêu chí 2'],
        submitted('C', 1),
        [at(3), 'C', 'thẩm định', 'thuky@x.vn', ''],
        [at(4), 'C', 'khóa', 'thuky@x.vn', ''],
      ),
    });
    expect(ev.review.units.map((u) => [u.code, u.status, u.locked, u.reopenReasons])).toEqual([
      ['A', 'submitted', false, []],
      ['B', 'reopened', false, ['Sai tiêu chí 2']],
      ['C', 'reviewed', true, []],
      ['D', 'entering', false, []],
    ]);
    expect(ev.review.units[0]).toMatchObject({ submittedAt: at(1), submittedBy: 'a@x.vn', statusText: 'đã nộp' });
    expect(statusCells(ev, grids.scores)).toEqual(['đã nộp 01/12/2026 09:00', 'mở lại: Sai tiêu chí 2', 'đã thẩm định 01/12/2026 09:00; đã khóa', 'đang nhập']);
    expect(rowLocks(log(submitted('C', 1), [at(4), 'C', 'khóa', 't@x.vn', '']), ev.units)).toEqual([
      { unitCode: 'C', why: 'đã nộp lúc 01/12/2026 09:00, khóa sau hạn nộp' },
    ]);
  });

  it('warns at a row of the log that names no unit or no known event, and counts it not', () => {
    const ev = evaluate({ ...twoCriteria([full('A')]), submissions: log([at(1), 'Z', 'nộp'], [at(1), 'A', 'gửi']) });
    expect(ev.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['BAD_SUBMISSION', SHEET.submissions, 'B2'],
      ['BAD_SUBMISSION', SHEET.submissions, 'C3'],
    ]);
    expect(ev.review.units[0].status).toBe('entering');
  });
});

describe('a submitted row compared with what was submitted', () => {
  it('warns at each changed cell, the number in the cluster’s decimal mark, and says nothing of an unchanged one typed as text', () => {
    const grids = twoCriteria([full('A', [9.5, 2, '10', ''])], { decimalSeparator: ',' });
    const ev = evaluate({ ...grids, submissions: log(submitted('A', 1, [9, 2, 10, ''])) });
    const changed = ev.issues.filter((i) => i.code === 'CHANGED_AFTER_SUBMISSION');
    expect(changed.map((i) => [i.cell, i.unit])).toEqual([['C2', 'A']]);
    expect(changed[0].message).toMatch(/^Chuẩn 1 đổi từ 9 thành 9,5 sau khi nộp \(A nộp lúc 01\/12\/2026 09:00\)/);
  });

  it('compares nothing while the row is reopened, and a new submission is the new reference', () => {
    const grids = twoCriteria([full('A', [8, '', 10, ''])]);
    const reopened = evaluate({ ...grids, submissions: log(submitted('A', 1), [at(2), 'A', 'mở lại', 't', 'sửa']) });
    expect(reopened.issues.filter((i) => i.code === 'CHANGED_AFTER_SUBMISSION')).toEqual([]);
    const again = evaluate({ ...grids, submissions: log(submitted('A', 1), [at(2), 'A', 'mở lại', 't', 'sửa'], submitted('A', 3, [8, '', 10, ''])) });
    expect(again.issues).toEqual([]);
  });
});

describe('evidence behind a bonus', () => {
  it('is an error or a warning as Cấu hình says, at the bonus cell; a cell without a link is a warning; blank rule: counted only', () => {
    const scores = (rule: string) => {
      const grids = twoCriteria([full('A', [10, 2, 10, '']), full('B', [10, 3, 10, ''])], { evidenceRule: rule });
      grids.scores[2][8] = 'xem tệp đính kèm';
      return grids;
    };
    const strict = evaluate(scores('lỗi'));
    expect(strict.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['error', 'BONUS_WITHOUT_EVIDENCE', 'D2'],
      ['warning', 'EVIDENCE_NOT_LINK', 'I3'],
      ['error', 'BONUS_WITHOUT_EVIDENCE', 'D3'],
    ]);
    expect(
      evaluate(scores('cảnh báo'))
        .issues.filter((i) => i.code === 'BONUS_WITHOUT_EVIDENCE')
        .map((i) => i.severity),
    ).toEqual(['warning', 'warning']);
    const counted = evaluate(scores(''));
    expect(counted.issues.map((i) => i.code)).toEqual(['EVIDENCE_NOT_LINK']);
    expect(counted.review.units.map((u) => [u.bonuses, u.bonusesWithEvidence])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });
});

describe('the deadline', () => {
  it('reads a date as the end of that day, or a date with its time', () => {
    expect(parseDateTime('10/12/2026', true)).toEqual(new Date(2026, 11, 10, 23, 59, 59, 999));
    expect(parseDateTime('17:00 10/12/2026', true)).toEqual(new Date(2026, 11, 10, 17, 0));
    expect(parseDateTime('10/12/2026 8h30', true)).toEqual(new Date(2026, 11, 10, 8, 30));
    expect(parseDateTime('25:00 10/12/2026', true)).toBe('bad');
    expect(parseDateTime(new Date(2026, 11, 10), true)).toEqual(new Date(2026, 11, 10, 23, 59, 59, 999));
  });

  it('notes the time left and who has not submitted, then warns once passed; the lock waits for it', () => {
    const grids = { ...twoCriteria([full('A'), full('B')], { deadline: '10/12/2026' }), submissions: log(submitted('A', 1)) };
    const before = evaluate(grids, { now: at(8, 12) });
    expect(before.issues).toEqual([
      expect.objectContaining({
        severity: 'note',
        code: 'DEADLINE',
        sheet: SHEET.settings,
        message: 'Hạn nộp 10/12/2026 23:59 (còn 2 ngày 11 giờ); 1/2 đơn vị chưa nộp: B.',
      }),
    ]);
    expect(planLock(before, 't', at(8, 12)).refusal).toContain('Chưa hết hạn nộp');
    const after = evaluate(grids, { now: at(11, 8) });
    expect(after.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'DEADLINE_PASSED',
        message: 'Hạn nộp 10/12/2026 23:59 (đã quá hạn 8 giờ); 1/2 đơn vị chưa nộp: B.',
      }),
    ]);
    const lock = planLock(after, 't', at(11, 8));
    expect(lock.units).toEqual(['A']);
    expect(lock.message).toContain('Chưa nộp đúng hạn (dòng để mở): B.');
  });
});

describe('a late submission', () => {
  // `Hạn nộp` 05/12/2026 is the end of that day, 23:59:59.999 in the spreadsheet's time (the Dates here are local, as the core's are).
  const on = (unit: string, when: Date): CellValue[] => [when, unit, 'nộp', 'x@x.vn', '', 10, '', 10, ''];
  const reopen = (unit: string, when: Date): CellValue[] => [when, unit, 'mở lại', 't@x.vn', 'Sửa'];
  const codes = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
  const grids = {
    ...twoCriteria(
      codes.map((c) => full(c)),
      { deadline: '05/12/2026' },
    ),
    submissions: log(
      on('A', at(1)), // in time
      on('B', at(6, 10)), // 10 hours after 05/12 23:59:59.999, minutes cut
      on('C', at(1)),
      reopen('C', at(3)), // reopened before the deadline: nothing of C stood at it…
      on('C', at(6, 15)), // …so this one is 15 hours late
      on('D', at(1)),
      reopen('D', at(6, 9)), // reopened after the deadline: D's submission stood at it…
      on('D', at(6, 11)), // …and the next one is not late
      on('E', at(5, 23, 59)), // the deadline's last minute
      on('F', at(6, 0, 0)), // one millisecond late
      on('H', at(6, 8)),
      reopen('H', at(6, 9)), // submitted late, then reopened: not submitted now
      on('I', at(1)),
      reopen('I', at(6, 9)), // reopened after the deadline, not yet submitted again
    ),
  };
  const now = at(7, 12); // 1 day 12 hours after the deadline

  it('is named with how late at the deadline’s cell, on each status line and in the lock’s message; a resubmission after a later reopening is not late', () => {
    const ev = evaluate(grids, { now });
    expect(ev.review.units.filter((u) => u.lateAt).map((u) => [u.code, u.lateAt])).toEqual([
      ['B', at(6, 10)],
      ['C', at(6, 15)],
      ['F', at(6, 0, 0)],
    ]);
    expect(ev.issues.filter((i) => i.code === 'DEADLINE_PASSED')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: SHEET.settings,
        message:
          'Hạn nộp 05/12/2026 23:59 (đã quá hạn 1 ngày 12 giờ); 3/9 đơn vị chưa nộp: G, H, I; 3/9 đơn vị nộp sau hạn: B (10 giờ), C (15 giờ), F (dưới 1 phút).',
      }),
    ]);
    expect(sidebarReview(ev, now)?.units.map((u) => u.status)).toEqual([
      'đã nộp',
      'đã nộp, nộp sau hạn 10 giờ',
      'đã nộp, nộp sau hạn 15 giờ',
      'đã nộp',
      'đã nộp',
      'đã nộp, nộp sau hạn dưới 1 phút',
      'đang nhập',
      'mở lại',
      'mở lại',
    ]);
    const lock = planLock(ev, 't', now);
    expect(lock.units).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(lock.message).toContain(' Chưa nộp đúng hạn (dòng để mở): G, H, I. Nộp sau hạn: B (10 giờ), C (15 giờ), F (dưới 1 phút).');
    // Submitting now: H (late already) and G (never) are told how late; I, whose submission stood at the deadline, is not.
    const guide = menuGuide(false);
    const unit = (code: string) => ev.review.units[codes.indexOf(code)];
    expect(planSubmit(ev, grids.scores, unit('G'), 'g@x.vn', now, guide).message).toContain('Lưu ý: nộp sau hạn 1 ngày 12 giờ (hạn nộp 05/12/2026 23:59).');
    expect(planSubmit(ev, grids.scores, unit('H'), 'h@x.vn', now, guide).message).toContain('Lưu ý: nộp sau hạn');
    expect(planSubmit(ev, grids.scores, unit('I'), 'i@x.vn', now, guide).message).not.toContain('sau hạn');
  });

  it('is still named once every unit has submitted (a note then), against a deadline with its hour', () => {
    const two = { ...twoCriteria([full('A'), full('B')], { deadline: '17:00 05/12/2026' }), submissions: log(on('A', at(5, 17)), on('B', at(5, 17, 1))) };
    const ev = evaluate(two, { now });
    expect(ev.issues).toEqual([
      expect.objectContaining({
        severity: 'note',
        code: 'DEADLINE',
        message: 'Hạn nộp 05/12/2026 17:00 (đã quá hạn 1 ngày 19 giờ); mọi đơn vị đã nộp; 1/2 đơn vị nộp sau hạn: B (1 phút).',
      }),
    ]);
    const lock = planLock(ev, 't', now);
    expect(lock.message).toContain(' Nộp sau hạn: B (1 phút).');
    expect(lock.message).not.toContain('đúng hạn');
  });
});

describe('a submission', () => {
  it('is refused while the row has an error, naming the cell, and records the row’s values otherwise', () => {
    const grids = twoCriteria([full('A', [12, '', 10, '']), full('B', [10, 1, 9, ''])]);
    const ev = evaluate(grids);
    const guide = menuGuide(false);
    expect(planSubmit(ev, grids.scores, ev.review.units[0], 'a@x.vn', at(5), guide).refusal).toMatch(
      /^Chưa nộp được: dòng của A còn 1 lỗi[^]*- Bảng điểm!C2: /,
    );
    const plan = planSubmit(ev, grids.scores, ev.review.units[1], 'b@x.vn', at(5), guide);
    expect(plan.refusal).toBeNull();
    expect(plan.header).toEqual([...SUBMISSIONS_HEADER, ...TITLES]);
    expect(plan.rows).toEqual([[at(5), 'B', 'nộp', 'b@x.vn', '', 10, 1, 9, '', '', '', '', '']]);
  });

  it('logs from several parts merge under one header, in time order', () => {
    const merged = mergeLogs([
      { header: [...SUBMISSIONS_HEADER, 'Chuẩn 1'], rows: [[at(3), 'B', 'nộp', 'b', '', 7]] },
      { header: [...SUBMISSIONS_HEADER, 'Chuẩn 2', 'Chuẩn 1'], rows: [[at(1), 'A', 'nộp', 'a', '', 5, 6]] },
    ]);
    expect(merged).toEqual([
      [...SUBMISSIONS_HEADER, 'Chuẩn 1', 'Chuẩn 2'],
      [at(1), 'A', 'nộp', 'a', '', 6, 5],
      [at(3), 'B', 'nộp', 'b', '', 7, ''],
    ]);
  });
});
