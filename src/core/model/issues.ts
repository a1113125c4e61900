/**
 * Issue codes and the collector every parser and check writes to. Messages are
 * Vietnamese and say what is wrong and what to type instead.
 */
import { cellRef } from './a1';
import { clipMiddle } from './cell-limit';
import { menuGuide, type Guide } from './guide';
import { SHEET } from './template';
import type { Issue, Severity } from './types';
import type { UnreadCell } from './unread-cell';
import { MAX_POINTS, formatPoints, type ParsedNumber } from './numbers';

export const CODE = {
  missingSheet: 'MISSING_SHEET',
  missingColumn: 'MISSING_COLUMN',
  unknownColumn: 'UNKNOWN_COLUMN',
  duplicateColumn: 'DUPLICATE_COLUMN',
  notANumber: 'NOT_A_NUMBER',
  errorValue: 'ERROR_VALUE',
  dateValue: 'DATE_VALUE',
  tooPrecise: 'TOO_PRECISE',
  numberAsText: 'NUMBER_AS_TEXT',
  /** The superior body typed in capitals, which the sentences that name it would print so. */
  settingInCapitals: 'SETTING_IN_CAPITALS',
  outOfRange: 'OUT_OF_RANGE',
  bonusOverCap: 'BONUS_OVER_CAP',
  totalBonusOverCap: 'TOTAL_BONUS_OVER_CAP',
  totalDeductionOverCap: 'TOTAL_DEDUCTION_OVER_CAP',
  offStep: 'OFF_STEP',
  blankBase: 'BLANK_BASE',
  bonusWithoutCap: 'BONUS_NOT_ALLOWED',
  deductionSign: 'DEDUCTION_SIGN',
  unknownUnit: 'UNKNOWN_UNIT',
  missingUnit: 'MISSING_UNIT',
  duplicateUnit: 'DUPLICATE_UNIT',
  nameContradictsCode: 'NAME_CONTRADICTS_CODE',
  emptyUnit: 'EMPTY_UNIT',
  duplicateCriterion: 'DUPLICATE_CRITERION',
  emptyCriterionCode: 'EMPTY_CRITERION_CODE',
  badMaximum: 'BAD_MAXIMUM',
  baseTotalMismatch: 'BASE_TOTAL_MISMATCH',
  noUnits: 'NO_UNITS',
  noCriteria: 'NO_CRITERIA',
  badSetting: 'BAD_SETTING',
  unknownSetting: 'UNKNOWN_SETTING',
  agreedDiffers: 'AGREED_DIFFERS',
  textTooLong: 'TEXT_TOO_LONG',
  unreadCell: 'UNREAD_CELL',
  beyondLimits: 'BEYOND_LIMITS',
  tooLarge: 'TOO_LARGE',
  invisibleCharacters: 'INVISIBLE_CHARACTERS',
  ballotNumber: 'BALLOT_NUMBER',
  duplicateBallot: 'DUPLICATE_BALLOT',
  tooManyBallots: 'TOO_MANY_BALLOTS',
  invalidBallot: 'INVALID_BALLOT',
  ballotMark: 'BALLOT_MARK',
  unknownCandidate: 'UNKNOWN_CANDIDATE',
  ballotsOtherRanking: 'BALLOTS_OTHER_RANKING',
  unstampedBallots: 'UNSTAMPED_BALLOTS',
  olderLiveFormulas: 'OLDER_LIVE_FORMULAS',
  badOldCode: 'BAD_OLD_CODE',
  mergedUnit: 'MERGED_UNIT',
  badBands: 'BAD_BANDS',
  badPlace: 'BAD_PLACE',
  bandMismatch: 'BAND_MISMATCH',
  unreachableGrade: 'UNREACHABLE_GRADE',
  otherYear: 'OTHER_YEAR',
  yearDiffersFromHistory: 'YEAR_DIFFERS_FROM_HISTORY',
  badPastYears: 'BAD_PAST_YEARS',
  unknownPredecessor: 'UNKNOWN_PREDECESSOR',
  streakWithoutPast: 'STREAK_WITHOUT_PAST',
  earlierYearText: 'EARLIER_YEAR_TEXT',
  quorumNotMet: 'QUORUM_NOT_MET',
  ballotRound: 'BALLOT_ROUND',
  voteUndecided: 'VOTE_UNDECIDED',
  replacedLaw: 'REPLACED_LAW',
  documentDates: 'DOCUMENT_DATES',
  dossierIncomplete: 'DOSSIER_INCOMPLETE',
  badSubmission: 'BAD_SUBMISSION',
  changedAfterSubmission: 'CHANGED_AFTER_SUBMISSION',
  evidenceNotLink: 'EVIDENCE_NOT_LINK',
  bonusWithoutEvidence: 'BONUS_WITHOUT_EVIDENCE',
  deadline: 'DEADLINE',
  deadlinePassed: 'DEADLINE_PASSED',
  correctionWithoutReason: 'CORRECTION_WITHOUT_REASON',
  deductionWithoutReason: 'DEDUCTION_WITHOUT_REASON',
  percentValue: 'PERCENT_VALUE',
  zeroCriterion: 'ZERO_CRITERION',
  neededSetting: 'NEEDED_SETTING',
  mergedCells: 'MERGED_CELLS',
  templateColumnMissing: 'TEMPLATE_COLUMN_MISSING',
  blankRow: 'BLANK_ROW',
} as const;

