/**
 * The margins the README states, against the layouts that set them: the documents'
 * (Nghị định 30/2020: top and bottom 20–25 mm, left 30–35, right 15–20) and the
 * workbook's printout (its own, narrower: a spreadsheet is not an administrative document).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PAGE } from '../../src/core/documents/layout';
import { PAGE_MARGINS } from '../../src/core/sheets/print-layout';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const mm = (inches: number): number => Math.round(inches * 25.4);

it("states the documents' margins as the report layout sets them, within Nghị định 30's ranges", () => {
  const { top, bottom, left, right } = PAGE.margins;
  expect(readme).toContain(`margins top / bottom / left / right ${top} / ${bottom} / ${left} / ${right} mm`);
  expect([top, bottom].every((m) => m >= 20 && m <= 25)).toBe(true);
  expect(left >= 30 && left <= 35 && right >= 15 && right <= 20).toBe(true);
});

it("states the workbook's print margins as print-layout.ts sets them", () => {
  expect(mm(PAGE_MARGINS.left)).toBe(mm(PAGE_MARGINS.right));
  expect(readme).toContain(`margins ${mm(PAGE_MARGINS.left)} mm left and right, ${mm(PAGE_MARGINS.top)} mm top and bottom`);
});
