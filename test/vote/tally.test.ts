import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { COMMAND_GUIDE } from '../../src/core/model/guide';
import { SHEET } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { ballotHeader, candidatesOf, layBallotSheet, ballotStamp } from '../../src/core/vote/ballot-sheet';
import { outputLayout } from '../../src/core/sheets/print-layout';
import { votedNotes } from '../../src/core/documents/ranking-table';
import { buildMinutes } from '../../src/core/documents/minutes';
import type { VoteOutcome } from '../../src/core/model/vote-types';
import { voteSheet } from '../../src/core/outputs/vote-sheet';
import { voteText } from '../../src/cli/terminal';
import { MILLI } from '../../src/core/model/numbers';
import { agreementsNeeded, percentText, reachesThreshold } from '../../src/core/vote/tally';
import { twoCriteria } from '../helpers/cluster';
import { PARTLY_TIED_HEADER, partlyTiedGrids } from '../helpers/partly-tied-vote';
import { stamped } from '../../scripts/example-data';

/** A 20, B and C tied on 18, D 15: A is the flag candidate, B / C the tie at rank 2. */
/** The cluster's vote rules, each filled: a blank one is an error, never a default. */
const RULES = { councilMembers: 12, voteThreshold: 80, validBallotRule: 'được để trống', voteBase: 'tổng số thành viên', voteComparison: 'ít nhất' };

function grids(settings: Record<string, CellValue> = {}, ballots?: Grid) {
  const g = twoCriteria(
    [
      { code: 'A', shortName: 'An', scores: [10, 0, 10] },
      { code: 'B', shortName: 'Bình', scores: [9, 0, 9] },
      { code: 'C', shortName: 'Cần', scores: [9, 0, 9] },
      { code: 'D', shortName: 'Đông', scores: [8, 0, 7] },
    ],
    { awardCount: 1, ...RULES, voteDate: '05/01/2022', ...settings },
  );
  // Ballots typed into the sheet as the update lays it, stamped for this ranking.
  return ballots ? { ...g, ballots: stamped(g, ballots) } : g;
}

const HEADER = ['Số phiếu', 'Cờ thi đua: An', 'Đồng hạng 2: Bình / Cần'];

/** `n` ballots agreeing to A, then the rest disagreeing; tie choices cycle through `tie`. */
function ballots(agree: number, total: number, tie: CellValue[] = ['']): Grid {
  return [HEADER, ...Array.from({ length: total }, (_, i) => [i + 1, i < agree ? 'đồng ý' : 'không đồng ý', tie[i % tie.length]])];
}

const issuesOn = (ev: ReturnType<typeof evaluate>, sheet: string) => ev.issues.filter((i) => i.sheet === sheet);

describe('the ballot sheet', () => {
  it('asks about the award candidates and every tie the ranking leaves', () => {
    const ev = evaluate(grids());
    expect(ev.vote).toBeUndefined();
    expect(ballotHeader(candidatesOf(ev))).toEqual(HEADER);
  });

  it('keeps typed values under headers that stay, and columns it does not know, when laid again', () => {
    const ev = evaluate(grids());
    const old: Grid = [
      ['Ghi chú', 'Số phiếu', 'Đồng hạng 2: Bình / Cần'],
      ['rách góc', 1, 'Cần'],
      ['', '', ''],
    ];
    const stamp = ballotStamp(candidatesOf(ev), 2021);
    expect(stamp.header).toMatch(/^Lập theo xếp hạng năm 2021 · mã [0-9a-f]{8}$/);
    expect(layBallotSheet(candidatesOf(ev), stamp, old)).toEqual([
      [...HEADER, stamp.header, 'Ghi chú'],
      [1, '', 'Cần', '', 'rách góc'],
    ]);
  });
});