export type IssueCode = (typeof CODE)[keyof typeof CODE];

/** The kind of each issue in words, for the `Kiểm tra` sheet: the user reads this, the code stays for support. */
const KIND: Record<IssueCode, string> = {
  MISSING_SHEET: 'Thiếu trang tính',
  MISSING_COLUMN: 'Thiếu cột',
  UNKNOWN_COLUMN: 'Cột không thuộc bảng mẫu',
  DUPLICATE_COLUMN: 'Cột trùng tiêu đề',
  NOT_A_NUMBER: 'Không phải số',
  ERROR_VALUE: 'Ô báo lỗi',
  DATE_VALUE: 'Ngày tháng thay cho số',
  TOO_PRECISE: 'Quá ba chữ số thập phân',
  NUMBER_AS_TEXT: 'Số nhập dạng văn bản',
  SETTING_IN_CAPITALS: 'Gõ toàn chữ in hoa',
  OUT_OF_RANGE: 'Điểm ngoài khoảng cho phép',
  BONUS_OVER_CAP: 'Điểm thưởng vượt mức',
  TOTAL_BONUS_OVER_CAP: 'Tổng điểm thưởng vượt mức',
  TOTAL_DEDUCTION_OVER_CAP: 'Tổng điểm trừ vượt mức',
  OFF_STEP: 'Không theo bước điểm',
  BLANK_BASE: 'Chưa chấm điểm chuẩn',
  BONUS_NOT_ALLOWED: 'Tiêu chí không có điểm thưởng',
  DEDUCTION_SIGN: 'Điểm trừ ghi số âm',
  UNKNOWN_UNIT: 'Đơn vị không có trong danh sách',
  MISSING_UNIT: 'Đơn vị chưa có dòng điểm',
  DUPLICATE_UNIT: 'Đơn vị trùng',
  NAME_CONTRADICTS_CODE: 'Tên đơn vị không khớp mã',
  EMPTY_UNIT: 'Đơn vị thiếu mã hoặc tên',
  DUPLICATE_CRITERION: 'Mã tiêu chí trùng',
  EMPTY_CRITERION_CODE: 'Tiêu chí chưa có mã',
  BAD_MAXIMUM: 'Điểm tối đa không hợp lệ',
  BASE_TOTAL_MISMATCH: 'Tổng điểm chuẩn không khớp',
  NO_UNITS: 'Chưa có đơn vị',
  NO_CRITERIA: 'Chưa có tiêu chí',
  BAD_SETTING: 'Cấu hình không hợp lệ',
  UNKNOWN_SETTING: 'Mục cấu hình không nhận ra',
  AGREED_DIFFERS: 'Cụm chấm khác điểm tự chấm',
  TEXT_TOO_LONG: 'Văn bản quá dài',
  UNREAD_CELL: 'Ô không đọc được chính xác',
  BEYOND_LIMITS: 'Ô nằm ngoài vùng đọc',
  TOO_LARGE: 'Số quá lớn',
  INVISIBLE_CHARACTERS: 'Ký tự ẩn',
  BALLOT_NUMBER: 'Số phiếu không hợp lệ',
  DUPLICATE_BALLOT: 'Phiếu nhập hai lần',
  TOO_MANY_BALLOTS: 'Nhiều phiếu hơn số phát ra',
  INVALID_BALLOT: 'Phiếu bầu không hợp lệ',
  BALLOT_MARK: 'Cách ghi ý kiến không được công nhận',
  UNKNOWN_CANDIDATE: 'Cột hỏi về đơn vị không được đề cử',
  BALLOTS_OTHER_RANKING: 'Phiếu bầu của lần xếp hạng khác',
  UNSTAMPED_BALLOTS: 'Phiếu bầu không ghi lần xếp hạng',
  OLDER_LIVE_FORMULAS: 'Cột tính của phiên bản cũ',
  BAD_OLD_CODE: 'Mã cũ không dùng được',
  MERGED_UNIT: 'Đơn vị gộp chưa có điểm',
  BAD_BANDS: 'Bậc thưởng sai',
  BAD_PLACE: 'Hạng ngoài sai',
  BAND_MISMATCH: 'Thưởng khác hạng ngoài',
  UNREACHABLE_GRADE: 'Ngưỡng xếp loại không thể đạt',
  OTHER_YEAR: 'Giá trị của năm khác',
  YEAR_DIFFERS_FROM_HISTORY: 'Năm khác các lần chạy trước',
  BAD_PAST_YEARS: 'Kết quả các năm trước không dùng được',
  UNKNOWN_PREDECESSOR: 'Mã kế thừa không có năm trước',
  STREAK_WITHOUT_PAST: 'Thiếu kết quả các năm trước',
  EARLIER_YEAR_TEXT: 'Văn bản nhắc năm trước',
  QUORUM_NOT_MET: 'Không đủ số thành viên tối thiểu',
  BALLOT_ROUND: 'Vòng bỏ phiếu không hợp lệ',
  VOTE_UNDECIDED: 'Bỏ phiếu chưa quyết định được',
  REPLACED_LAW: 'Căn cứ văn bản đã được thay thế',
  DOCUMENT_DATES: 'Ngày văn bản không khớp',
  DOSSIER_INCOMPLETE: 'Hồ sơ thiếu giấy tờ',
  BAD_SUBMISSION: 'Dòng nộp bài không đọc được',
  CHANGED_AFTER_SUBMISSION: 'Thay đổi sau khi nộp',
  EVIDENCE_NOT_LINK: 'Minh chứng không phải đường dẫn',
  BONUS_WITHOUT_EVIDENCE: 'Điểm thưởng chưa có minh chứng',
  DEADLINE: 'Hạn nộp',
  DEADLINE_PASSED: 'Quá hạn nộp',
  CORRECTION_WITHOUT_REASON: 'Cụm chấm sửa điểm không ghi lý do',
  DEDUCTION_WITHOUT_REASON: 'Điểm trừ không ghi lý do',
  PERCENT_VALUE: 'Số định dạng phần trăm',
  ZERO_CRITERION: 'Tiêu chí 0 điểm hạ xếp loại',
  NEEDED_SETTING: 'Văn bản thiếu mục cấu hình',
  MERGED_CELLS: 'Ô bị gộp',
  TEMPLATE_COLUMN_MISSING: 'Thiếu cột của bảng mẫu',
  BLANK_ROW: 'Dòng trống giữa các đơn vị',
};

