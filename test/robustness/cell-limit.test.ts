/** Nothing we write into a sheet cell may pass the 50,000 characters Google Sheets accepts. */
import { describe, expect, it } from 'vitest';
import { EXCEL_CELL_LIMIT, SHEETS_CELL_LIMIT, clipMiddle } from '../../src/core/model/cell-limit';
import { evaluate } from '../../src/core/evaluate';
import { checksSheet, historyRow, summarySheet } from '../../src/core/outputs/outputs';
import { type OutCell } from '../../src/core/model/output-sheet';
import { syntheticCluster } from '../../bench/synthetic';
import { twoCriteria } from '../helpers/cluster';

const LONG_NAME = 'Sở Thông tin và Truyền thông '.repeat(2000).slice(0, SHEETS_CELL_LIMIT);
const longest = (rows: OutCell[][]): number => Math.max(...rows.flat().map((c) => String(c).length));

describe('clipMiddle', () => {
  it('keeps short text as it is', () => {
    expect(clipMiddle('Long An', 10)).toBe('Long An');
  });

  it('keeps the start and the end around an ellipsis, within the limit', () => {
    const clipped = clipMiddle(`đầu ${'x'.repeat(500)} cuối`, 100);
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped.startsWith('đầu ')).toBe(true);
    expect(clipped.endsWith(' cuối')).toBe(true);
    expect(clipped).toContain('…');
  });

  it('never leaves half of a surrogate pair', () => {
    for (let limit = 10; limit < 30; limit++) {
      const clipped = clipMiddle('😀'.repeat(40), limit);
      expect(clipped.length).toBeLessThanOrEqual(limit);
      expect(clipped).toMatch(/^(😀)*…(😀)*$/u);
    }
  });
});

describe('long names in messages and output sheets', () => {
  it('shortens a 50,000-character name inside a message, keeping what to do', () => {
    const ev = evaluate(twoCriteria([{ code: 'A', shortName: LONG_NAME, scores: ['mười', '', 10, ''] }]));
    const scoreIssues = ev.issues.filter((i) => i.code !== 'TEXT_TOO_LONG');
    expect(scoreIssues).toHaveLength(1);
    expect(scoreIssues[0].message.length).toBeLessThanOrEqual(1000);
    expect(scoreIssues[0].message).toMatch(/^Ô điểm chuẩn tiêu chí 1 của Sở Thông tin/);
    expect(scoreIssues[0].message).toMatch(/Hãy gõ một số, ví dụ 9\.5\.$/);
    expect(longest(checksSheet(ev.issues).rows)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });

  it('a name longer than an Excel cell holds is an error at every cell it stands in, never cut silently in the outputs', () => {
    const ev = evaluate(
      twoCriteria([
        { code: 'A', name: LONG_NAME, shortName: LONG_NAME, scores: [10, '', 10, ''] },
        { code: 'B', scores: [1, '', 1, ''] },
      ]),
    );
    expect(ev.blocked).toBe(true);
    const tooLong = ev.issues.filter((i) => i.code === 'TEXT_TOO_LONG');
    expect(tooLong.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Đơn vị!B2', 'Đơn vị!C2', 'Bảng điểm!B2']);
    expect(tooLong[0].severity).toBe('error');
    expect(tooLong[0].message).toBe(
      `Ô có ${LONG_NAME.length.toLocaleString('de-DE')} ký tự, quá 32.767 ký tự một ô Excel chứa được: bảng tổng hợp sẽ không mở được trong Excel. Hãy rút ngắn nội dung ô này.`,
    );
  });

  it('a name of exactly 32,767 characters is read as it is', () => {
    const name = LONG_NAME.slice(0, EXCEL_CELL_LIMIT);
    const ev = evaluate(
      twoCriteria([
        { code: 'A', name, scores: [10, '', 10, ''] },
        { code: 'B', scores: [1, '', 1, ''] },
      ]),
    );
    expect(ev.issues.filter((i) => i.code === 'TEXT_TOO_LONG')).toEqual([]);
    expect(longest(summarySheet(ev).rows)).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });

  it('keeps the history row of 10,000 units within an Excel cell', () => {
    const ev = evaluate(syntheticCluster({ units: 10_000, criteria: 2 }));
    expect(ev.blocked).toBe(false);
    const row = historyRow(ev, { time: new Date(2022, 0, 5, 8), user: '', fingerprint: 'x' });
    expect(longest([row])).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(String(row[5])).toMatch(/^1\. /);
  });
});
