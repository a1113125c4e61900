import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { SHEET } from '../../src/core/model/template';
import { GENERAL_GROUP, TOP_RANKS, sidebarData, sidebarJson } from '../../src/core/outputs/sidebar-data';
import { fixtureGrids } from '../../scripts/example-data';
import { EXAMPLE_VOTE } from '../helpers/example-vote';
import { partlyTiedGrids } from '../helpers/partly-tied-vote';
import { HTML_NAME, REPORT_URL, blockedGrids, exampleData, exampleGrids, fixture } from './sidebar-fixtures';

const shortName = (code: string): string => fixture.units.find((u) => u.code === code)!.shortName;

describe('sidebarData on the 2021 example cluster', () => {
  const data = exampleData('report', REPORT_URL);

  it('shows the top places of the reference ranking, with every unit tied on the last one', () => {
    const lastRank = fixture.expectedRanking[TOP_RANKS - 1].rank;
    const expected = fixture.expectedRanking.filter((r) => r.rank <= lastRank);
    // The reference ties Vĩnh Long and Đồng Tháp on 5th place: both are shown.
    expect(expected.length).toBeGreaterThan(TOP_RANKS);
    expect(data.ranking.map((r) => [r.rank, r.code, r.unit, r.total])).toEqual(expected.map((r) => [r.rank, r.unit, shortName(r.unit), String(r.total)]));
    expect(data.ranking[0]).toMatchObject({ unit: 'Long An', total: '117.5', grade: 'Hoàn thành xuất sắc' });
    expect(data.rankedCount).toBe(fixture.units.length);
  });

  it('counts the issues and keeps the report link', () => {
    const ev = evaluate(exampleGrids());
    expect(data.errors).toBe(0);
    // The example's one remark (a deduction typed with a minus) is a note: no warning, listed apart.
    expect(data.warnings).toBe(0);
    expect(data.notes).toBe(ev.issues.length);
    expect(data.noteList.map((i) => i.code)).toEqual(['DEDUCTION_SIGN']);
    expect(data.groups).toEqual([]);
    expect(data.headline).toBe('Đã xếp hạng 12 đơn vị.');
    expect(data.blocked).toBe(false);
    expect(data.unitCount).toBe(12);
    expect(data.reportUrl).toBe(REPORT_URL);
    expect(data.title).toBe('Cụm thi đua số 08 năm 2021');
    expect(data.headline).toMatch(/^Đã xếp hạng 12 đơn vị\./);
  });

  it('is plain JSON data: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('shows no ranking for a check, which only reports issues', () => {
    const check = exampleData('check');
    expect(check.ranking).toEqual([]);
    expect(check.rankedCount).toBe(0);
    expect(check.headline).toMatch(/^Dữ liệu hợp lệ, có thể tính điểm\./);
  });

  it('drops a report link that is not a web address', () => {
    expect(exampleData('report', 'javascript:alert(1)').reportUrl).toBe('');
    expect(exampleData('report').reportUrl).toBe('');
  });
});