export function issueKind(code: string): string {
  return KIND[code as IssueCode] ?? code;
}

/** A message quotes names as typed; a 50,000-character name must not make it unreadable. */
export const MESSAGE_LIMIT = 1000;

export class IssueList {
  readonly items: Issue[] = [];
  /** Cells that already carry an issue, so a later check does not report them twice. */
  private readonly flagged = new Set<string>();
  /** Cells whose stored value could not be read: their one issue says so, and no check guesses more about them. */
  private readonly unreadCells = new Set<string>();

  /**
   * `guide`: how messages name the actions that fix a problem (menu paths or commands);
   * `decimalSeparator`: the cluster's decimal mark, for the numbers a message gives as examples.
   */
  constructor(
    readonly guide: Guide = menuGuide(false),
    readonly decimalSeparator: '.' | ',' = ',',
  ) {}

  add(severity: Severity, code: string, sheet: string, cell: string, message: string, unit?: string): void {
    if (this.unreadCells.has(`${sheet}!${cell}`)) return;
    const issue: Issue = { severity, code, sheet, cell, message: clipMiddle(message, MESSAGE_LIMIT) };
    if (unit !== undefined) issue.unit = unit;
    this.items.push(issue);
    this.flagged.add(`${sheet}!${cell}`);
  }

