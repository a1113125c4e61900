/** Lists in messages stay readable on a cluster of thousands of units: the first few, then how many more. */
import { describe, expect, it } from 'vitest';
import { boundedList } from '../../src/core/model/bounded-list';
import { planRelayout, relayoutSummary } from '../../src/core/plans/relayout-plan';
import { COMMAND_GUIDE } from '../../src/core/model/guide';
import type { UnitResult } from '../../src/core/model/types';
import { askedText } from '../../src/core/vote/ballot-sheet';
import { syntheticCluster } from '../../bench/synthetic';

describe('boundedList', () => {
  it('names every item of a short list', () => {
    expect(boundedList([], 'đơn vị')).toBe('');
    expect(boundedList(['A', 'B'], 'đơn vị')).toBe('A, B');
    // Six items: naming the sixth is shorter than "cùng 1 đơn vị khác".
    expect(boundedList(['A', 'B', 'C', 'D', 'E', 'F'], 'đơn vị')).toBe('A, B, C, D, E, F');
  });

  it('names five of a longer one and counts the rest, thousands written the Vietnamese way', () => {
    expect(boundedList(['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'cột', '; ')).toBe('A; B; C; D; E cùng 2 cột khác');
    const many = Array.from({ length: 1782 }, (_, i) => `Đồng hạng ${i + 1}`);
    expect(boundedList(many, 'cột', '; ')).toBe('Đồng hạng 1; Đồng hạng 2; Đồng hạng 3; Đồng hạng 4; Đồng hạng 5 cùng 1.777 cột khác');
  });

  it('counts the rest with "cùng", never "và", which unit names hold', () => {
    const names = ['Kế hoạch và Đầu tư', 'Công Thương', 'Xây dựng', 'Nông nghiệp và Môi trường', 'Khoa học và Công nghệ', 'Tài chính', 'Nội vụ'];
    expect(boundedList(names, 'đơn vị')).toBe('Kế hoạch và Đầu tư, Công Thương, Xây dựng, Nông nghiệp và Môi trường, Khoa học và Công nghệ cùng 2 đơn vị khác');
  });
});

describe('the cap-nhat summary of a large change', () => {
  it('names five of 300 units dropped from the list and counts the others', () => {
    const grids = syntheticCluster({ units: 2000, criteria: 2 });
    // The last 300 units leave Đơn vị; their typed scores are set aside.
    const units = grids.units.slice(0, -300);
    const plan = planRelayout({ ...grids, units }, COMMAND_GUIDE);
    expect(plan.refusal).toBeNull();
    const summary = relayoutSummary(plan);
    expect(summary).toContain('bỏ dòng của DV01701, DV01702, DV01703, DV01704, DV01705 cùng 295 đơn vị khác.');
    expect(summary).toMatch(/ \d+ dòng điểm không còn chỗ .* không mất giá trị nào\.$/);
    expect(summary.length).toBeLessThan(600);
  });
});

describe('askedText, the questions of Phiếu bầu in a message', () => {
  const unit = (shortName: string) => ({ unit: { shortName } }) as UnitResult;
  it('cuts a tie of ten units to five and counts the others', () => {
    const tie = Array.from({ length: 10 }, (_, i) => unit(`Đơn vị ${i + 1}`));
    expect(askedText({ award: [unit('Long An')], ties: [{ rank: 3, units: tie }] })).toBe(
      'Cờ thi đua: Long An; Đồng hạng 3: Đơn vị 1 / Đơn vị 2 / Đơn vị 3 / Đơn vị 4 / Đơn vị 5 cùng 5 đơn vị khác',
    );
  });
});