describe('the threshold, exact', () => {
  it('80 % of 12 is 9.6: 9 agree (75 %) fail, 10 pass', () => {
    expect(reachesThreshold(9, 12, 80_000, 'atLeast')).toBe(false);
    expect(reachesThreshold(10, 12, 80_000, 'atLeast')).toBe(true);
  });

  it('"ít nhất" passes on the threshold itself, "trên" needs more', () => {
    expect(reachesThreshold(6, 12, 50_000, 'atLeast')).toBe(true);
    expect(reachesThreshold(6, 12, 50_000, 'moreThan')).toBe(false);
    expect(reachesThreshold(7, 12, 50_000, 'moreThan')).toBe(true);
    // 90 % of 10 is exactly 9: no float error may push 9 below it.
    expect(reachesThreshold(9, 10, 90_000, 'atLeast')).toBe(true);
    expect(reachesThreshold(9, 10, 90_000, 'moreThan')).toBe(false);
  });

  it('the fewest agreements that pass, for the minutes: 60 % of 5 is 3, "trên" 50 % of 4 is 3, "trên" 100 % none', () => {
    expect(agreementsNeeded(5, 60 * MILLI, 'atLeast')).toBe(3);
    expect(agreementsNeeded(12, 80 * MILLI, 'atLeast')).toBe(10);
    expect(agreementsNeeded(4, 50 * MILLI, 'atLeast')).toBe(2);
    expect(agreementsNeeded(4, 50 * MILLI, 'moreThan')).toBe(3);
    expect(agreementsNeeded(4, 100 * MILLI, 'moreThan')).toBeNull();
  });

  it('a share is shown cut to two decimals, never rounded up to a pass', () => {
    expect(percentText(11, 12, ',')).toBe('91,66');
    expect(percentText(9, 12, ',')).toBe('75');
    expect(percentText(2, 3, '.')).toBe('66.66');
    expect(percentText(1, 0, '.')).toBe('—');
  });

  it('through the whole count: 9 of 12 fails 80 %, 10 of 12 passes', () => {
    const fail = evaluate(grids({}, ballots(9, 12)));
    expect(fail.vote?.counted).toBe(true);
    expect(fail.vote?.awards[0]).toMatchObject({ agree: 9, disagree: 3, blank: 0, percent: '75', passed: false });
    expect(fail.awards.proposed).toEqual([]);
    const pass = evaluate(grids({}, ballots(10, 12)));
    expect(pass.vote?.awards[0]).toMatchObject({ agree: 10, passed: true });
    expect(pass.awards.proposed.map((r) => r.unit.code)).toEqual(['A']);
  });

  it('takes the share of all members or of those present, as set', () => {
    // 12 members, 10 present, 8 agree: 66 % of all members, 80 % of those present.
    const all = evaluate(grids({ membersPresent: 10 }, ballots(8, 10)));
    expect(all.vote?.denominator).toBe(12);
    expect(all.vote?.awards[0].passed).toBe(false);
    const present = evaluate(grids({ membersPresent: 10, voteBase: 'số có mặt' }, ballots(8, 10)));
    expect(present.vote?.denominator).toBe(10);
    expect(present.vote?.awards[0]).toMatchObject({ percent: '80', passed: true });
  });

  it('reads the members and their attendance from a list', () => {
    const list = Array.from({ length: 5 }, (_, i) => `Thành viên ${i + 1}${i === 4 ? ' (vắng)' : ''}`).join('\n');
    const ev = evaluate(grids({ councilMembers: list, voteBase: 'số có mặt', voteThreshold: 75 }, ballots(3, 4)));
    expect(ev.vote?.settings).toMatchObject({ members: 5, present: 4, issued: 4 });
    expect(ev.vote?.awards[0]).toMatchObject({ agree: 3, percent: '75', passed: true });
  });

  it('a threshold outside 1–100 % is an error at its cell and nothing is applied', () => {
    const ev = evaluate(grids({ voteThreshold: 120 }, ballots(12, 12)));
    expect(ev.issues.find((i) => i.sheet === SHEET.settings)).toMatchObject({ severity: 'error', code: 'BAD_SETTING' });
    expect(ev.vote?.counted).toBe(false);
    expect(ev.awards.proposed.map((r) => r.unit.code)).toEqual(['A']);
    expect(ev.blocked).toBe(false);
  });

  it('a blank threshold is asked for, not guessed', () => {
    const ev = evaluate(grids({ voteThreshold: '' }, ballots(12, 12)));
    expect(ev.issues.find((i) => i.sheet === SHEET.settings)?.message).toMatch(/Tỷ lệ phiếu đồng ý.*còn trống/);
    expect(ev.vote?.counted).toBe(false);
  });

  it.each([
    ['validBallotRule', 'Phiếu hợp lệ'],
    ['voteBase', 'Tỷ lệ tính trên'],
    ['voteComparison', 'Cách so với ngưỡng'],
  ])('a blank %s ("%s") is an error at its cell and the count waits', (key, label) => {
    const ev = evaluate(grids({ [key]: '' }, ballots(12, 12)));
    const issue = ev.issues.find((i) => i.sheet === SHEET.settings && i.message.includes(label));
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain('còn trống');
    expect(ev.vote?.counted).toBe(false);
  });
});