  /** Turns the matching errors into warnings, saying why they no longer block. */
  downgrade(match: (issue: Issue) => boolean, why: string): void {
    for (const issue of this.items) {
      if (issue.severity !== 'error' || !match(issue)) continue;
      issue.severity = 'warning';
      issue.message = clipMiddle(`${issue.message} ${why}`, MESSAGE_LIMIT);
    }
  }

  has(sheet: string, cell: string): boolean {
    return this.flagged.has(`${sheet}!${cell}`);
  }

  error(code: string, sheet: string, cell: string, message: string, unit?: string): void {
    this.add('error', code, sheet, cell, message, unit);
  }

  warning(code: string, sheet: string, cell: string, message: string, unit?: string): void {
    this.add('warning', code, sheet, cell, message, unit);
  }

  /** Something worth knowing that needs no change (e.g. how a typed value was read). */
  note(code: string, sheet: string, cell: string, message: string, unit?: string): void {
    this.add('note', code, sheet, cell, message, unit);
  }

  /** A template sheet the workbook lacks: nothing on it can be read. */
  missingSheet(sheet: string): void {
    const way = sheet === SHEET.scores ? this.guide.update : this.guide.template;
    this.error(
      CODE.missingSheet,
      sheet,
      'A1',
      `Thiếu trang tính "${sheet}". Hãy chạy ${way} (trang đã có dữ liệu được giữ nguyên) hoặc đổi tên trang tính cho đúng.`,
    );
  }

  /**
   * A cell the file could not give as typed (`UnreadCell`): named once, never read as blank or 0.
   * `expected` says what belongs in the cell when the generic advice is not enough (a ballot's answer).
   */
  unread(sheet: string, cell: string, value: UnreadCell, expected = ''): void {
    const m = badNumberMessage({ kind: 'error', reason: value.kind, shown: value.stored }, cellRef(sheet, cell), false, this.decimalSeparator);
    this.unreadValue(m.code, sheet, cell, expected ? `${m.message} ${expected}` : m.message);
  }

  /** An error at a cell whose value is not what was typed there: no later check reads it as anything. */
  unreadValue(code: string, sheet: string, cell: string, message: string): void {
    this.error(code, sheet, cell, message);
    this.unreadCells.add(`${sheet}!${cell}`);
  }

