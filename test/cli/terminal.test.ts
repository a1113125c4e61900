import { describe, expect, it } from 'vitest';
import { ballotNextStep, issueLines, rankingTable } from '../../src/cli/terminal';
import { evaluate } from '../../src/core/evaluate';
import { cluster, twoCriteria } from '../helpers/cluster';

describe('the ranking table on the terminal', () => {
  it('keeps columns aligned whatever Unicode form the names were typed in', () => {
    const nfd = 'Sở Thông tin tỉnh Hậu Giang'.normalize('NFD');
    const ev = evaluate(
      cluster(
        [{ code: '1', maxBase: 100, maxBonus: 20 }],
        [
          { code: 'HG', name: 'Sở Hậu Giang', shortName: nfd, scores: [100, 12.5], deduction: 0.5 },
          { code: 'LA', name: 'Sở Long An', shortName: 'Long An', scores: [99.5, ''] },
        ],
      ),
    );
    expect(ev.blocked).toBe(false);
    const lines = rankingTable(ev).slice(2);
    const totalEnd = (line: string): number => {
      const nfc = line.normalize('NFC');
      const m = /(\d+(\.\d+)?)\s{2}Hoàn thành/.exec(nfc);
      return m ? m.index + m[1].length : -1;
    };
    expect(lines[2]).toMatch(/^\s+1\s+HG\s+Sở Thông tin tỉnh Hậu Giang\s+100\s+\+12\.5\s+-0\.5\s+112\s/);
    expect(lines[3]).toMatch(/^\s+2\s+LA\s+Long An\s+99\.5\s+99\.5\s/);
    expect(totalEnd(lines[2])).toBeGreaterThan(0);
    expect(totalEnd(lines[2])).toBe(totalEnd(lines[3]));
  });
});

describe('the issues on the terminal', () => {
  it('counts a note apart from the warnings, after them', () => {
    const note = { severity: 'note' as const, code: 'DEDUCTION_SIGN', sheet: 'Bảng điểm', cell: 'W2', message: 'không cần sửa.' };
    const warning = { severity: 'warning' as const, code: 'NUMBER_AS_TEXT', sheet: 'Bảng điểm', cell: 'C2', message: 'nên sửa.' };
    expect(issueLines([note])).toEqual(['Không có lỗi hay cảnh báo nào; 1 ghi chú:', '  Ghi chú Bảng điểm!W2: không cần sửa.']);
    expect(issueLines([note, warning])).toEqual([
      '0 lỗi, 1 cảnh báo; 1 ghi chú:',
      '  Cảnh báo Bảng điểm!C2: nên sửa.',
      '  Ghi chú Bảng điểm!W2: không cần sửa.',
    ]);
  });
});

describe('the hint to hold the vote offline', () => {
  const scores = [
    { code: 'A', scores: [10, 2, 10] },
    { code: 'B', scores: [9, 0, 10] },
  ];

  it('is given for an award to propose even when no tie needs a vote', () => {
    const ev = evaluate(twoCriteria(scores, { awardCount: 1 }));
    expect(ev.ranking.some((r) => r.needsVote)).toBe(false);
    expect(ballotNextStep(ev, 'cum.xlsx', 'cum-cap-nhat.xlsx', true)).toEqual([
      '',
      'Để Hội đồng bỏ phiếu (Cờ thi đua: A): nhập mỗi phiếu một dòng vào trang "Phiếu bầu" của cum.xlsx rồi chạy lại "tinh-diem cum.xlsx".',
    ]);
  });

  it('is not given when nothing is asked: no award and no tie', () => {
    expect(ballotNextStep(evaluate(twoCriteria(scores, { awardCount: 0 })), 'cum.xlsx', 'cum-cap-nhat.xlsx', true)).toEqual([]);
  });
});
