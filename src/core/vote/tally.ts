/**
 * The count of the ballots, exact: whole numbers only, the threshold compared as
 * `agree × 100 ≥ percent × denominator` (9 of 12 is 75 % and fails 80 %; 80 % of 12
 * is 9.6, so 10 are needed). A ballot with two answers in one cell, more
 * agreements than places, or a unit outside its tie is invalid as a whole and named
 * by its row; a mark the cluster does not accept counts as nothing (ballot-marks.ts).
 * Never throws.
 */
import { a1 } from '../model/a1';
import { boundedList } from '../model/bounded-list';
import { CODE, IssueList } from '../model/issues';
import { MILLI, parseNumber } from '../model/numbers';
import { isBlankRow } from '../read/parse-lists';
import { HEADER_ROWS, SHEET } from '../model/template';
import { cleanText, nameKey } from '../model/text';
import type { CellValue, Grid, UnitResult } from '../model/types';
import type { BallotColumns } from './ballot-sheet';
import { SEPARATOR, readMark } from './ballot-marks';
import type { BallotCount, BallotMarks, CandidateCount, Candidates, InvalidBallot, TieCount, VoteSettings } from '../model/vote-types';

/** A cell that cannot be counted: `bad` in the sheet's words (for the issue), `plain` in the minutes' words. */
interface Bad {
  bad: string;
  plain: string;
}

/** A mark the cluster does not accept counts as nothing (`unread`): it is an error at its cell (ballot-cells.ts) and the count waits for it. */
type Answer = 'agree' | 'disagree' | 'blank' | 'unread' | Bad;

/** “Vĩnh Long” và “Đồng Tháp”: names as the minutes quote them. */
const quoted = (parts: readonly string[]): string => {
  const q = parts.map((p) => `“${p}”`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} và ${q[q.length - 1]}`;
};

function yesNo(cell: CellValue, marks: BallotMarks, unit: string): Answer {
  const mark = readMark(cell, marks);
  if (mark === 'both') {
    const text = cleanText(cell);
    return { bad: `ghi hai ý kiến ("${text}")`, plain: `ý kiến về ${unit} ghi cùng lúc ${quoted(text.split(SEPARATOR).filter(Boolean))}` };
  }
  return typeof mark === 'object' ? 'unread' : mark;
}

const unitKeys = (r: UnitResult): string[] => [r.unit.code, r.unit.shortName, r.unit.name].map(nameKey);

/** "kế hoạch và đầu tư" of "sở kế hoạch và đầu tư": a full name as a voter writes it without the kind of body before it. */
const withoutFirstWord = (key: string): string | null => (key.includes(' ') ? key.slice(key.indexOf(' ') + 1) : null);

/**
 * The unit of the tie a text names: by its code, short name or full name, or by its full name
 * without its first word ("Kế hoạch và Đầu tư" for "Sở Kế hoạch và Đầu tư") when that names one
 * unit of the tie only; -1 when it names none.
 */
function namedUnit(text: string, tie: readonly UnitResult[]): number {
  const key = nameKey(text);
  const index = tie.findIndex((r) => unitKeys(r).includes(key));
  if (index >= 0) return index;
  const shortened = tie.flatMap((r, i) => (withoutFirstWord(nameKey(r.unit.name)) === key ? [i] : []));
  return shortened.length === 1 ? shortened[0] : -1;
}

/**
 * The names of the units of the tie a cell lists ("Sở GD&ĐT, Sở VHTTDL": each name may itself
 * hold a separator), or null unless the whole text reads as two or more of them.
 */
function severalUnits(text: string, tie: readonly UnitResult[]): string[] | null {
  // Parts at the even places, the separators between them at the odd ones.
  const pieces = text.split(new RegExp(`(${SEPARATOR.source})`));
  const last = (pieces.length - 1) / 2;
  /** From part `i` (the piece at 2i) to the end, as names of units, or null when it cannot be read so. */
  const from: (string[] | null)[] = [];
  from[last + 1] = [];
  for (let i = last; i >= 0; i--) {
    from[i] = null;
    let name = '';
    for (let j = i; j <= last && from[i] === null; j++) {
      name += (j > i ? pieces[2 * j - 1] : '') + pieces[2 * j];
      const rest = from[j + 1];
      if (rest && namedUnit(name, tie) >= 0) from[i] = [name, ...rest];
    }
  }
  const names = from[0];
  return names && names.length > 1 ? names : null;
}

/**
 * The unit chosen in a tie's cell: its index in the tie, -1 for blank, or why the cell
 * cannot be read. The whole cell is matched first: a unit's own name may hold a
 * separator ("Sở GD&ĐT", "Sở Văn hóa, Thể thao và Du lịch", "Kế hoạch và Đầu tư"), and naming
 * it is one choice. A cell is said to choose several units only when each of its parts names
 * one: the minutes never quote a part ("Kế hoạch") as if it were a unit.
 */
function choice(cell: CellValue, tie: readonly UnitResult[], rank: number): number | Bad {
  const text = cleanText(cell);
  if (text === '') return -1;
  const index = namedUnit(text, tie);
  if (index >= 0) return index;
  const units = severalUnits(text, tie);
  const where = `khi phân định các đơn vị đồng hạng ${rank}`;
  if (units)
    return {
      bad: `chọn nhiều đơn vị ("${text}")`,
      plain: `${where}, phiếu chọn ${units.length === 2 ? 'cả hai' : 'nhiều'} đơn vị ${quoted(units)} thay vì một`,
    };
  return {
    bad: `chọn "${text}", không phải một trong các đơn vị đồng hạng (${boundedList(
      tie.map((r) => r.unit.shortName),
      'đơn vị',
    )})`,
    plain: `${where}, phiếu ghi “${text}”, không phải một trong các đơn vị đồng hạng`,
  };
}

/** "91,66" for 11 of 12: two decimals, cut rather than rounded so that a failing share never shows as the threshold. */
export function percentText(part: number, whole: number, sep: '.' | ','): string {
  if (whole <= 0) return '—';
  const hundredths = Math.floor((part * 10000) / whole);
  const frac = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${Math.floor(hundredths / 100)}${frac ? sep + frac : ''}`;
}

