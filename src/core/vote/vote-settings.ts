/** The ballot's rows of `Cấu hình` → `VoteSettings`, each bad value an issue at its cell. */
import { CODE, IssueList } from '../model/issues';
import { MILLI, parseNumber } from '../model/numbers';
import { cleanParagraphs, parseDate } from '../read/parse-settings';
import { SETTINGS, SHEET } from '../model/template';
import { cleanText, nameKey } from '../model/text';
import type { CellValue, Settings } from '../model/types';
import type { BallotMarks, CommitteeMember, CouncilMember, VoteBase, VoteComparison, VoteSettings } from '../model/vote-types';

/** The marks a ballot cell takes when `Cấu hình` names none: the words the ballot sheet asks for. */
export const DEFAULT_MARKS: BallotMarks = { agree: ['đồng ý'], disagree: ['không đồng ý'] };

const ABSENT = /\(\s*vắng(\s+mặt)?\s*\)\s*$/i;

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/** "Nguyễn Văn A - Trưởng ban" → name and role; a dash inside a name needs spaces around the separator. */
function committeeMember(line: string): CommitteeMember {
  const m = /^(.*?)\s+[-–:]\s+(.*)$/.exec(line.replace(/^[-–•+]\s*/, ''));
  return m ? { name: m[1].trim(), role: m[2].trim() } : { name: line.replace(/^[-–•+]\s*/, '').trim(), role: '' };
}

export function parseVoteSettings(settings: Settings, issues: IssueList): VoteSettings {
  const value = (key: string): CellValue => settings.values[key];
  const text = (key: string): string => cleanText(value(key));
  const bad = (key: string, message: string): void => {
    const label = SETTINGS.find((d) => d.key === key)?.label ?? key;
    issues.error(CODE.badSetting, SHEET.settings, settings.cells[key] ?? 'A1', `Mục "${label}": ${message}`);
  };
  /** A list of marks, one or more separated by semicolons or lines; blank: the default. */
  const markList = (key: string, fallback: readonly string[]): string[] => {
    const typed = cleanParagraphs(value(key))
      .split(/[;\n]/)
      .map(cleanText)
      .filter((m) => m !== '');
    return typed.length > 0 ? typed : [...fallback];
  };
  const count = (key: string, min: number): number | null => {
    const parsed = parseNumber(value(key));
    if (parsed.kind === 'empty') return null;
    if (parsed.kind === 'number' && parsed.value % MILLI === 0 && parsed.value / MILLI >= min) return parsed.value / MILLI;
    bad(key, `cần một số nguyên từ ${min} trở lên.`);
    return null;
  };

  // A number of members, or their names one a line with "(vắng)" after those absent.
  let members: number | null = null;
  let memberList: CouncilMember[] = [];
  const typed = parseNumber(value('councilMembers'));
  if (typed.kind === 'number' || typed.kind === 'empty') members = count('councilMembers', 1);
  else if (typed.reason === 'date' || typed.reason === 'boolean' || typed.reason === 'errorValue') {
    // Neither a number nor names: read as a list it would be one member called "28/12/2021" or "#N/A".
    bad('councilMembers', `ô chứa ${typed.shown}, không phải số thành viên. Hãy gõ số thành viên Hội đồng (ví dụ 12), hoặc họ tên từng thành viên, mỗi người một dòng.`);
  } else {
    memberList = lines(cleanParagraphs(value('councilMembers'))).map((line) => ({
      name: line.replace(/^[-–•+\d.)\s]+/, '').replace(ABSENT, '').trim(),
      present: !ABSENT.test(line),
    }));
    members = memberList.length;
  }
  const present = count('membersPresent', 0) ?? (memberList.length > 0 ? memberList.filter((m) => m.present).length : members);
  if (members !== null && present !== null && present > members) bad('membersPresent', `${present} thành viên có mặt, nhiều hơn ${members} thành viên Hội đồng.`);
  const issued = count('ballotsIssued', 0) ?? present;
  if (members !== null && issued !== null && issued > members) bad('ballotsIssued', `${issued} phiếu phát ra, nhiều hơn ${members} thành viên Hội đồng.`);

  let threshold: number | null = null;
  const percent = parseNumber(value('voteThreshold'));
  if (percent.kind === 'number' && percent.value >= 1 * MILLI && percent.value <= 100 * MILLI) threshold = percent.value;
  else if (percent.kind !== 'empty') bad('voteThreshold', 'cần một tỷ lệ phần trăm từ 1 đến 100, ví dụ 80 (không ghi dấu %).');

  const marks: BallotMarks = { agree: markList('agreeMarks', DEFAULT_MARKS.agree), disagree: markList('disagreeMarks', DEFAULT_MARKS.disagree) };
  const both = marks.agree.find((m) => marks.disagree.some((d) => nameKey(d) === nameKey(m)));
  if (both !== undefined) bad('disagreeMarks', `"${both}" có ở cả cách ghi đồng ý và cách ghi không đồng ý; mỗi cách ghi chỉ mang một ý kiến.`);

  const rule = nameKey(text('validBallotRule'));
  const answerRequired = /đủ|bắt buộc/.test(rule);
  if (rule !== '' && !answerRequired && !/trống/.test(rule)) bad('validBallotRule', 'hãy ghi "được để trống" hoặc "phải đủ ý kiến".');

  let base: VoteBase = 'members';
  const baseText = nameKey(text('voteBase'));
  if (/có mặt|dự họp|tham dự/.test(baseText)) base = 'present';
  else if (baseText !== '' && !/tổng|thành viên/.test(baseText)) bad('voteBase', 'hãy ghi "tổng số thành viên" hoặc "số có mặt".');

  let comparison: VoteComparison = 'atLeast';
  const cmp = nameKey(text('voteComparison'));
  if (/^(trên|hơn|vượt|quá)/.test(cmp)) comparison = 'moreThan';
  else if (cmp !== '' && !/ít nhất|từ|không dưới|bằng/.test(cmp)) bad('voteComparison', 'hãy ghi "ít nhất" hoặc "trên".');

  const date = parseDate(value('voteDate'));
  if (date === 'bad') bad('voteDate', 'cần một ngày dạng 05/01/2022.');

  return {
    members,
    memberList,
    present,
    issued,
    answerRequired,
    marks,
    threshold,
    base,
    comparison,
    date: date === 'bad' ? null : date,
    time: text('voteTime'),
    place: text('votePlace'),
    committee: lines(cleanParagraphs(value('countingCommittee'))).map(committeeMember),
    minutesNumber: text('minutesNumber'),
    letterNumber: text('letterNumber'),
    grantingBody: text('grantingBody'),
    attachments: lines(cleanParagraphs(value('attachments'))).map((l) => l.replace(/^[-–•+]\s*/, '').replace(/[;.]+$/, '')),
  };
}