  /**
   * Reports a cell that should hold a number but does not; `what` names the field ("điểm chuẩn tiêu chí 1").
   * `blankAllowed` says whether an empty cell is a valid answer there (a bonus, a deduction), so that a
   * base score, which must be typed, is never told it may be left blank.
   */
  badNumber(parsed: Extract<ParsedNumber, { kind: 'error' }>, sheet: string, cell: string, what: string, unit?: string, blankAllowed = true): void {
    const m = badNumberMessage(parsed, what, blankAllowed, this.decimalSeparator);
    this.error(m.code, sheet, cell, m.message, unit);
  }
}

function badNumberMessage(
  parsed: Extract<ParsedNumber, { kind: 'error' }>,
  what: string,
  blankAllowed: boolean,
  separator: '.' | ',',
): { code: string; message: string } {
  // A number's own form follows the mark like the examples (1,23456 beside "ví dụ 9,5"); typed text is quoted as typed.
  const own = parsed.numeric ? parsed.shown.replace('.', separator) : parsed.shown;
  const shown = own.length > 40 ? `${own.slice(0, 40)}…` : own;
  // Example points written with the cluster's decimal mark, like every number the outputs show.
  const [nine5, nine25] = [9500, 9250].map((points) => formatPoints(points, separator));
  switch (parsed.reason) {
    case 'errorValue':
      return { code: CODE.errorValue, message: `Ô ${what} đang báo lỗi ${shown}. Hãy xóa công thức và gõ trực tiếp một số, ví dụ ${nine5}.` };
    case 'date':
      return {
        code: CODE.dateValue,
        // This hint is about the spreadsheet's own decimal comma, not the cluster's mark: it stays "9,5".
        message: `Ô ${what} chứa ngày tháng (${shown}), không phải số điểm; có thể do gõ "9.5" trong bảng tính dùng dấu phẩy thập phân. Hãy định dạng ô là số rồi gõ lại, ví dụ 9,5.`,
      };
    case 'precision':
      return {
        code: CODE.tooPrecise,
        message: `Ô ${what} có quá ba chữ số thập phân (${shown}). Hãy gõ điểm theo bước điểm đã thống nhất, ví dụ ${nine5} hoặc ${nine25}.`,
      };
    case 'tooLarge':
      return {
        code: CODE.tooLarge,
        message: `Ô ${what} chứa ${shown}, vượt giới hạn ${MAX_POINTS.toLocaleString('vi-VN')} điểm một ô mà chương trình tính chính xác được. Hãy kiểm tra lại số đã gõ.`,
      };
    case 'formula':
      // A formula shared with the cell above it is stored without its text.
      return {
        code: CODE.unreadCell,
        message: `Ô ${what} có công thức chưa được tính${shown ? ` (=${shown})` : ''}; hãy mở tệp bằng Excel và lưu lại (Excel tính rồi lưu kết quả), hoặc gõ trực tiếp giá trị.`,
      };
    case 'twice':
      return {
        code: CODE.unreadCell,
        message: `Ô ${what} được lưu hai lần trong tệp với hai giá trị khác nhau (${shown}), nên không biết giá trị nào đúng (tệp bị sửa tay hoặc do chương trình khác tạo?). Hãy mở tệp bằng Excel, gõ lại ô này rồi lưu tệp.`,
      };
    case 'badValue':
      return {
        code: CODE.unreadCell,
        message: `Ô ${what} lưu giá trị "${shown}" không đúng kiểu của ô (tệp do chương trình khác tạo?), nên không đọc được chính xác. Hãy gõ lại ô này bằng Excel rồi lưu tệp.`,
      };
    case 'boolean':
    case 'text':
    case 'notFinite':
      return {
        code: CODE.notANumber,
        message: `Ô ${what} chứa "${shown}", không phải số. Hãy gõ một số, ví dụ ${nine5}${blankAllowed ? '; để trống nếu không có điểm' : ''}.`,
      };
  }
}