/** Whether `percentText` cut digits off: the share printed is then below the exact one. */
export function percentIsCut(part: number, whole: number): boolean {
  return whole > 0 && (part * 10000) % whole !== 0;
}

/** Exact: `threshold` in thousandths of a percent. */
export function reachesThreshold(agree: number, denominator: number, threshold: number, comparison: VoteSettings['comparison']): boolean {
  if (denominator <= 0) return false;
  const share = agree * 100 * MILLI;
  const needed = threshold * denominator;
  return comparison === 'atLeast' ? share >= needed : share > needed;
}

/** The fewest agreements out of `denominator` that pass, or null when none can (100 % and "trên"). */
export function agreementsNeeded(denominator: number, threshold: number, comparison: VoteSettings['comparison']): number | null {
  for (let agree = 0; agree <= denominator; agree++) if (reachesThreshold(agree, denominator, threshold, comparison)) return agree;
  return null;
}

interface Ballot {
  row: number;
  number: string;
  answers: Answer[];
  choices: number[];
}

/** Which round a ballot row belongs to, and what that round asks. */
export interface RoundSpec {
  round: number;
  /** The `Vòng` column, -1 when the sheet has none (every ballot is of round 1). */
  roundColumn: number;
  /** Indexes into `Candidates.award` / `.ties` this round asks about. */
  award: number[];
  ties: number[];
  /** Places this round fills: a ballot agreeing to more is invalid. */
  seats: number;
}

/** The round a row's `Vòng` cell names: blank is round 1; null when it is not a round. */
export function roundOf(cell: CellValue): number | null {
  const parsed = parseNumber(cell);
  if (parsed.kind === 'empty') return 1;
  return parsed.kind === 'number' && parsed.value % MILLI === 0 && parsed.value > 0 ? parsed.value / MILLI : null;
}

