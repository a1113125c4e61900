/**
 * The rules of the vote as cluster regulations set them, beyond one round's count:
 * a quorum before the vote, absent members' written opinions, a second round on what
 * the first left undecided, and the cluster head's decision after the last round.
 * Worked by hand (test/helpers/two-round-vote.ts): five members, 80 % of all of them is 4
 * agreements; A (20 points) is the award's candidate, B and C tie on 18 for 2nd.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../src/core/documents/minutes';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { evaluate } from '../../src/core/evaluate';
import type { VoteOutcome } from '../../src/core/model/vote-types';
import { ballotTemplateSheet, candidatesOf, layBallotSheet } from '../../src/core/vote/ballot-sheet';
import { twoCriteria } from '../helpers/cluster';
import { voteSheet } from '../../src/core/outputs/vote-sheet';
import { sidebarVote } from '../../src/core/outputs/sidebar-vote';
import { jsonResult } from '../../src/cli/json-output';
import { voteText } from '../../src/cli/terminal';
import { schemaErrors } from '../helpers/json-schema';
import { ROUND_1, ROUND_2, VOTE_SETTINGS, VOTE_UNITS, voteGrids } from '../helpers/two-round-vote';

const grids = voteGrids;
const issuesOf = (ev: ReturnType<typeof evaluate>) => ev.issues.filter((i) => i.severity !== 'note').map((i) => [i.severity, i.code, i.sheet, i.cell]);
const minutesText = (ev: ReturnType<typeof evaluate>) => reportPlainText(buildMinutes(ev, ev.vote as VoteOutcome));

describe('the quorum', () => {
  it('below it, nothing is counted: 3 of 6 present is under 2/3 of 6 (4); an error at the attendance, the ranking stays as the scores give it', () => {
    const members = ['Một', 'Hai', 'Ba', 'Bốn (vắng)', 'Năm (vắng)', 'Sáu (vắng mặt)'].join('\n');
    const ev = evaluate(
      grids({ councilMembers: members, quorum: '2/3', ballotsIssued: 3 }, [
        [1, 'đồng ý', 'B'],
        [2, 'đồng ý', 'B'],
        [3, 'đồng ý', 'B'],
      ]),
    );
    expect(ev.issues.find((i) => i.code === 'QUORUM_NOT_MET')).toMatchObject({ severity: 'error', sheet: 'Cấu hình' });
    expect(ev.issues.find((i) => i.code === 'QUORUM_NOT_MET')?.message).toMatch(/3\/6 .*tối thiểu 4 thành viên \(2\/3\)/);
    expect(ev.vote?.counted).toBe(false);
    expect(ev.ranking.filter((r) => r.rank === 2).map((r) => r.unit.code)).toEqual(['B', 'C']);
  });

  it('met, it is stated in the minutes with the least attendance it takes (4 of 5 present against 66,67 %: at least 4)', () => {
    const rows = [1, 2, 3, 4].map((n) => [n, 'đồng ý', n <= 3 ? 'B' : 'C']);
    const ev = evaluate(grids({ membersPresent: 4, quorum: '66,67' }, rows));
    expect(ev.vote?.counted).toBe(true);
    expect(ev.vote?.quorum).toEqual({ needed: 4, met: true });
    expect(minutesText(ev)).toContain('Số thành viên có mặt là 04/05, không ít hơn mức tối thiểu 66,67% số thành viên Hội đồng (04 người)');
  });
});

describe('written opinions of absent members', () => {
  it('count among the ballots issued: 4 present + 1 in writing = 5, said so in the minutes', () => {
    const members = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm (vắng, có ý kiến bằng văn bản)'].join('\n');
    const rows = [1, 2, 3, 4, 5].map((n) => [n, 'đồng ý', 'B']);
    const ev = evaluate(grids({ councilMembers: members }, rows));
    expect(ev.vote?.settings).toMatchObject({ members: 5, present: 4, written: 1, issued: 5 });
    expect(minutesText(ev)).toContain(
      'Số phiếu phát ra: 05 phiếu, gồm 04 phiếu phát cho thành viên có mặt và 01 phiếu của thành viên vắng mặt gửi ý kiến bằng văn bản.',
    );
  });

  it('a number of ballots issued that attendance and written opinions do not add up to is a warning at its cell', () => {
    const ev = evaluate(grids({ membersPresent: 4, ballotsIssued: 5 }, [[1, 'đồng ý', 'B']]));
    expect(issuesOf(ev)).toContainEqual(['warning', 'BAD_SETTING', 'Cấu hình', ev.settings.cells.ballotsIssued]);
  });
});

describe('a second round', () => {
  const round1 = ROUND_1;
  const round2 = ROUND_2;

  it('is laid out in Phiếu bầu (a Vòng column) when the regulation allows two rounds', () => {
    const cluster = twoCriteria(VOTE_UNITS, { ...VOTE_SETTINGS, voteRounds: 2 });
    expect(layBallotSheet(candidatesOf(evaluate(cluster)), null, [], true)[0]).toEqual(['Số phiếu', 'Vòng', 'Cờ thi đua: A', 'Đồng hạng 2: B / C']);
  });

  it("decides what the first left open: A proposed on round 2's 4/5, B placed 2nd and C 3rd on its votes", () => {
    const ev = evaluate(grids({ voteRounds: 2 }, [...round1, ...round2], true));
    const vote = ev.vote as VoteOutcome;
    expect(vote.counted).toBe(true);
    expect(vote.rounds.map((r) => [r.round, r.returned, r.valid])).toEqual([
      [1, 5, 5],
      [2, 5, 5],
    ]);
    expect(vote.rounds[0].awards[0]).toMatchObject({ agree: 3, passed: false });
    expect(vote.awards[0]).toMatchObject({ agree: 4, passed: true });
    expect(ev.awards.proposed.map((r) => r.unit.code)).toEqual(['A']);
    expect(ev.ranking.map((r) => [r.unit.code, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
      ['D', 4],
    ]);
    expect(vote.undecided).toEqual({ award: [], ties: [] });
    const text = minutesText(ev);
    expect(text).toContain('Vòng 1:');
    expect(text).toContain('Vòng 1 chưa quyết định được các nội dung dưới đây; theo quy chế, Hội đồng bỏ phiếu vòng 2 về những nội dung này.');
    expect(text).toContain('- Sở A đạt 04/05 phiếu đồng ý, tỷ lệ 80%, đủ điều kiện đề nghị xét tặng');
  });

  it('shows each round apart in Kết quả bỏ phiếu, the sidebar and --json: round 1 not deciding, round 2 deciding', () => {
    const ev = evaluate(grids({ voteRounds: 2 }, [...round1, ...round2], true));
    const vote = ev.vote as VoteOutcome;
    const rows = voteSheet(ev, vote).rows.map((r) => r.filter((c) => c !== ''));
    const at = (first: string): number => rows.findIndex((r) => r[0] === first);
    // Round 1: 5 returned and valid; A 3 agree (60 %, short of 80); B and C 2 each, one ballot choosing neither: no rank yet.
    const one = at('Vòng 1');
    const two = at('Vòng 2');
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
    const first = rows.slice(one, two);
    expect(first).toContainEqual(['Số phiếu thu về', 5]);
    expect(first).toContainEqual(['A', 1, '20', 3, 1, 1, '60', 'Không đạt']);
    expect(first).toContainEqual(['B', 2]);
    expect(first).toContainEqual(['C', 2]);
    expect(first).toContainEqual(['Không chọn', 1]);
    // Round 2: A 4 of 5 (80 %) passes; B 3 votes takes 2nd, C 2 votes 3rd.
    const second = rows.slice(two);
    expect(second).toContainEqual(['A', 1, '20', 4, 1, 0, '80', 'Đạt']);
    expect(second).toContainEqual(['B', 3, 2]);
    expect(second).toContainEqual(['C', 2, 3]);
    // Nothing was left for the head and deputy.
    expect(rows.some((r) => String(r[0]).includes('Quyết định'))).toBe(false);

    const side = sidebarVote(ev);
    expect(side?.rounds.map((r) => [r.round, r.awards.map((a) => [a.code, a.agree, a.passed])])).toEqual([
      [1, [['A', 3, false]]],
      [2, [['A', 4, true]]],
    ]);
    expect(side?.rounds[0].ties[0].votes.map((v) => [v.code, v.votes, v.rank])).toEqual([
      ['B', 2, null],
      ['C', 2, null],
    ]);
    expect(side?.rounds[1].ties[0].votes.map((v) => [v.code, v.votes, v.rank])).toEqual([
      ['B', 3, 2],
      ['C', 2, 3],
    ]);
    expect(side?.headDecision).toBeNull();

    const json = jsonResult(ev);
    expect(schemaErrors(json)).toBe('');
    expect(json.vote?.rounds.map((r) => [r.round, r.returned, r.valid, r.awards[0].agree, r.ties[0].votes.map((v) => v.rank)])).toEqual([
      [1, 5, 5, 3, [null, null]],
      [2, 5, 5, 4, [2, 3]],
    ]);
    expect(json.vote?.headDecision).toBeNull();

    // The command's lines: each round's ballots, then each question's last count.
    const lines = voteText(ev);
    expect(lines[0]).toMatch(/^Kiểm phiếu vòng 1: phát ra \d+, thu về 5, hợp lệ 5, không hợp lệ 0\.$/);
    expect(lines[1]).toMatch(/^Kiểm phiếu vòng 2: phát ra \d+, thu về 5, hợp lệ 5, không hợp lệ 0\.$/);
    expect(lines[2]).toBe('Kết quả (mỗi nội dung theo vòng bỏ phiếu cuối cùng về nội dung đó):');
    expect(lines.some((l) => l.startsWith('  A: 04/'))).toBe(true);
  });

  it("when allowed but not yet held, the first round's open questions are a warning that says how to enter round 2", () => {
    const ev = evaluate(grids({ voteRounds: 2 }, round1, true));
    const open = ev.issues.find((i) => i.code === 'VOTE_UNDECIDED');
    expect(open).toMatchObject({ severity: 'warning', sheet: 'Phiếu bầu', cell: 'B1' });
    expect(open?.message).toMatch(/đề nghị khen thưởng \(A\); thứ hạng các đơn vị đồng hạng 2/);
    expect(minutesText(ev)).toContain('Hội đồng sẽ bỏ phiếu vòng tiếp theo');
  });

  it("is refused when the regulation allows one round: an error at the round's cell, nothing counted", () => {
    const ev = evaluate(grids({ voteRounds: 1 }, [...round1, ...round2], true));
    expect(issuesOf(ev)).toContainEqual(['error', 'BALLOT_ROUND', 'Phiếu bầu', 'B7']);
    expect(ev.vote?.counted).toBe(false);
  });
});

describe("after the last round, the head's decision", () => {
  const tied = [
    [1, 'đồng ý', 'B'],
    [2, 'đồng ý', 'C'],
    [3, 'đồng ý', 'B'],
    [4, 'không đồng ý', 'C'],
    [5, '', ''],
  ];

  it('is recorded in the minutes when Cấu hình holds it', () => {
    const decision = 'xếp Sở B hạng 2, Sở C hạng 3; không đề nghị Cờ thi đua năm nay.';
    const ev = evaluate(grids({ headDecision: decision }, tied));
    expect(ev.vote?.undecided.ties.map((t) => t.rank)).toEqual([2]);
    expect(minutesText(ev)).toContain(
      '- Sau vòng bỏ phiếu cuối cùng vẫn còn nội dung chưa quyết định được; theo quy chế, Cụm trưởng và Cụm phó quyết định: xếp Sở B hạng 2, Sở C hạng 3; không đề nghị Cờ thi đua năm nay.',
    );
    expect(ev.issues.some((i) => i.code === 'VOTE_UNDECIDED')).toBe(false);
    // After the count in Kết quả bỏ phiếu, in the sidebar and in --json.
    const rows = voteSheet(ev, ev.vote as VoteOutcome).rows.map((r) => r.filter((c) => c !== ''));
    const title = rows.findIndex((r) => r[0] === 'Quyết định sau vòng bỏ phiếu cuối');
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1]).toEqual(['Cụm trưởng và Cụm phó', decision]);
    expect(sidebarVote(ev)?.headDecision).toBe(decision);
    const json = jsonResult(ev);
    expect(schemaErrors(json)).toBe('');
    expect(json.vote?.headDecision).toBe(decision);
    expect(json.vote?.rounds).toHaveLength(1);
  });

  it('is asked for at its cell when missing, and the minutes hand the question to the head and deputy', () => {
    const ev = evaluate(grids({}, tied));
    expect(issuesOf(ev)).toContainEqual(['warning', 'VOTE_UNDECIDED', 'Cấu hình', ev.settings.cells.headDecision]);
    expect(minutesText(ev)).toContain('Hội đồng chuyển Cụm trưởng và Cụm phó xem xét, quyết định.');
    expect(jsonResult(ev).vote?.headDecision).toBe('');
    expect(voteSheet(ev, ev.vote as VoteOutcome).rows.map((r) => r.filter((c) => c !== ''))).toContainEqual([
      'Cụm trưởng và Cụm phó',
      'Chưa ghi: hãy ghi quyết định vào mục "Quyết định của Cụm trưởng" của trang "Cấu hình".',
    ]);
  });
});

describe('Phiếu bầu in print', () => {
  it('gives each answer column room for its bold header on one line (8 px a character), so it never wraps over the first ballot', () => {
    const header = 'Đồng hạng 5: Vĩnh Long / Đồng Tháp';
    const sheet = ballotTemplateSheet([
      ['Số phiếu', 'Cờ thi đua: Long An', header],
      [1, 'đồng ý', 'Đồng Tháp'],
    ]);
    expect(sheet.columns.map((c) => c.width)).toEqual([80, 220, header.length * 8 + 16]);
    // A header too long for the widest column (360 px) stops there and wraps.
    const long = 'Đồng hạng 5: Sở Thông tin và Truyền thông tỉnh Vĩnh Long / Sở Thông tin và Truyền thông tỉnh Đồng Tháp';
    expect(
      ballotTemplateSheet([
        ['Số phiếu', long],
        [1, 'Đồng Tháp'],
      ]).columns.map((c) => c.width),
    ).toEqual([80, 360]);
  });
});
