import { LEGAL_BASES_DEFAULT } from '../../src/core/model/legal-texts';
import { describe, expect, it } from 'vitest';
import { LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { SETTINGS, STATUS_HEADER, scoresHeader } from '../../src/core/model/template';
import { templateSheets } from '../../src/core/sheets/template-sheets';

const CRITERIA = [
  { code: '1', name: 'Chuyên môn', maxBase: 40000, maxBonus: 5000 },
  { code: '2.1', name: 'Báo cáo', maxBase: 20000, maxBonus: null },
];

describe('the blank template', () => {
  it('gives Bảng điểm’s code column the width of its header on one line: 9 characters of 7 px and 16 px of padding, 79 px', () => {
    const scores = templateSheets().find((s) => s.role === 'scores');
    expect(scores?.columns[0].header).toBe('Mã đơn vị');
    expect(scores?.columns[0].width).toBeGreaterThanOrEqual(79);
  });

  it('gives every header of every input sheet a note', () => {
    const missing = templateSheets(CRITERIA).flatMap((s) => s.columns.filter((c) => !c.note).map((c) => `${s.name}: ${c.header}`));
    expect(missing).toEqual([]);
  });

  it('validates every score column from 0 to its criterion’s maximum', () => {
    const scores = templateSheets(CRITERIA).find((s) => s.role === 'scores');
    const validated = scores?.columns.filter((c) => c.validation && c.validation.min === 0).map((c) => [c.header, c.validation?.max]);
    expect(validated).toEqual([
      ['Chuẩn 1', 40],
      ['Thưởng 1', 5],
      ['Chuẩn 2.1', 20],
      ['Thưởng 2.1', 0],
    ]);
  });

  it('starts a new cluster with empty lists, no score columns and no other cluster’s settings', () => {
    const [settings, criteria, units, scores] = templateSheets();
    expect(criteria.rows).toEqual([]);
    expect(units.rows).toEqual([]);
    expect(scores.columns.map((c) => c.header)).toEqual([...scoresHeader([]), ...LIVE_HEADERS, STATUS_HEADER]);
    const filled = Object.fromEntries(settings.rows.filter((r) => r[1] !== '').map((r) => [r[0], r[1]]));
    const label = (key: string): string => SETTINGS.find((d) => d.key === key)?.label ?? key;
    // Only values the product uses when blank, or that every cluster starts from.
    expect(filled).toEqual({
      [label('declaredBaseTotal')]: 100,
      [label('rankStyle')]: 'liền',
      [label('gradeExcellent')]: 95,
      [label('gradeGood')]: 85,
      [label('gradePass')]: 75,
      [label('awardCount')]: 1,
      [label('signerRole')]: 'CỤM TRƯỞNG',
      // The council vote's rules as the product reads a blank cell.
      [label('validBallotRule')]: 'được để trống',
      [label('agreeMarks')]: 'đồng ý',
      [label('disagreeMarks')]: 'không đồng ý',
      [label('voteBase')]: 'tổng số thành viên',
      [label('voteComparison')]: 'ít nhất',
      [label('voteRounds')]: 1,
      [label('minutesCopies')]: 2,
      // The quorum most cluster regulations set; the letter's bases as the law stands (model/legal-texts.ts).
      [label('quorum')]: '2/3',
      [label('legalBases')]: LEGAL_BASES_DEFAULT.join('\n'),
    });
  });
});
