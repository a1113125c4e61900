/**
 * A criterion at 0 base points rules out the top grade (domain: "≥95 and no criterion
 * at 0"): a unit whose total reaches the top threshold is graded lower, and the
 * summary's note and `Kiểm tra` say why, where the grade alone would not.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { summarySheet } from '../../src/core/outputs/outputs';
import { SUMMARY_HEADER } from '../../src/core/model/template';
import { cluster } from '../helpers/cluster';

/** Criteria 1 (10 + 5 bonus), 2 and 3 (10 each); top grade from 24, then 21 and 19. */
const zeroCluster = () =>
  cluster(
    [
      { code: '1', maxBase: 10, maxBonus: 5 },
      { code: '2', maxBase: 10 },
      { code: '3', maxBase: 10 },
    ],
    [
      // A: 10 + 5 + 10 + 0 = 25, over 24, but criterion 3 at 0. B: 10 + 10 + 4,5 = 24,5, no zero. C: 20, under 24, criterion 3 at 0.
      { code: 'A', shortName: 'Tỉnh A', scores: [10, 5, 10, '', 0, ''] },
      { code: 'B', shortName: 'Tỉnh B', scores: [10, '', 10, '', 4.5, ''] },
      { code: 'C', shortName: 'Tỉnh C', scores: [10, '', 10, '', 0, ''] },
    ],
    { gradeExcellent: 24, gradeGood: 21, gradePass: 19 },
  );

describe('a criterion at 0 and the top grade', () => {
  it('grades A Hoàn thành tốt and says why in a note at its 0 cell; C, under the threshold anyway, gets no note', () => {
    const ev = evaluate(zeroCluster());
    expect(ev.ranking.map((r) => [r.unit.code, r.total, r.grade])).toEqual([
      ['A', 25000, 'Hoàn thành tốt'],
      ['B', 24500, 'Hoàn thành xuất sắc'],
      ['C', 20000, 'Hoàn thành'],
    ]);
    expect(ev.issues.filter((i) => i.code === 'ZERO_CRITERION')).toEqual([
      {
        severity: 'note',
        code: 'ZERO_CRITERION',
        sheet: 'Bảng điểm',
        cell: 'G2',
        unit: 'A',
        message:
          'Tỉnh A có tổng điểm 25, đạt ngưỡng Hoàn thành xuất sắc (24), nhưng tiêu chí 3 được 0 điểm chuẩn nên xếp loại Hoàn thành tốt: có tiêu chí 0 điểm chuẩn thì không xếp loại Hoàn thành xuất sắc.',
      },
    ]);
    expect(ev.blocked).toBe(false);
  });

  it('writes the reason in Tổng hợp’s Ghi chú beside the grade', () => {
    const rows = summarySheet(evaluate(zeroCluster())).rows;
    const note = SUMMARY_HEADER.indexOf('Ghi chú');
    const byCode = new Map(rows.map((r) => [r[1], r[note]]));
    expect(byCode.get('A')).toBe('tiêu chí 3 được 0 điểm chuẩn: không xếp loại Hoàn thành xuất sắc');
    expect([byCode.get('B'), byCode.get('C')]).toEqual(['', '']);
  });
});
