/**
 * The report's comparison with the year before, under the ranking table: who rose,
 * who fell, who kept their place, who is new (each with last year's rank), whom a
 * merged unit continues, which units hold their grade several years in a row, and
 * who a rule on consecutive years left out of the proposal. From `Các năm trước`
 * (rules/compare-years.ts); nothing when the workbook has no past year.
 */
import { countOf } from '../rules/results';
import { changeMark, streakText } from '../rules/compare-years';
import { streakRuleSentence } from '../rules/award-streak';
import type { Evaluation } from '../model/evaluation';
import type { UnitResult } from '../model/types';
import { paragraph } from './layout';
import type { Paragraph } from './model';

const names = (rows: readonly string[]): string => rows.join('; ');

function successorNote(ev: Evaluation, r: UnitResult): string {
  const c = ev.comparison?.byUnit.get(r.unit.code);
  if (!c || c.predecessors.length === 0) return '';
  const parts = c.predecessors.map((p) => `${p.name}${p.rank === null ? '' : ` hạng ${p.rank}`}`);
  return `${r.unit.shortName} kế thừa ${parts.join(', ')}`;
}

/**
 * The comparison's lines as the report states them under "So với kết quả năm …:", without
 * their leading "- " (the `--json` result carries them so); empty without a past year.
 */
export function comparisonLines(ev: Evaluation): string[] {
  const comparison = ev.comparison;
  if (!comparison || ev.blocked) return [];
  const year = comparison.previousYear;
  const rose: string[] = [];
  const fell: string[] = [];
  const kept: string[] = [];
  const fresh: string[] = [];
  for (const r of ev.ranking) {
    const c = comparison.byUnit.get(r.unit.code);
    const name = r.unit.shortName;
    if (!c || c.change === null) fresh.push(name);
    else if (c.change > 0) rose.push(`${name} (${changeMark(c)}, từ hạng ${c.previousRank} lên hạng ${r.rank})`);
    else if (c.change < 0) fell.push(`${name} (${changeMark(c)}, từ hạng ${c.previousRank} xuống hạng ${r.rank})`);
    else kept.push(`${name} (hạng ${r.rank})`);
  }
  const all = ev.ranking.length;
  const lines: string[] = [];
  if (rose.length > 0) lines.push(`${countOf(rose.length, all)} đơn vị tăng hạng: ${names(rose)}.`);
  if (fell.length > 0) lines.push(`${countOf(fell.length, all)} đơn vị giảm hạng: ${names(fell)}.`);
  if (kept.length > 0) lines.push(`${countOf(kept.length, all)} đơn vị giữ nguyên hạng: ${names(kept)}.`);
  if (fresh.length > 0) lines.push(`${countOf(fresh.length, all)} đơn vị chưa có kết quả năm ${year}: ${fresh.join(', ')}.`);
  const successors = ev.ranking.map((r) => successorNote(ev, r)).filter((s) => s !== '');
  if (successors.length > 0) lines.push(`Đơn vị kế thừa (so sánh với hạng cao nhất của các đơn vị được kế thừa năm ${year}): ${names(successors)}.`);
  const byStreak = new Map<string, string[]>();
  for (const r of ev.ranking) {
    const text = streakText(r.grade, comparison.byUnit.get(r.unit.code));
    if (text !== '') byStreak.set(text, [...(byStreak.get(text) ?? []), r.unit.shortName]);
  }
  for (const [text, units] of byStreak) lines.push(`${text}: ${units.join(', ')}.`);
  const rule = streakRuleSentence(ev);
  if (rule) lines.push(rule);
  return lines;
}

export function comparisonParagraphs(ev: Evaluation): Paragraph[] {
  const lines = comparisonLines(ev);
  if (!ev.comparison || lines.length === 0) return [];
  return [paragraph('body', `So với kết quả năm ${ev.comparison.previousYear}:`), ...lines.map((line) => paragraph('body', `- ${line}`))];
}
