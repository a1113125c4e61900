/**
 * Apps Script calls of the submission cycle's menu items (Nộp, Xác nhận thẩm định, Mở
 * lại, Khóa), of "Lập hồ sơ đề nghị khen thưởng" and of "Bắt đầu năm mới", at 12 units
 * (the example) and at 300 (the example grown), run in the order a year takes them on a
 * workbook whose rows "Phân quyền nhập liệu" protects. A step on one row costs the same
 * calls at both sizes; the steps that lay the row protections again (Khóa, and a new
 * year, which runs "Phân quyền" on the copied protections) read each protection's
 * description once and change only the rows that change. The other actions' counts:
 * action-calls.test.ts, call-counts.test.ts, call-counts-protections.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cycleCalls, type CycleStep, type StepCalls } from './cycle-steps';

const years = new Map<number, Record<CycleStep, StepCalls>>();
const at = (units: 12 | 300): Record<CycleStep, StepCalls> => {
  if (!years.has(units)) years.set(units, cycleCalls(units));
  return years.get(units) as Record<CycleStep, StepCalls>;
};

/** The calls but the reads of each protection's description. */
const withoutDescriptionReads = (lines: string[]): string[] => lines.filter((l) => !l.startsWith('Protection.getDescription:'));
const descriptionReads = (lines: string[]): number => Number(lines.find((l) => l.startsWith('Protection.getDescription:'))?.split(': ')[1] ?? 0);

describe('the submission cycle, the dossier and a new year: Apps Script calls at 12 and 300 units', () => {
  for (const [label, step] of [
    ['Nộp bảng điểm của đơn vị', 'submit'],
    ['Xác nhận đã thẩm định', 'review'],
    ['Mở lại dòng đã nộp', 'reopen'],
  ] as const) {
    it(`${label}: the same Sheets calls at both sizes, no Docs call`, () => {
      expect(at(300)[step].sheets).toEqual(at(12)[step].sheets);
      expect(at(300)[step].docsTotal).toBe(0);
    }, 120_000);
  }

  for (const [label, step] of [
    ['Khóa các dòng đã nộp: one row locked', 'lock'],
    ['Bắt đầu năm mới, the permissions laid again on the copied protections', 'newYear'],
  ] as const) {
    it(`${label}: the same calls at both sizes but one description read per protection`, () => {
      const [small, large] = [at(12)[step].sheets, at(300)[step].sheets];
      expect(withoutDescriptionReads(large)).toEqual(withoutDescriptionReads(small));
      expect((descriptionReads(large) - descriptionReads(small)) / (300 - 12)).toBeLessThanOrEqual(1);
    }, 120_000);
  }

  it('Lập hồ sơ đề nghị khen thưởng: the same Sheets calls, no more table-cell calls, at most 3 more Docs calls per extra unit', () => {
    const [small, large] = [at(12).dossier, at(300).dossier];
    expect(large.sheets).toEqual(small.sheets);
    expect(large.docCells).toBeLessThanOrEqual(small.docCells);
    expect((large.docsTotal - small.docsTotal) / (300 - 12), `${small.docsTotal} Docs calls at 12 units, ${large.docsTotal} at 300`).toBeLessThanOrEqual(3);
  }, 120_000);
});
