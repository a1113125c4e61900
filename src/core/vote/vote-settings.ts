/** The ballot's rows of `Cấu hình` → `VoteSettings`, each bad value an issue at its cell. */
import { CODE, IssueList } from '../model/issues';
import { MILLI, parseNumber } from '../model/numbers';
import { badDate, cleanParagraphs, parseDate } from '../read/parse-settings';
import { SETTINGS, SHEET } from '../model/template';
import { cleanText, nameKey, withoutBullet } from '../model/text';
import type { CellValue, Settings } from '../model/types';
import type { BallotMarks, CouncilMember, NamedRole, Quorum, VoteBase, VoteComparison, VoteSettings } from '../model/vote-types';
import { LEGAL_BASES_DEFAULT, replacedTextIn } from '../model/legal-texts';
import { formatDate } from '../model/dates';

/** The marks a ballot cell takes when `Cấu hình` names none: the words the ballot sheet asks for. */
export const DEFAULT_MARKS: BallotMarks = { agree: ['đồng ý'], disagree: ['không đồng ý'] };

/** "(vắng)", "(vắng mặt)", "(vắng, có ý kiến bằng văn bản)" after a member's name. */
const ABSENT = /\(\s*vắng(?:\s+mặt)?([^)]*)\)\s*$/i;
const WRITTEN = /văn bản|bằng thư|gửi phiếu/i;

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/** A member's name from a line of the list: its numbering or bullet and its attendance mark taken off. */
const memberName = (line: string): string =>
  line
    .replace(/^[-–•+\d.)\s]+/, '')
    .replace(ABSENT, '')
    .trim();

/**
 * The member list without its attendance marks, and the lines that had one: who was
 * absent belongs to the meeting of the year that ended, not to the council kept for
 * the next (a new year that kept the marks would record them absent again).
 */
export function withoutAttendance(text: string): { text: string; marked: string[] } {
  const marked: string[] = [];
  const kept = text.split('\n').map((line) => {
    if (!ABSENT.test(line)) return line;
    marked.push(memberName(line));
    return line.replace(ABSENT, '').trimEnd();
  });
  return { text: kept.join('\n'), marked };
}

/** "Nguyễn Văn A - Trưởng ban" → name and role; a dash inside a name needs spaces around the separator. */
function namedRole(line: string): NamedRole {
  const bare = withoutBullet(line);
  const m = /^(.*?)\s+[-–:]\s+(.*)$/.exec(bare);
  return m ? { name: m[1].trim(), role: m[2].trim() } : { name: bare.trim(), role: '' };
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
    bad(
      'councilMembers',
      `ô chứa ${typed.shown}, không phải số thành viên. Hãy gõ số thành viên Hội đồng (ví dụ 12), hoặc họ tên từng thành viên, mỗi người một dòng.`,
    );
  } else {
    memberList = lines(cleanParagraphs(value('councilMembers'))).map((line) => ({
      name: memberName(line),
      present: !ABSENT.test(line),
      wroteOpinion: WRITTEN.test(ABSENT.exec(line)?.[1] ?? ''),
    }));
    members = memberList.length;
  }
  const present = count('membersPresent', 0) ?? (memberList.length > 0 ? memberList.filter((m) => m.present).length : members);
  if (members !== null && present !== null && present > members)
    bad('membersPresent', `${present} thành viên có mặt, nhiều hơn ${members} thành viên Hội đồng.`);
  const absent = members !== null && present !== null ? members - present : null;
  const written = count('writtenOpinions', 0) ?? memberList.filter((m) => m.wroteOpinion).length;
  if (absent !== null && written > absent) bad('writtenOpinions', `${written} ý kiến bằng văn bản, nhiều hơn ${absent} thành viên vắng mặt.`);
  const issuedTyped = count('ballotsIssued', 0);
  const issued = issuedTyped ?? (present === null ? null : present + written);
  if (members !== null && issued !== null && issued > members) bad('ballotsIssued', `${issued} phiếu phát ra, nhiều hơn ${members} thành viên Hội đồng.`);
  else if (issuedTyped !== null && present !== null && issuedTyped !== present + written) {
    // The minutes must add up on their face: each ballot went to a member present or to one absent writing in.
    const label = SETTINGS.find((d) => d.key === 'ballotsIssued')?.label;
    issues.warning(
      CODE.badSetting,
      SHEET.settings,
      settings.cells.ballotsIssued ?? 'A1',
      `Mục "${label}": ${issuedTyped} phiếu phát ra, nhưng ${present} thành viên có mặt và ${written} thành viên vắng mặt có ý kiến bằng văn bản cộng lại là ${present + written}. Hãy kiểm tra lại số phiếu, số có mặt hoặc ghi "(vắng, có ý kiến bằng văn bản)" sau tên thành viên gửi phiếu bằng văn bản.`,
    );
  }
  const quorum = parseQuorum(text('quorum'), (m) => bad('quorum', m));
  const maxRounds = count('voteRounds', 1) ?? 1;
  if (maxRounds > 2) bad('voteRounds', 'ghi 1 hoặc 2 (quy chế các cụm cho phép nhiều nhất hai vòng).');

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
  if (date === 'bad') bad('voteDate', badDate(value('voteDate'), 'cần một ngày dạng 05/01/2022.'));
  const letterDate = parseDate(value('letterDate'));
  if (letterDate === 'bad') bad('letterDate', badDate(value('letterDate'), 'cần một ngày dạng 05/01/2022.'));
  checkLetterDate(settings, letterDate === 'bad' ? null : letterDate, date === 'bad' ? null : date, issues);
  const person = (key: string): NamedRole | null => (text(key) ? namedRole(text(key)) : null);

  const legalBases = lines(cleanParagraphs(value('legalBases'))).map((l) =>
    withoutBullet(l)
      .replace(/^căn cứ\s+/i, '')
      .replace(/[;.,]+$/, ''),
  );
  for (const line of legalBases) {
    const old = replacedTextIn(line);
    const label = SETTINGS.find((d) => d.key === 'legalBases')?.label;
    if (old)
      issues.warning(
        CODE.replacedLaw,
        SHEET.settings,
        settings.cells.legalBases ?? 'A1',
        `Mục "${label}": căn cứ "${line}" dẫn ${old.name}, văn bản này đã được thay thế bởi ${old.replacedBy}. Hãy sửa dòng này theo văn bản hiện hành.`,
      );
  }

  const attachments = lines(cleanParagraphs(value('attachments'))).map((l) => withoutBullet(l).replace(/[;.]+$/, ''));
  if (settings.awardCount > 0 && attachments.length > 0 && !attachments.some((a) => /thành tích/i.test(a))) {
    const label = SETTINGS.find((d) => d.key === 'attachments')?.label;
    issues.warning(
      CODE.dossierIncomplete,
      SHEET.settings,
      settings.cells.attachments ?? 'A1',
      `Mục "${label}" chưa có báo cáo thành tích của đơn vị được đề nghị, giấy tờ bắt buộc của hồ sơ đề nghị ${settings.awardName}. Hãy thêm một dòng, ví dụ "Báo cáo thành tích của …", hoặc để trống mục này để dùng danh sách của bộ hồ sơ.`,
    );
  }
  return {
    members,
    memberList,
    present,
    written,
    issued,
    quorum,
    maxRounds: Math.min(maxRounds, 2),
    headDecision: cleanParagraphs(value('headDecision')),
    endTime: text('voteEndTime'),
    chair: person('meetingChair'),
    secretary: person('meetingSecretary'),
    copies: count('minutesCopies', 1) ?? 2,
    answerRequired,
    marks,
    threshold,
    base,
    comparison,
    date: date === 'bad' ? null : date,
    time: text('voteTime'),
    place: text('votePlace'),
    committee: lines(cleanParagraphs(value('countingCommittee'))).map(namedRole),
    minutesNumber: text('minutesNumber'),
    letterNumber: text('letterNumber'),
    grantingBody: text('grantingBody'),
    attachments,
    letterDate: letterDate === 'bad' ? null : letterDate,
    legalBases: legalBases.length > 0 ? legalBases : [...LEGAL_BASES_DEFAULT],
  };
}

