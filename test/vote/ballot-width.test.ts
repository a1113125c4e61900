/**
 * `Phiếu bầu` holds one column per question (and the number, the round, the stamp): a
 * ranking that asks more than a sheet has columns is not laid out, and the update and
 * *Kiểm phiếu* say why and what settles the ties instead (a tie-break ladder). The rule
 * is tried with a small width on the example, whose ballot asks two questions; a real
 * sheet's width (16,384 columns, Excel's XFD) is far past any cluster that ranks.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_GUIDE } from '../../src/core/model/guide';
import { MAX_SHEET_COLUMNS } from '../../src/core/model/cell-limit';
import { relayBallots } from '../../src/core/plans/relay-ballots';
import { planRelayout } from '../../src/core/plans/relayout-plan';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';

const fixture = loadFixture();

function relay(maxColumns: number) {
  const grids = fixtureGrids(fixture);
  return relayBallots(grids, planRelayout(grids, COMMAND_GUIDE), { guide: COMMAND_GUIDE }, maxColumns);
}

describe('a ballot wider than a sheet', () => {
  it('is laid when its number, questions and stamp fit: the example’s four columns', () => {
    expect(relay(4).grid?.[0]).toHaveLength(4);
    expect(MAX_SHEET_COLUMNS).toBe(16_384);
  });

  it('is not laid one column short, and the update says how many questions, the limit and the ladder that settles ties', () => {
    const { grid, message } = relay(3);
    expect(grid).toBeNull();
    expect(message).toBe(
      'Chưa lập trang "Phiếu bầu": kết quả xếp hạng cần 3 cột câu hỏi bỏ phiếu (Cờ thi đua: Long An; Đồng hạng 5: Vĩnh Long / Đồng Tháp), nhiều hơn 3 cột một trang tính có được. Hãy ghi mục "Thứ tự xét khi bằng điểm" ở trang "Cấu hình" để phân định các trường hợp đồng hạng, rồi chạy lại lệnh "tinh-diem cap-nhat <tệp.xlsx>".',
    );
  });
});
