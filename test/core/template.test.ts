import { describe, expect, it } from 'vitest';
import { STARTER_CRITERIA, templateSheets } from '../../src/core/template-sheets';

describe('the blank template', () => {
  it('gives every header of every input sheet a note', () => {
    const missing = templateSheets().flatMap((s) => s.columns.filter((c) => !c.note).map((c) => `${s.name}: ${c.header}`));
    expect(missing).toEqual([]);
  });

  it('validates every score column from 0 to its criterion’s maximum', () => {
    const scores = templateSheets().find((s) => s.role === 'scores');
    const validated = scores?.columns.filter((c) => c.validation && c.validation.min === 0).map((c) => [c.header, c.validation?.max]);
    expect(validated).toEqual(STARTER_CRITERIA.flatMap((c) => [[`Chuẩn ${c.code}`, c.maxBase / 1000], [`Thưởng ${c.code}`, (c.maxBonus ?? 0) / 1000]]));
  });
});