/** Counts the ballots of one round (rows of other rounds are left to theirs). Never throws. */
export function countBallots(
  grid: Grid,
  columns: BallotColumns,
  c: Candidates,
  vs: VoteSettings,
  spec: RoundSpec,
  sep: '.' | ',',
  issues: IssueList,
): BallotCount {
  const sheet = SHEET.ballots;
  const invalid: InvalidBallot[] = [];
  const valid: Ballot[] = [];
  const numbers = new Map<string, string>();
  const asksAward = new Set(spec.award);
  const asksTie = new Set(spec.ties);
  const inRound = spec.round > 1 ? ` của vòng ${spec.round}` : '';
  let returned = 0;
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row)) continue;
    if (spec.roundColumn >= 0 && roundOf(row[spec.roundColumn]) !== spec.round) continue;
    returned++;
    const numberCell = a1(r, columns.number);
    const parsed = parseNumber(row[columns.number]);
    const number = parsed.kind === 'number' ? String(parsed.value / MILLI) : cleanText(row[columns.number]);
    if (parsed.kind === 'empty')
      issues.warning(CODE.ballotNumber, sheet, numberCell, `Phiếu ở dòng ${r + 1} chưa có số phiếu. Hãy ghi số in trên phiếu để đối chiếu khi kiểm tra lại.`);
    else if (parsed.kind !== 'number' || parsed.value % MILLI !== 0 || parsed.value <= 0)
      issues.error(CODE.ballotNumber, sheet, numberCell, `Số phiếu "${number}" ở dòng ${r + 1} không phải số nguyên dương. Hãy ghi số in trên phiếu, ví dụ 5.`);
    else if (numbers.has(number))
      issues.error(
        CODE.duplicateBallot,
        sheet,
        numberCell,
        `Phiếu số ${number}${inRound} đã được nhập ở ô ${numbers.get(number)}. Mỗi phiếu chỉ nhập một dòng; hãy xóa dòng nhập trùng.`,
      );
    else numbers.set(number, numberCell);
    if (vs.issued !== null && returned === vs.issued + 1) {
      issues.error(
        CODE.tooManyBallots,
        sheet,
        numberCell,
        `Có nhiều phiếu${inRound} hơn số phiếu phát ra (${vs.issued}). Hãy kiểm tra dòng nhập trùng, hoặc sửa mục "Số phiếu phát ra" / "Thành viên Hội đồng" trong trang "${SHEET.settings}".`,
      );
    }

    const answers = columns.award.map((col, k): Answer => (asksAward.has(k) ? yesNo(row[col], vs.marks, c.award[k].unit.shortName) : 'blank'));
    const choices = columns.tie.map((col, k) => (asksTie.has(k) ? choice(row[col], c.ties[k].units, c.ties[k].rank) : -1));
    const reasons: { cell: string; why: string; plain: string }[] = [];
    answers.forEach((a, k) => {
      const cell = a1(r, columns.award[k]);
      if (typeof a === 'object') reasons.push({ cell, why: `cột "${c.award[k].unit.shortName}" ${a.bad}`, plain: a.plain });
      else if (a === 'blank' && vs.answerRequired && asksAward.has(k)) {
        reasons.push({
          cell,
          why: `bỏ trống ý kiến về ${c.award[k].unit.shortName} (quy chế yêu cầu ghi đủ ý kiến)`,
          plain: `không ghi ý kiến về ${c.award[k].unit.shortName}, trong khi quy chế yêu cầu ghi đủ ý kiến`,
        });
      }
    });
    choices.forEach((ch, k) => {
      if (typeof ch === 'object') reasons.push({ cell: a1(r, columns.tie[k]), why: `ô đồng hạng ${c.ties[k].rank} ${ch.bad}`, plain: ch.plain });
      else if (ch < 0 && vs.answerRequired && asksTie.has(k)) {
        reasons.push({
          cell: a1(r, columns.tie[k]),
          why: `không chọn đơn vị nào trong trường hợp đồng hạng ${c.ties[k].rank}`,
          plain: `không chọn đơn vị nào khi phân định các đơn vị đồng hạng ${c.ties[k].rank}, trong khi quy chế yêu cầu ghi đủ ý kiến`,
        });
      }
    });
    const agreed = answers.map((a, k) => (a === 'agree' ? k : -1)).filter((k) => k >= 0);
    if (spec.seats > 0 && agreed.length > spec.seats) {
      const why = `đồng ý ${agreed.length} đơn vị, nhiều hơn ${spec.seats} đơn vị được đề nghị`;
      reasons.push({ cell: a1(r, columns.award[agreed[spec.seats]]), why, plain: why });
    }
    if (reasons.length > 0) {
      invalid.push({ row: r + 1, number, reason: reasons.map((x) => x.why).join('; '), plain: reasons.map((x) => x.plain).join('; ') });
      const which = number ? `Phiếu số ${number}${inRound}` : 'Phiếu';
      // A ballot the voter spoilt is a fact of the count, recorded in the minutes, not a
      // cell to fix: a note, so correct data raises no warning (a typing slip shows here too).
      for (const x of reasons)
        issues.note(
          CODE.invalidBallot,
          sheet,
          x.cell,
          `${which} ở dòng ${r + 1} không hợp lệ: ${x.why}. Phiếu này không được tính và được ghi vào biên bản; nếu đã gõ đúng như phiếu giấy thì không cần sửa.`,
        );
      continue;
    }
    valid.push({ row: r + 1, number, answers, choices: choices as number[] });
  }

  const denominator = (vs.base === 'present' ? vs.present : vs.members) ?? 0;
  const awards: CandidateCount[] = spec.award.map((k) => {
    const unit = c.award[k];
    const agree = valid.filter((b) => b.answers[k] === 'agree').length;
    const disagree = valid.filter((b) => b.answers[k] === 'disagree').length;
    return {
      unit,
      agree,
      disagree,
      blank: valid.filter((b) => b.answers[k] === 'blank').length,
      percent: percentText(agree, denominator, sep),
      passed: vs.threshold !== null && reachesThreshold(agree, denominator, vs.threshold, vs.comparison),
    };
  });
  const ties: TieCount[] = spec.ties.map((k) => {
    const t = c.ties[k];
    const votes = t.units.map((unit, i) => ({ unit, votes: valid.filter((b) => b.choices[k] === i).length }));
    const sorted = [...votes].sort((x, y) => y.votes - x.votes);
    return {
      rank: t.rank,
      votes: sorted,
      blank: valid.filter((b) => b.choices[k] < 0).length,
      settled: new Set(votes.map((v) => v.votes)).size === votes.length,
    };
  });
  return { returned, valid: valid.length, invalid, denominator, awards, ties };
}
