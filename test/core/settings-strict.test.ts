/**
 * `Cấu hình` read strictly: a value that means nothing precise is an error at
 * its cell, never read as the nearest thing (the column title "Chuẩn 1" is
 * criterion 1, not "điểm chuẩn cao").
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { SETTINGS } from '../../src/core/model/template';
import { twoCriteria, type MiniUnit } from '../helpers/cluster';

const full = (code: string, scores: MiniUnit['scores'] = [10, '', 10, '']): MiniUnit => ({ code, scores });

const cellOf = (key: string): string => `B${SETTINGS.findIndex((d) => d.key === key) + 2}`;
const settingIssues = (settings: Record<string, unknown>) =>
  evaluate(twoCriteria([full('A'), full('B')], settings as never)).issues.filter((i) => i.code === 'BAD_SETTING');

describe('strict settings', () => {
  it.each(['1', 'tiêu chí 1', 'Tiêu chí 1', 'Chuẩn 1', 'chuẩn 2', 'ít điểm trừ', 'Điểm chuẩn cao', '2; ít điểm trừ, điểm chuẩn cao'])(
    'accepts the tie-break ladder %j',
    (ladder) => {
      expect(settingIssues({ tieBreaks: ladder })).toEqual([]);
    },
  );

  it.each(['điểm cao', 'hạng nhì', 'ít điểm thưởng', 'trừ', 'Thưởng 1 cao'])('refuses the rung %j at the settings cell', (ladder) => {
    const issues = settingIssues({ tieBreaks: ladder });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', cell: cellOf('tieBreaks') });
  });

  it('notes a superior body typed in capitals when the award sentence would print it so, not otherwise', () => {
    const notesOf = (settings: Record<string, unknown>) =>
      evaluate(twoCriteria([full('A'), full('B')], settings as never)).issues.filter((i) => i.code === 'SETTING_IN_CAPITALS');
    const [note] = notesOf({ parentBody: 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG NAM' });
    expect(note).toMatchObject({ severity: 'note', cell: cellOf('parentBody') });
    expect(note.message).toContain('("Cờ thi đua của ỦY BAN NHÂN DÂN TỈNH HÀ GIANG NAM") in đúng như đã gõ');
    expect(notesOf({ parentBody: 'Ủy ban nhân dân tỉnh Hà Giang Nam' })).toEqual([]);
    // The award named in its own setting: the body appears only in the letterhead, which is in capitals anyway.
    expect(notesOf({ parentBody: 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG NAM', awardName: 'Cờ thi đua của Ủy ban nhân dân tỉnh' })).toEqual([]);
  });

  it('names a date the calendar does not have as such, and only then', () => {
    // 2027 is not a leap year: February has 28 days.
    const [report] = settingIssues({ reportDate: '31/02/2027' });
    expect(report.cell).toBe(cellOf('reportDate'));
    expect(report.message).toContain('ngày 31/2/2027 không có trong lịch (tháng 2 năm 2027 không có ngày 31)');
    const [deadline] = settingIssues({ deadline: '29/02/2027 17:00' });
    expect(deadline.message).toContain('tháng 2 năm 2027 không có ngày 29');
    // A real day with a time that is not one: only the form is asked for.
    const [time] = settingIssues({ deadline: '25:00 10/12/2026' });
    expect(time.message).not.toContain('không có trong lịch');
    expect(settingIssues({ reportDate: '29/02/2028' })).toEqual([]);
  });

  it('reads "Chuẩn 1" as criterion 1, not as "điểm chuẩn cao"', () => {
    const units = [full('A', [9, '', 10, '']), full('B', [10, '', 9, ''])];
    const ev = evaluate(twoCriteria(units, { tieBreaks: 'Chuẩn 1' }));
    expect(ev.ranking.map((r) => [r.unit.code, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
  });

  it.each([
    ['year', 20211],
    ['year', 201],
    ['year', 2021.5],
    ['reportDate', '05/01/20222'],
    ['reportDate', new Date(1800, 0, 1)],
    ['awardCount', 100000],
    ['awardCount', -1],
    ['scoreStep', 0],
    ['gradeGood', 2_000_000],
  ])('refuses %s = %j at its cell', (key, value) => {
    const issues = settingIssues({ [key]: value });
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toBe(cellOf(key));
  });

  // Numbers in messages follow the cluster's decimal mark, a point here (twoCriteria sets none).
  it('reads the step typed as the text "0,25" as 0,25, checks the scores by it, and notes at its cell that it is text', () => {
    // 9,5 is 500 thousandths, a multiple of 250; 9,3 is not.
    const ev = evaluate(twoCriteria([full('A', [9.5, '', 10, '']), full('B', [9.3, '', 10, ''])], { scoreStep: '0,25' }));
    expect(ev.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['OFF_STEP', 'C3']]);
    const notes = ev.issues.filter((i) => i.sheet === 'Cấu hình');
    expect(notes.map((i) => [i.severity, i.cell])).toEqual([['note', cellOf('scoreStep')]]);
    expect(notes[0].message).toBe(
      'Mục "Bước điểm" được nhập dạng văn bản ("0,25"), thường do dấu thập phân không khớp vùng của bảng tính; đã hiểu là 0.25. Nên định dạng ô là số.',
    );
  });

  it('suggests a sensible score step', () => {
    const [issue] = settingIssues({ scoreStep: 'nửa điểm' });
    expect(issue.message).toContain('ví dụ 0,5 hoặc 0,25');
    expect(issue.message).not.toContain('ví dụ 10');
  });
});
