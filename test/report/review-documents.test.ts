/**
 * The review in the signed documents, on the example cluster with a review worked out by
 * hand: evidence links for every bonus but Long An's on criterion 8, and two corrections
 * in Cụm chấm with their reasons — Long An's base on criterion 9 from 5 to 4 (117.5 →
 * 116.5, still first above Hậu Giang's 115) and Sóc Trăng's base on criterion 1 (last,
 * 101.5 → 100.5). The report, the minutes and Long An's achievement report cite the
 * count of corrections and the evidence in the same words.
 */
import { describe, expect, it } from 'vitest';
import { buildAchievementReport } from '../../src/core/documents/achievement-report';
import { buildReport } from '../../src/core/documents/build-report';
import { buildMinutes } from '../../src/core/documents/minutes';
import { evaluate } from '../../src/core/evaluate';
import { bonusHeader, correctionReasonHeader, evidenceHeader, scoresHeader } from '../../src/core/model/template';
import type { Grid } from '../../src/core/model/types';
import type { VoteOutcome } from '../../src/core/model/vote-types';
import { fixtureGrids } from '../../scripts/example-data';
import { paragraphs } from '../helpers/model-text';
import { RUN_DATE, fixture } from './example';

const grids = fixtureGrids(fixture, { evidenceRule: 'cảnh báo' }, { ballots: true });
const scores = grids.scores as Grid;
const head = scores[0];
// A link for every bonus a unit typed, but Long An's on criterion 8.
for (const row of scores.slice(1)) {
  for (const c of fixture.criteria) {
    const bonus = row[head.indexOf(bonusHeader(c.code))];
    if (typeof bonus === 'number' && bonus > 0 && !(row[0] === 'LA' && c.code === '8'))
      row[head.indexOf(evidenceHeader(c.code))] = `https://drive.google.com/drive/folders/${String(row[0])}-${c.code}`;
  }
}
const agreedHeader = scoresHeader(fixture.criteria, 'agreed');
const ownBase = (code: string, criterion: number): number => (fixture.scores.find((x) => x.unit === code)?.base[criterion] ?? NaN) as number;
const ST_BASE_1 = ownBase('ST', 0);
const agreedRow = (code: string, values: Record<string, string | number>): (string | number)[] =>
  agreedHeader.map((h, i) => (i === 0 ? code : i === 1 ? (fixture.units.find((u) => u.code === code)?.shortName ?? '') : (values[h] ?? '')));
grids.agreed = [
  agreedHeader,
  agreedRow('LA', { 'Chuẩn 9': 4, [correctionReasonHeader('9')]: 'Chưa đủ hồ sơ chứng minh' }),
  agreedRow('ST', { 'Chuẩn 1': ST_BASE_1 - 1, [correctionReasonHeader('1')]: 'Sai số liệu báo cáo quý IV' }),
];
const ev = evaluate(grids);
const vote = ev.vote as VoteOutcome;
// Units with a bonus, worked out from the fixture: every one but Long An backs them all.
const withBonus = fixture.scores.filter((s) => s.bonus.some((b) => (b ?? 0) > 0)).length;
const two = (n: number): string => String(n).padStart(2, '0');
const SENTENCE = `Qua thẩm định, Cụm đã có 2 lượt điều chỉnh điểm số ở 02/12 đơn vị, lượt nào cũng ghi lý do; ${two(withBonus - 1)}/${two(withBonus)} đơn vị có điểm thưởng đã nộp đủ minh chứng cho mọi điểm thưởng.`;

describe('the review in the signed documents', () => {
  it('keeps the ranking and the counted vote (the corrections move no unit past another)', () => {
    expect(ev.blocked).toBe(false);
    expect(ev.ranking.map((r) => [r.unit.code, r.total])).toContainEqual(['LA', 116500]);
    expect(ev.ranking[0].unit.code).toBe('LA');
    expect(ownBase('LA', 8)).toBe(5);
    expect(ev.ranking.at(-1)?.unit.code).toBe('ST');
    expect(ev.ranking.at(-1)?.total).toBe(100500);
    expect(vote.counted).toBe(true);
  });

  it('the report states it before the ranking', () => {
    expect(paragraphs(buildReport(ev))).toContain(SENTENCE);
  });

  it('the minutes state what the vote rests on, after the opening', () => {
    const all = paragraphs(buildMinutes(ev, vote));
    const at = all.indexOf(`Hội đồng bình xét trên cơ sở kết quả chấm điểm thi đua năm 2021 của các đơn vị đã được Cụm thẩm định. ${SENTENCE}`);
    expect(at).toBeGreaterThan(0);
    expect(all[at - 1]).toMatch(/Hội đồng thi đua .* họp bình xét/);
    expect(all[at + 1]).toBe('I. Thành phần tham dự');
  });

  it('the minutes say the scores were reviewed only when the cluster reviewed them (the evidence counted alone is no review)', () => {
    const unreviewed = evaluate({ ...grids, agreed: undefined });
    expect(unreviewed.review.corrections).toEqual([]);
    expect(unreviewed.review.units.some((u) => u.status === 'reviewed')).toBe(false);
    const all = paragraphs(buildMinutes(unreviewed, unreviewed.vote as VoteOutcome));
    const evidence = `${two(withBonus - 1)}/${two(withBonus)} đơn vị có điểm thưởng đã nộp đủ minh chứng cho mọi điểm thưởng.`;
    expect(all).toContain(
      `Hội đồng bình xét trên cơ sở kết quả chấm điểm thi đua năm 2021 của các đơn vị. ${evidence.charAt(0).toUpperCase()}${evidence.slice(1)}`,
    );
    expect(all.join('\n')).not.toContain('thẩm định');
  });

  it('Long An’s achievement report gives its correction with the reason, the scores after it, and 03/04 bonuses with evidence', () => {
    const all = paragraphs(buildAchievementReport(ev, ev.awards.proposed[0], vote, { now: RUN_DATE }));
    expect(all).toContain(
      '- Kết quả chấm điểm thi đua năm 2021: điểm chuẩn 99, điểm thưởng 18, điểm trừ 0.5; tổng số 116.5 điểm, xếp hạng 1 trong 12 đơn vị của Cụm, xếp loại Hoàn thành xuất sắc.',
    );
    expect(all).toContain(
      '- Qua thẩm định, Cụm đã có 01 lượt điều chỉnh điểm số tự chấm của đơn vị: điểm chuẩn tiêu chí 9 từ 5 thành 4 (lý do: Chưa đủ hồ sơ chứng minh). Kết quả nêu trên là kết quả sau thẩm định.',
    );
    // Bonuses on criteria 1, 5, 7 and 8 (5 + 3 + 5 + 5 = 18); no link on 8.
    expect(all).toContain('- Đơn vị có điểm thưởng ở 04 tiêu chí, đã nộp minh chứng cho 03/04 điểm thưởng.');
  });

  it('says nothing of a review the example did not have', () => {
    const plain = evaluate(fixtureGrids(fixture, {}, { ballots: true }));
    const minutes = paragraphs(buildMinutes(plain, plain.vote as VoteOutcome));
    expect(minutes.filter((p) => p.includes('thẩm định'))).toEqual([]);
    const achievement = paragraphs(buildAchievementReport(plain, plain.awards.proposed[0], plain.vote, { now: RUN_DATE }));
    expect(achievement.filter((p) => p.includes('thẩm định') || p.includes('minh chứng'))).toEqual([]);
  });
});