const day = formatDate;

/** A letter dated before a paper it attaches (the report, the minutes) cannot have attached it: a warning at its date. */
function checkLetterDate(settings: Settings, letter: Date | null, vote: Date | null, issues: IssueList): void {
  if (!letter) return;
  const label = (key: string): string => SETTINGS.find((d) => d.key === key)?.label ?? key;
  const papers: [string, Date | null][] = [
    [label('reportDate'), settings.report.date],
    [label('voteDate'), vote],
  ];
  for (const [what, date] of papers) {
    if (date && letter.getTime() < date.getTime()) {
      issues.warning(
        CODE.documentDates,
        SHEET.settings,
        settings.cells.letterDate ?? 'A1',
        `Mục "${label('letterDate')}" (${day(letter)}) sớm hơn mục "${what}" (${day(date)}): tờ trình không thể kèm theo một văn bản ban hành sau nó. Hãy sửa ngày tờ trình, hoặc để trống để lấy ngày của văn bản kèm theo mới nhất.`,
      );
    }
  }
}

/** "2/3" or a percent ("66,67", "66,67%"); blank: no quorum is checked. */
function parseQuorum(typed: string, bad: (message: string) => void): Quorum | null {
  if (typed === '') return null;
  const fraction = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(typed);
  if (fraction) {
    const [numerator, denominator] = [Number(fraction[1]), Number(fraction[2])];
    if (numerator >= 1 && numerator <= denominator) return { text: `${numerator}/${denominator}`, numerator, denominator };
  } else {
    const percent = parseNumber(typed.replace(/\s*%$/, ''));
    if (percent.kind === 'number' && percent.value >= MILLI && percent.value <= 100 * MILLI)
      return { text: `${typed.replace(/\s*%$/, '')}%`, numerator: percent.value, denominator: 100 * MILLI };
  }
  bad('ghi một phân số như 2/3, hoặc một tỷ lệ phần trăm từ 1 đến 100 như 66,67.');
  return null;
}

/** The fewest members present that meet the quorum (2/3 of 12 is 8; of 10 it is 7). */
export function quorumMembers(q: Quorum, members: number): number {
  return Math.floor((q.numerator * members + q.denominator - 1) / q.denominator);
}