describe('invalid ballots', () => {
  it('two answers in one cell, or two units in a tie, invalidate the whole ballot, named by its row', () => {
    const g: Grid = [HEADER, [1, 'đồng ý', 'Bình'], [2, 'đồng ý / không đồng ý', ''], [3, 'không đồng ý', 'Bình, Cần']];
    const ev = evaluate(grids({}, g));
    expect(ev.vote?.invalid.map((b) => b.row)).toEqual([3, 4]);
    expect(ev.vote).toMatchObject({ returned: 3, valid: 1, counted: true });
    expect(ev.vote?.awards[0]).toMatchObject({ agree: 1, disagree: 0, blank: 0 });
    const cells = issuesOn(ev, SHEET.ballots).map((i) => [i.severity, i.code, i.cell]);
    expect(cells).toEqual([
      ['note', 'INVALID_BALLOT', 'B3'],
      ['note', 'INVALID_BALLOT', 'C4'],
    ]);
    expect(issuesOn(ev, SHEET.ballots)[0].message).toContain('dòng 3');
  });

  it('a mark the cluster does not list (x, X, 1, a ticked box, "có", "không") is named at its cell, counted as nothing, and the count waits', () => {
    const g: Grid = [HEADER, [1, 'đồng ý', 'Bình'], [2, 'x', 'Bình'], [3, 'X', ''], [4, 1, ''], [5, true, ''], [6, 'có', 'Cần'], [7, 'không', 'Cần']];
    const ev = evaluate(grids({}, g));
    expect(issuesOn(ev, SHEET.ballots).map((i) => [i.severity, i.code, i.cell])).toEqual(
      ['B3', 'B4', 'B5', 'B6', 'B7', 'B8'].map((cell) => ['error', 'BALLOT_MARK', cell]),
    );
    expect(issuesOn(ev, SHEET.ballots)[0].message).toContain(
      'Ô Phiếu bầu!B3 ghi "x", không phải một cách ghi ý kiến trong trang "Cấu hình" (đồng ý: "đồng ý"; không đồng ý: "không đồng ý")',
    );
    expect(ev.vote).toMatchObject({ counted: false, invalid: [] });
    // Counted as nothing: neither agreement, disagreement nor blank.
    expect(ev.vote?.awards[0]).toMatchObject({ agree: 1, disagree: 0, blank: 0 });
  });

  it('counts the marks the cluster lists in Cấu hình, and refuses a mark listed for both answers', () => {
    const g: Grid = [HEADER, [1, 'x', 'Bình'], [2, 'X', 'Bình'], [3, 'không', 'Cần'], [4, 'đồng ý', 'Cần']];
    const ev = evaluate(grids({ agreeMarks: 'đồng ý; x', disagreeMarks: 'không đồng ý\nkhông' }, g));
    expect(ev.vote).toMatchObject({ counted: true, valid: 4 });
    expect(ev.vote?.awards[0]).toMatchObject({ agree: 3, disagree: 1, blank: 0 });
    const both = evaluate(grids({ agreeMarks: 'đồng ý; x', disagreeMarks: 'X' }, g));
    expect(both.issues.filter((i) => i.code === 'BAD_SETTING').map((i) => i.message)).toEqual([
      'Mục "Cách ghi không đồng ý": "x" có ở cả cách ghi đồng ý và cách ghi không đồng ý; mỗi cách ghi chỉ mang một ý kiến.',
    ]);
    expect(both.vote?.counted).toBe(false);
  });

  it('a blank answer counts as not agreeing, or invalidates the ballot when the rule asks for every answer', () => {
    const g: Grid = [HEADER, [1, '', 'Bình'], [2, 'đồng ý', '']];
    expect(evaluate(grids({}, g)).vote).toMatchObject({ valid: 2, awards: [{ agree: 1, blank: 1 }] });
    expect(evaluate(grids({ validBallotRule: 'phải đủ ý kiến' }, g)).vote).toMatchObject({ valid: 0, invalid: [{ row: 2 }, { row: 3 }] });
  });

  it('more agreements than places and a unit outside the tie make the ballot invalid', () => {
    const g = evaluate(grids({ awardCount: 1 }));
    expect(g.awards.proposed).toHaveLength(1);
    const two = evaluate(
      grids({ awardCount: 2 }, [
        ['Số phiếu', 'Cờ thi đua: An', 'Cờ thi đua: Bình', 'Cờ thi đua: Cần', 'Đồng hạng 2: Bình / Cần'],
        [1, 'đồng ý', 'đồng ý', 'đồng ý', 'Bình'],
        [2, 'đồng ý', 'đồng ý', '', 'Đông'],
      ]),
    );
    expect(two.vote?.invalid.map((b) => b.row)).toEqual([2, 3]);
    expect(issuesOn(two, SHEET.ballots).map((i) => i.cell)).toEqual(['D2', 'E3']);
    expect(issuesOn(two, SHEET.ballots)[1].message).toContain('không phải một trong các đơn vị đồng hạng');
  });

  it('a unit whose own name holds "&", "," or "và" is one choice; two units in a cell are still two', () => {
    const units = [
      { code: 'A', shortName: 'An', scores: [10, 0, 10] },
      { code: 'GD', name: 'Sở Giáo dục và Đào tạo', shortName: 'Sở GD&ĐT', scores: [9, 0, 9] },
      { code: 'VH', name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: 'Sở VHTTDL', scores: [9, 0, 9] },
      { code: 'D', shortName: 'Đông', scores: [8, 0, 7] },
    ];
    const settings = { awardCount: 1, ...RULES, voteDate: '05/01/2022' };
    const tie = 'Đồng hạng 2: Sở GD&ĐT / Sở VHTTDL';
    expect(ballotHeader(candidatesOf(evaluate(twoCriteria(units, settings))))).toEqual(['Số phiếu', 'Cờ thi đua: An', tie]);
    const g: Grid = [
      ['Số phiếu', 'Cờ thi đua: An', tie],
      [1, 'đồng ý', 'Sở GD&ĐT'],
      [2, 'đồng ý', 'Sở Văn hóa, Thể thao và Du lịch'],
      [3, 'đồng ý', 'sở gd&đt'],
      [4, 'đồng ý', 'Sở GD&ĐT, Sở VHTTDL'],
    ];
    const ev = evaluate({ ...twoCriteria(units, settings), ballots: stamped(twoCriteria(units, settings), g) });
    expect(ev.vote?.invalid.map((b) => b.row)).toEqual([5]);
    expect(issuesOn(ev, SHEET.ballots).map((i) => [i.cell, i.message.includes('chọn nhiều đơn vị')])).toEqual([['C5', true]]);
    expect(ev.ranking.map((r) => [r.unit.code, r.rank])).toEqual([
      ['A', 1],
      ['GD', 2],
      ['VH', 3],
      ['D', 4],
    ]);
  });
  it('counts a unit named without "Sở" as that unit, and never quotes a part of a name as a unit', () => {
    const units = [
      { code: 'A', shortName: 'An', scores: [10, 0, 10] },
      { code: 'KH', name: 'Sở Kế hoạch và Đầu tư', shortName: 'KH&ĐT', scores: [9, 0, 9] },
      { code: 'TC', name: 'Sở Tài chính', shortName: 'Tài chính', scores: [9, 0, 9] },
      { code: 'D', shortName: 'Đông', scores: [8, 0, 7] },
    ];
    const settings = { awardCount: 1, ...RULES, voteDate: '05/01/2022' };
    const tie = 'Đồng hạng 2: KH&ĐT / Tài chính';
    const g: Grid = [
      ['Số phiếu', 'Cờ thi đua: An', tie],
      [1, 'đồng ý', 'Kế hoạch và Đầu tư'],
      [2, 'đồng ý', 'kế hoạch và đầu tư'],
      [3, 'đồng ý', 'Tài chính'],
      [4, 'đồng ý', 'Kế hoạch và Xây dựng'],
      [5, 'đồng ý', 'KH&ĐT, Tài chính'],
    ];
    const ev = evaluate({ ...twoCriteria(units, settings), ballots: stamped(twoCriteria(units, settings), g) });
    // Ballots 1 and 2 choose KH&ĐT, ballot 3 Tài chính: 2 to 1. Ballot 4 names no unit of the tie, ballot 5 both.
    expect(ev.vote?.invalid.map((b) => b.row)).toEqual([5, 6]);
    const [fourth, fifth] = issuesOn(ev, SHEET.ballots);
    expect(fourth.cell).toBe('C5');
    expect(fourth.message).toContain('chọn "Kế hoạch và Xây dựng", không phải một trong các đơn vị đồng hạng');
    expect(fifth.cell).toBe('C6');
    expect(fifth.message).toContain('chọn nhiều đơn vị');
    expect(ev.ranking.map((r) => [r.unit.code, r.rank])).toEqual([
      ['A', 1],
      ['KH', 2],
      ['TC', 3],
      ['D', 4],
    ]);
  });
});

