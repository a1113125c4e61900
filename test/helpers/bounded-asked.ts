/**
 * Checks the line about `Phiếu bầu` on a cluster with many ties against the sheet's
 * own header: the first five questions named (a tie of more than six units cut to five
 * and counted), then the number of the other columns.
 */
import { expect } from 'vitest';

export function expectBoundedAsked(line: string, header: readonly string[]): void {
  // The last column records what the sheet was laid for (its stamp), not a question.
  const questions = header.slice(1).filter((h) => !h.startsWith('Lập theo xếp hạng '));
  const more = / cùng ([\d.]+) cột khác\)/.exec(line);
  expect(more, line).not.toBeNull();
  expect(Number(more?.[1].replace(/\./g, ''))).toBe(questions.length - 5);
  const named = line.slice(line.indexOf('(') + 1, more?.index).split('; ');
  expect(named).toHaveLength(5);
  named.forEach((q, i) => {
    const [start, rest] = q.split(/ cùng (?=\d[\d.]* đơn vị khác$)/);
    if (rest === undefined) expect(q).toBe(questions[i]);
    else {
      expect(questions[i].startsWith(`${start} / `)).toBe(true);
      expect(Number(rest.replace(/\D/g, ''))).toBe(questions[i].split(' / ').length - 5);
    }
  });
}