describe('sidebarData on a blocked cluster', () => {
  const ev = evaluate(blockedGrids());
  const data = sidebarData(ev, { action: 'compute' });

  it('has no ranking and says why', () => {
    expect(ev.blocked).toBe(true);
    expect(data.blocked).toBe(true);
    expect(data.ranking).toEqual([]);
    expect(data.errors).toBe(ev.issues.filter((i) => i.severity === 'error').length);
    expect(data.errors).toBeGreaterThanOrEqual(2);
    expect(data.headline).toBe(`Còn ${data.errors} lỗi cần sửa: chưa thể xếp hạng.`);
  });

  it('groups the errors by the unit whose row holds them, each pointing at its cell', () => {
    const tg = data.groups.find((g) => g.unit === 'TG')!;
    expect(tg.title).toBe('Tiền Giang (TG)');
    expect(tg.issues.some((i) => i.sheet === SHEET.scores && i.cell === 'C3' && i.severity === 'error' && i.message.includes('chín'))).toBe(true);
    const bt = data.groups.find((g) => g.unit === 'BT')!;
    expect(bt.title).toBe(`${HTML_NAME} (BT)`);
    expect(bt.issues).toEqual([expect.objectContaining({ severity: 'error', sheet: SHEET.scores, cell: 'D4' })]);
    expect(bt.errors).toBe(1);
  });

  it('puts issues without a unit in a general group per sheet, before the units', () => {
    const general = data.groups.filter((g) => g.unit === undefined);
    for (const g of general) expect(g.title).toBe(`${GENERAL_GROUP} · trang ${g.sheet}`);
    expect(data.groups.slice(0, general.length)).toEqual(general);
    const unitless = ev.issues.filter((i) => !i.unit && i.severity !== 'note');
    expect(general.flatMap((g) => g.issues).length).toBe(unitless.length);
  });

  it('loses no issue and lists errors before warnings in every group', () => {
    expect(data.groups.reduce((n, g) => n + g.issues.length, 0) + data.noteList.length).toBe(ev.issues.length);
    expect(data.noteList.every((i) => i.severity === 'note')).toBe(true);
    for (const g of data.groups) {
      const firstWarning = g.issues.findIndex((i) => i.severity === 'warning');
      if (firstWarning >= 0) expect(g.issues.slice(firstWarning).every((i) => i.severity === 'warning')).toBe(true);
      expect(g.errors + g.warnings).toBe(g.issues.length);
    }
  });

  it('names an unknown unit code by its code', () => {
    const ev2 = evaluate(exampleGrids());
    ev2.issues.push({ severity: 'error', code: 'X', sheet: SHEET.scores, cell: 'A20', message: 'm', unit: 'ZZ' });
    expect(sidebarData(ev2).groups.at(-1)).toMatchObject({ unit: 'ZZ', title: 'Mã đơn vị ZZ', errors: 1 });
  });
});

describe('sidebarJson', () => {
  it('cannot close the script element it is embedded in, and parses back to the same data', () => {
    const data = exampleData();
    data.title = '</script><script>alert(1)</script> & <!-- \u2028\u2029';
    const json = sidebarJson(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('the council vote in the sidebar data', () => {
  // Expected values counted by hand from the example's twelve ballots (test/helpers/example-vote.ts).
  const voted = sidebarData(evaluate(fixtureGrids(fixture, {}, { ballots: true })), { action: 'compute' });

  it('carries the ballots, each candidate against the threshold and the tie with its order after the vote', () => {
    const vote = voted.vote!;
    expect(vote.counted).toBe(true);
    expect(vote.ballots.map((b) => b.count)).toEqual([EXAMPLE_VOTE.issued, EXAMPLE_VOTE.returned, EXAMPLE_VOTE.valid, 1]);
    expect(vote.invalid).toBe(EXAMPLE_VOTE.invalidRows.length);
    expect(vote.threshold).toBe('ít nhất 80% tổng số thành viên Hội đồng');
    expect(vote.awards).toEqual([{ unit: 'Long An', code: 'LA', agree: 10, result: '10/12 phiếu đồng ý, tỷ lệ 83.33%', passed: true }]);
    expect(vote.ties).toEqual([
      { rank: 5, settled: true, stillTied: '', votes: EXAMPLE_VOTE.tie.map((t) => ({ unit: shortName(t.code), code: t.code, votes: t.votes, rank: t.rank })) },
    ]);
    expect(JSON.parse(JSON.stringify(voted))).toEqual(voted);
  });

  it('names the units a tie vote left tied when it placed the others (3, 1 and 1 votes), as the minutes do', () => {
    const ties = sidebarData(evaluate(partlyTiedGrids), { action: 'compute' }).vote!.ties;
    expect(ties).toEqual([
      {
        rank: 1,
        settled: false,
        stillTied: 'Bình, Cần vẫn đồng hạng',
        votes: [
          { unit: 'An', code: 'A', votes: 3, rank: 1 },
          { unit: 'Bình', code: 'B', votes: 1, rank: 2 },
          { unit: 'Cần', code: 'C', votes: 1, rank: 2 },
        ],
      },
    ]);
  });

  it('is absent without ballots, for a check, and when the ranking is blocked', () => {
    expect(exampleData('compute').vote).toBeNull();
    expect(sidebarData(evaluate(fixtureGrids(fixture, {}, { ballots: true })), { action: 'check' }).vote).toBeNull();
    expect(sidebarData(evaluate({ ...blockedGrids(), ballots: fixtureGrids(fixture, {}, { ballots: true }).ballots }), { action: 'compute' }).vote).toBeNull();
  });
});