describe('bad ballot sheets block the count, never the ranking', () => {
  it('a ballot number twice', () => {
    const ev = evaluate(grids({}, [HEADER, [1, 'đồng ý', 'Bình'], [1, 'đồng ý', 'Bình']]));
    expect(issuesOn(ev, SHEET.ballots)).toMatchObject([{ severity: 'error', code: 'DUPLICATE_BALLOT', cell: 'A3' }]);
    expect(ev.vote?.counted).toBe(false);
    expect(ev.ranking.filter((r) => r.needsVote)).toHaveLength(2);
  });

  it('more ballots than were issued', () => {
    const ev = evaluate(grids({ councilMembers: 3 }, ballots(4, 4)));
    expect(issuesOn(ev, SHEET.ballots)).toMatchObject([{ code: 'TOO_MANY_BALLOTS', cell: 'A5' }]);
    expect(ev.vote?.counted).toBe(false);
  });

  it('a column about a unit that is not a candidate, and a candidate without a column', () => {
    const ev = evaluate(
      grids({}, [
        ['Số phiếu', 'Cờ thi đua: Đông', 'Đồng hạng 2: Bình / Cần'],
        [1, 'đồng ý', 'Bình'],
      ]),
    );
    expect(issuesOn(ev, SHEET.ballots).map((i) => [i.code, i.cell])).toEqual([
      ['UNKNOWN_CANDIDATE', 'B1'],
      // Right of the stamp (D1), where the missing column would go.
      ['MISSING_COLUMN', 'E1'],
    ]);
    expect(ev.vote?.counted).toBe(false);
    // The way out is the action that lays the sheet again keeping the ballots: the menu in Sheets, cap-nhat offline.
    expect(issuesOn(ev, SHEET.ballots)[0].message).toContain('Hãy lập lại trang bằng menu Tính điểm › Cập nhật Bảng điểm (giá trị đã nhập được giữ).');
    const offline = evaluate(
      grids({}, [
        ['Số phiếu', 'Cờ thi đua: Đông', 'Đồng hạng 2: Bình / Cần'],
        [1, 'đồng ý', 'Bình'],
      ]),
      { guide: COMMAND_GUIDE },
    );
    expect(
      issuesOn(offline, SHEET.ballots).map((i) =>
        i.message.endsWith('Hãy lập lại trang bằng lệnh "tinh-diem cap-nhat <tệp.xlsx>" (giá trị đã nhập được giữ).'),
      ),
    ).toEqual([true, true]);
  });

  it('never throws on any cell', () => {
    const odd: CellValue[] = [null, undefined, true, false, new Date(NaN), '#REF!', -1, 1.5, '  ', '\u0000', 'x'.repeat(5000)];
    for (const a of odd) for (const b of odd) expect(() => evaluate(grids({}, [HEADER, [a, b, a], [b, a, b]]))).not.toThrow();
  });
});

describe('the ranking after the vote', () => {
  it('a tie the ballot settles gets distinct ranks, noted with the date; the rest shift (dense)', () => {
    const ev = evaluate(grids({}, ballots(10, 12, ['Cần', 'Cần', 'Bình'])));
    expect(ev.vote?.ties[0]).toMatchObject({ rank: 2, blank: 0, settled: true });
    expect(ev.vote?.ties[0].votes.map((v) => [v.unit.unit.code, v.votes])).toEqual([
      ['C', 8],
      ['B', 4],
    ]);
    expect(ev.ranking.map((r) => [r.unit.code, r.rank, r.needsVote, r.voteNote ?? ''])).toEqual([
      ['A', 1, false, ''],
      ['C', 2, false, 'theo kết quả bỏ phiếu ngày 05/01/2022'],
      ['B', 3, false, 'theo kết quả bỏ phiếu ngày 05/01/2022'],
      ['D', 4, false, ''],
    ]);
  });

  it('competition ranks: the settled pair takes 2 and 3, the next stays 4', () => {
    const ev = evaluate(grids({ rankStyle: 'cách' }, ballots(10, 12, ['Bình'])));
    expect(ev.ranking.map((r) => [r.unit.code, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
      ['D', 4],
    ]);
  });

  it('a tie in votes stays a tie, still flagged', () => {
    const ev = evaluate(grids({}, ballots(10, 12, ['Bình', 'Cần'])));
    expect(ev.vote?.ties[0].settled).toBe(false);
    expect(ev.ranking.filter((r) => r.needsVote).map((r) => [r.unit.code, r.rank, r.voteNote])).toEqual([
      ['B', 2, undefined],
      ['C', 2, undefined],
    ]);
  });

  it('of three tied, the one the ballot puts first is placed and the other two stay tied; the report’s note names all three', () => {
    expect(PARTLY_TIED_HEADER.at(-1)).toBe('Đồng hạng 1: An / Bình / Cần');
    const ev = evaluate(partlyTiedGrids);
    expect(ev.ranking.map((r) => [r.unit.code, r.rank, r.needsVote])).toEqual([
      ['A', 1, false],
      ['B', 2, true],
      ['C', 2, true],
      ['D', 3, false],
    ]);
    expect(votedNotes(ev).map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'Ghi chú: An, Bình, Cần cùng 18 điểm; thứ hạng xếp theo kết quả bỏ phiếu ngày 05/01/2022 của Hội đồng thi đua.',
    ]);
    // The minutes, the sheet and the command said the votes were all equal.
    const minutes = buildMinutes(ev, ev.vote as VoteOutcome);
    const texts = minutes.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(texts).toContain(
      '- Thứ hạng các đơn vị đồng hạng 1: An hạng 1 (03 phiếu), Bình hạng 2 (01 phiếu), Cần hạng 2 (01 phiếu); Bình, Cần có số phiếu bằng nhau, vẫn đồng hạng.',
    );
    const sheet = voteSheet(ev, ev.vote as VoteOutcome);
    expect(sheet.rows.map((r) => r[0])).toContain('Đồng hạng 1: thứ hạng theo số phiếu; Bình, Cần vẫn đồng hạng');
    // A rank (a number, right) beside a total (text, left) read "118": every column after the unit is centred.
    const centered = outputLayout(sheet).centered;
    const rowsOf = (unit: string): number[] => sheet.rows.flatMap((r, i) => (r[0] === unit ? [i] : []));
    for (const i of rowsOf('An')) expect(centered[i].slice(0, sheet.rows[i].length)).toEqual(sheet.rows[i].map((_, c) => c >= 1 && c <= 6));
    expect(voteText(ev)).toContain('  Đồng hạng 1: An 3 phiếu, Bình 1 phiếu, Cần 1 phiếu — Bình, Cần vẫn đồng hạng.');
  });

  it('a tie at the cut-off: the ballot decides both the order and who is proposed', () => {
    const g = grids({ awardCount: 2 }, [
      ['Số phiếu', 'Cờ thi đua: An', 'Cờ thi đua: Bình', 'Cờ thi đua: Cần', 'Đồng hạng 2: Bình / Cần'],
      ...Array.from({ length: 12 }, (_, i) => [i + 1, 'đồng ý', i < 10 ? 'đồng ý' : '', i < 10 ? '' : 'đồng ý', 'Bình']),
    ]);
    const ev = evaluate(g);
    expect(ev.vote?.candidates.award.map((r) => r.unit.code)).toEqual(['A', 'B', 'C']);
    expect(ev.vote?.awards.map((a) => [a.unit.unit.code, a.agree, a.passed])).toEqual([
      ['A', 12, true],
      ['B', 10, true],
      ['C', 2, false],
    ]);
    expect(ev.awards.proposed.map((r) => r.unit.code)).toEqual(['A', 'B']);
    expect(ev.awards.tiedAtCutoff).toEqual([]);
  });
});
