/**
 * The one definition of the workbook layout: sheet names, header rows, columns and
 * the settings keys. Both adapters (Google Sheets and .xlsx) and every parser take
 * the layout from here, so a template made by the add-in and one made by the
 * `tinh-diem mau` command are the same.
 */
import { nameKey } from './text';
import type { Criterion } from './types';
import { LEGAL_BASES_DEFAULT } from './legal-texts';

export const SHEET = {
  settings: 'Cấu hình',
  criteria: 'Tiêu chí',
  units: 'Đơn vị',
  scores: 'Bảng điểm',
  agreed: 'Cụm chấm',
  summary: 'Tổng hợp',
  detail: 'Điểm theo tiêu chí',
  checks: 'Kiểm tra',
  history: 'Lịch sử',
  /** The council's ballots, one row a ballot, laid out from the ranking (bình xét). */
  ballots: 'Phiếu bầu',
  voteResults: 'Kết quả bỏ phiếu',
  /** Values "Cập nhật Bảng điểm" found no place for: appended, never rewritten. */
  keptAside: 'Điểm đã gỡ',
  /** The results of the years that ended, one row per unit and year: written by "Bắt đầu năm mới", read for comparison. */
  past: 'Các năm trước',
  /** The log of each unit's submission: submitted, reopened, reviewed, locked; a submission row holds the values submitted. */
  submissions: 'Nộp bài',
} as const;

/**
 * Sheets that hold what people decided: no action ever writes a value there, except `Nộp bài`,
 * where the add-in records each submission and reopening (in a file the secretariat types them).
 */
export const INPUT_ROLES = ['settings', 'criteria', 'units', 'scores', 'agreed', 'ballots', 'submissions'] as const;
/** Input sheets a workbook may lack: agreed scores, ballots and submissions come only when there are some. */
export const OPTIONAL_ROLES: readonly (typeof INPUT_ROLES)[number][] = ['agreed', 'ballots', 'submissions'];
/** Sheets the product writes that every run reads back: the past years' results to compare with, the runs so far for their year. */
export const READ_BACK_ROLES = ['past', 'history'] as const;
/** Sheets the product rebuilds whole on every run. */
export const OUTPUT_ROLES = ['summary', 'detail', 'checks', 'history'] as const;
/** Output sheets only some actions write (the vote's count, the values "Cập nhật Bảng điểm" kept aside). */
export const OCCASIONAL_OUTPUT_ROLES = ['voteResults', 'keptAside'] as const;

/** Rows above the data in every input sheet (one header row). */
export const HEADER_ROWS = 1;

export const SETTINGS_HEADER = ['Mục', 'Giá trị', 'Ghi chú'] as const;

/** Settings keys, by the label the user sees in column A of `Cấu hình`. */
export interface SettingDef {
  key: string;
  label: string;
  help: string;
  /**
   * Value written into a new template: the value the product uses when the cell is
   * blank (shown so the user sees it), a value every cluster starts from (a base
   * total of 100, the cluster leader signing), or blank. Never another cluster's data.
   */
  example: string | number;
}

export const SETTINGS: readonly SettingDef[] = [
  { key: 'clusterName', label: 'Tên cụm thi đua', help: 'Ví dụ: Cụm thi đua số 08', example: '' },
  { key: 'parentBody', label: 'Cơ quan chủ quản', help: 'Cơ quan cấp trên, in hoa ở góc trái tiêu đề báo cáo', example: '' },
  { key: 'issuer', label: 'Cơ quan ban hành', help: 'Dòng in đậm dưới cơ quan chủ quản; để trống thì dùng tên cụm', example: '' },
  { key: 'year', label: 'Năm', help: 'Năm thi đua, ví dụ 2021', example: '' },
  { key: 'leaderUnit', label: 'Đơn vị cụm trưởng', help: 'Tên đầy đủ của đơn vị cụm trưởng', example: '' },
  { key: 'declaredBaseTotal', label: 'Tổng điểm chuẩn', help: 'Tổng điểm chuẩn tối đa theo bảng tiêu chí, thường là 100', example: 100 },
  { key: 'rankStyle', label: 'Cách xếp hạng', help: '"liền" (1, 2, 2, 3) hoặc "cách" (1, 2, 2, 4)', example: 'liền' },
  {
    key: 'tieBreaks',
    label: 'Thứ tự xét khi bằng điểm',
    help: 'Mã tiêu chí cách nhau bởi dấu phẩy, có thể thêm "ít điểm trừ", "điểm chuẩn cao"; để trống: đồng hạng',
    example: '',
  },
  { key: 'scoreStep', label: 'Bước điểm', help: 'Ví dụ 0,5 hoặc 0,25; để trống: không kiểm tra', example: '' },
  { key: 'maxTotalBonus', label: 'Tối đa tổng điểm thưởng', help: 'Để trống nếu không giới hạn', example: '' },
  { key: 'maxTotalDeduction', label: 'Tối đa tổng điểm trừ', help: 'Để trống nếu không giới hạn', example: '' },
  { key: 'gradeExcellent', label: 'Ngưỡng Hoàn thành xuất sắc', help: 'Tổng điểm tối thiểu, và không tiêu chí nào 0 điểm', example: 95 },
  { key: 'gradeGood', label: 'Ngưỡng Hoàn thành tốt', help: 'Tổng điểm tối thiểu', example: 85 },
  { key: 'gradePass', label: 'Ngưỡng Hoàn thành', help: 'Tổng điểm tối thiểu; thấp hơn: Không hoàn thành', example: 75 },
  { key: 'awardCount', label: 'Số đơn vị đề nghị Cờ thi đua', help: 'Số đơn vị dẫn đầu được đề nghị, thường 1 hoặc 2; 0: không có mục V', example: 1 },
  {
    key: 'awardStreak',
    label: 'Số năm liên tục Hoàn thành xuất sắc để đề nghị',
    help: 'Đơn vị được đề nghị Cờ thi đua phải Hoàn thành xuất sắc bấy nhiêu năm liền, tính cả năm nay, theo trang Các năm trước; để trống: không xét',
    example: '',
  },
  { key: 'awardName', label: 'Tên danh hiệu đề nghị', help: 'Ví dụ Cờ thi đua của Chính phủ; để trống: Cờ thi đua của cơ quan chủ quản', example: '' },
  { key: 'decimalSeparator', label: 'Dấu thập phân trong báo cáo', help: '"," hoặc "."; để trống: dấu phẩy (Sheets: theo ngôn ngữ bảng tính)', example: '' },
  { key: 'reportNumber', label: 'Số báo cáo', help: 'Ví dụ 05/BC-CTĐ', example: '' },
  { key: 'place', label: 'Địa danh', help: 'Nơi ban hành, ví dụ An Giang', example: '' },
  { key: 'reportDate', label: 'Ngày báo cáo', help: 'Ví dụ 05/01/2022; để trống: báo cáo chừa chỗ ghi ngày', example: '' },
  {
    key: 'draft',
    label: 'Dự thảo',
    help: '"có" để in chữ DỰ THẢO trên báo cáo; hoặc kể tên văn bản cần in: báo cáo, biên bản, tờ trình, thành tích, bảng tổng hợp',
    example: '',
  },
  { key: 'summary', label: 'Trích yếu', help: 'Dòng in đậm dưới chữ BÁO CÁO; để trống: tự tạo', example: '' },
  { key: 'basis', label: 'Căn cứ', help: 'Ví dụ: Căn cứ Kế hoạch số …', example: '' },
  { key: 'intro', label: 'Lời mở đầu', help: 'Câu dẫn sau căn cứ; để trống: tự tạo', example: '' },
  { key: 'section1', label: 'Phần I', help: 'Tổ chức thi đua trong Cụm (mỗi đoạn một dòng)', example: '' },
  { key: 'section2Intro', label: 'Mở đầu phần II', help: 'Đoạn mở đầu phần kết quả theo từng tiêu chí', example: '' },
  { key: 'section3', label: 'Phần III', help: 'Đánh giá chung (mỗi đoạn một dòng)', example: '' },
  { key: 'closing', label: 'Câu kết', help: 'Để trống: tự tạo; dấu ./. được thêm tự động', example: '' },
  { key: 'recipients', label: 'Nơi nhận', help: 'Mỗi nơi nhận một dòng', example: '' },
  { key: 'signerRole', label: 'Quyền hạn ký', help: 'Ví dụ: CỤM TRƯỞNG', example: 'CỤM TRƯỞNG' },
  { key: 'signerTitle', label: 'Chức vụ người ký', help: 'Ví dụ: GIÁM ĐỐC SỞ TTTT AN GIANG', example: '' },
  { key: 'signerName', label: 'Người ký', help: 'Họ và tên', example: '' },
  // Bình xét: the council's secret ballot (trang "Phiếu bầu"), its minutes and the proposal letter.
  {
    key: 'councilMembers',
    label: 'Thành viên Hội đồng',
    help: 'Số thành viên, ví dụ 12; hoặc danh sách mỗi người một dòng, thêm "(vắng)" sau tên người vắng mặt',
    example: '',
  },
  { key: 'membersPresent', label: 'Số thành viên có mặt', help: 'Để trống: tính từ danh sách, hoặc tất cả có mặt', example: '' },
  {
    key: 'ballotsIssued',
    label: 'Số phiếu phát ra',
    help: 'Để trống: bằng số thành viên có mặt; tính cả phiếu gửi cho thành viên vắng bỏ phiếu bằng văn bản',
    example: '',
  },
  {
    key: 'validBallotRule',
    label: 'Phiếu hợp lệ',
    help: '"được để trống" (ô trống là không đồng ý) hoặc "phải đủ ý kiến" (ô trống làm phiếu không hợp lệ)',
    example: 'được để trống',
  },
  {
    key: 'agreeMarks',
    label: 'Cách ghi đồng ý',
    help: 'Điều gõ vào ô phiếu bầu được tính là đồng ý; nhiều cách ghi thì cách nhau bởi dấu chấm phẩy; để trống: "đồng ý". Mọi cách ghi khác (x, 1…) được báo tại ô và chưa kiểm phiếu cho đến khi sửa',
    example: 'đồng ý',
  },
  { key: 'disagreeMarks', label: 'Cách ghi không đồng ý', help: 'Như trên, cho ý kiến không đồng ý; để trống: "không đồng ý"', example: 'không đồng ý' },
  { key: 'voteThreshold', label: 'Tỷ lệ phiếu đồng ý (%)', help: 'Ngưỡng để được đề nghị, từ 1 đến 100, theo quy chế của cụm, ví dụ 80', example: '' },
  { key: 'voteBase', label: 'Tỷ lệ tính trên', help: '"tổng số thành viên" hoặc "số có mặt"', example: 'tổng số thành viên' },
  { key: 'voteComparison', label: 'Cách so với ngưỡng', help: '"ít nhất" (bằng ngưỡng là đạt) hoặc "trên" (phải vượt ngưỡng)', example: 'ít nhất' },
  { key: 'voteDate', label: 'Ngày bỏ phiếu', help: 'Ví dụ 05/01/2022', example: '' },
  { key: 'voteTime', label: 'Thời gian họp', help: 'Ví dụ 14 giờ 00', example: '' },
  { key: 'votePlace', label: 'Địa điểm họp', help: 'Ví dụ Hội trường Sở TTTT An Giang', example: '' },
  { key: 'voteEndTime', label: 'Giờ kết thúc họp', help: 'Ví dụ 16 giờ 30; ghi vào biên bản', example: '' },
  { key: 'meetingChair', label: 'Chủ trì cuộc họp', help: '"Họ tên - chức vụ", ví dụ Nguyễn Văn A - Giám đốc Sở …, Cụm trưởng', example: '' },
  { key: 'meetingSecretary', label: 'Thư ký cuộc họp', help: '"Họ tên - chức vụ"', example: '' },
  {
    key: 'quorum',
    label: 'Số thành viên tối thiểu có mặt',
    help: 'Theo quy chế của cụm: phân số (2/3) hoặc phần trăm (66,67); có mặt ít hơn thì không kiểm phiếu; để trống: không kiểm tra',
    example: '2/3',
  },
  {
    key: 'writtenOpinions',
    label: 'Số ý kiến bằng văn bản',
    help: 'Thành viên vắng mặt gửi phiếu bằng văn bản; để trống: đếm các dòng "(vắng, có ý kiến bằng văn bản)" trong danh sách thành viên',
    example: '',
  },
  {
    key: 'voteRounds',
    label: 'Số vòng bỏ phiếu tối đa',
    help: '1 hoặc 2; vòng 2 bỏ phiếu lại những nội dung vòng 1 chưa quyết định được (ghi số vòng ở cột "Vòng" của Phiếu bầu)',
    example: 1,
  },
  {
    key: 'headDecision',
    label: 'Quyết định của Cụm trưởng',
    help: 'Khi sau vòng cuối vẫn chưa quyết định được: ý kiến quyết định của Cụm trưởng, Cụm phó, ghi vào biên bản',
    example: '',
  },
  { key: 'minutesCopies', label: 'Số bản biên bản', help: 'Số bản lập, ví dụ 2', example: 2 },
  { key: 'countingCommittee', label: 'Ban kiểm phiếu', help: 'Mỗi người một dòng "Họ tên - nhiệm vụ"; người đầu tiên là Trưởng ban', example: '' },
  { key: 'minutesNumber', label: 'Số biên bản kiểm phiếu', help: 'Ví dụ 01/BB-CTĐ', example: '' },
  { key: 'letterNumber', label: 'Số tờ trình', help: 'Ví dụ 06/TTr-CTĐ', example: '' },
  { key: 'grantingBody', label: 'Kính gửi', help: 'Cơ quan xét tặng, ví dụ Bộ trưởng Bộ Thông tin và Truyền thông', example: '' },
  {
    key: 'attachments',
    label: 'Hồ sơ kèm theo',
    help: 'Giấy tờ gửi kèm tờ trình, mỗi loại một dòng; để trống: báo cáo, biên bản kiểm phiếu, báo cáo thành tích của từng đơn vị được đề nghị, bảng tổng hợp',
    example: '',
  },
  { key: 'letterDate', label: 'Ngày tờ trình', help: 'Để trống: ngày của văn bản kèm theo mới nhất (báo cáo, biên bản kiểm phiếu)', example: '' },
  {
    key: 'legalBases',
    label: 'Căn cứ pháp lý',
    help: 'Văn bản làm căn cứ của tờ trình, mỗi văn bản một dòng; để trống: luật và nghị định hiện hành về thi đua, khen thưởng cùng quy chế của cụm',
    example: LEGAL_BASES_DEFAULT.join('\n'),
  },
  // Nộp bài và thẩm định: the units submit their rows by a deadline, with evidence for each bonus.
  {
    key: 'deadline',
    label: 'Hạn nộp',
    help: 'Hạn các đơn vị nộp bảng điểm tự chấm, ví dụ 10/12/2026 (hết ngày) hoặc 17:00 10/12/2026; để trống: không có hạn',
    example: '',
  },
  {
    key: 'evidenceRule',
    label: 'Thưởng không có minh chứng',
    help: '"lỗi" (chặn xếp hạng) hoặc "cảnh báo" khi một điểm thưởng chưa có đường dẫn minh chứng; để trống: không kiểm tra',
    example: '',
  },
];

export const CRITERIA_HEADER = [
  'Mã tiêu chí',
  'Tên tiêu chí',
  'Điểm chuẩn tối đa',
  'Điểm thưởng tối đa',
  'Nội dung báo cáo',
  'Thưởng theo hạng ngoài',
  'Mã cũ',
] as const;
export const CRITERIA_COL = { code: 0, name: 1, maxBase: 2, maxBonus: 3, narrative: 4, bands: 5 } as const;

export const UNITS_HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Tên ngắn', 'Email người nhập', 'Ký giao ước', 'Mã cũ'] as const;
/** The column of `Tiêu chí` and `Đơn vị` (found by its header) naming the code(s) a row had before: a rename, or a merge. */
export const OLD_CODE_HEADER = 'Mã cũ';
export const UNITS_COL = { code: 0, name: 1, shortName: 2, emails: 3, pledged: 4 } as const;
/** A column of `Đơn vị` holding each unit's place in the outside ranking of criterion `code`. */
export const placeHeader = (code: string): string => `Hạng ngoài ${code}`;
/** An optional column of `Đơn vị`: the codes, in the year before, of the units this one continues (a merger). */
export const SUCCESSOR_HEADER = 'Kế thừa từ';

/** Score sheet: two fixed columns, a base and a bonus column per criterion, then deductions. */
export const SCORES_FIXED_HEADER = ['Mã đơn vị', 'Đơn vị'] as const;
export const DEDUCTION_HEADER = 'Điểm trừ';
export const DEDUCTION_REASON_HEADER = 'Lý do trừ';
export const baseHeader = (code: string): string => `Chuẩn ${code}`;
export const bonusHeader = (code: string): string => `Thưởng ${code}`;
/** `Bảng điểm`: the link to the unit's evidence for a criterion (a Drive file or folder). */
export const evidenceHeader = (code: string): string => `Minh chứng ${code}`;
/** `Cụm chấm`: why the cluster corrected the unit's score on a criterion. */
export const correctionReasonHeader = (code: string): string => `Lý do ${code}`;
/** `Bảng điểm`: the unit's explanation (giải trình) in answer to the cluster's review. */
export const EXPLANATION_HEADER = 'Giải trình';
/** `Bảng điểm`: each unit's submission status, written by the add-in right of the live columns. */
export const STATUS_HEADER = 'Trạng thái nộp';
export const isStatusHeader = (cell: unknown): boolean => nameKey(cell) === nameKey(STATUS_HEADER);

/** The header row of `Bảng điểm` (or, with `agreed`, of `Cụm chấm`) for a criteria table. */
export function scoresHeader(criteria: readonly Pick<Criterion, 'code'>[], role: 'scores' | 'agreed' = 'scores'): string[] {
  const header: string[] = [...SCORES_FIXED_HEADER];
  for (const c of criteria) header.push(baseHeader(c.code), bonusHeader(c.code));
  header.push(DEDUCTION_HEADER, DEDUCTION_REASON_HEADER);
  if (role === 'scores') header.push(...criteria.map((c) => evidenceHeader(c.code)), EXPLANATION_HEADER);
  else header.push(...criteria.map((c) => correctionReasonHeader(c.code)));
  return header;
}

/** `Nộp bài`: one row an event; a submission row goes on with the submitted values under `Bảng điểm`'s titles. */
export const SUBMISSIONS_HEADER = ['Thời gian', 'Mã đơn vị', 'Việc', 'Người thực hiện', 'Lý do'] as const;
/** The events of `Nộp bài` as typed in its `Việc` column. */
export const SUBMISSION_ACTIONS = { submit: 'nộp', reopen: 'mở lại', review: 'thẩm định', lock: 'khóa' } as const;
export type SubmissionAction = keyof typeof SUBMISSION_ACTIONS;

export const SUMMARY_HEADER = ['Hạng', 'Mã đơn vị', 'Đơn vị', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp loại', 'Ghi chú'] as const;

export const CHECKS_HEADER = ['Mức độ', 'Loại', 'Trang tính', 'Ô', 'Đơn vị', 'Nội dung', 'Mã lỗi'] as const;

export const HISTORY_HEADER = [
  'Thời gian',
  'Người thực hiện',
  'Số đơn vị',
  'Số lỗi',
  'Số cảnh báo',
  'Xếp hạng',
  'Mã nhận dạng dữ liệu (để đối chiếu lần chạy)',
  'Báo cáo',
  'Năm',
] as const;

export const KEPT_ASIDE_HEADER = [
  'Ngày gỡ',
  'Trang',
  'Mã đơn vị',
  'Đơn vị',
  'Tiêu chí',
  'Điểm chuẩn',
  'Điểm thưởng',
  'Điểm trừ',
  'Lý do trừ',
  'Giá trị khác',
  'Vì sao gỡ',
] as const;

/** Short notes shown on template headers (Sheets notes / Excel comments). */
export const HEADER_NOTES: Record<string, string> = {
  [SETTINGS_HEADER[0]]: 'Tên mục cấu hình; giữ nguyên như bảng mẫu',
  [SETTINGS_HEADER[1]]: 'Giá trị của mục; để trống để dùng mặc định ghi ở cột Ghi chú',
  [SETTINGS_HEADER[2]]: 'Hướng dẫn cho từng mục; không ảnh hưởng đến kết quả',
  'Mã tiêu chí': 'Mã tiêu chí, ví dụ 1 hoặc 1.2; không trùng nhau',
  'Tên tiêu chí': 'Tên tiêu chí như trong bảng tiêu chí thi đua của cụm',
  'Nội dung báo cáo':
    'Phần tường thuật của tiêu chí trong báo cáo, mỗi đoạn một dòng; các dòng sau dòng "Kết quả thực hiện:" được in sau các dòng kết quả tính từ điểm',
  'Tên đơn vị': 'Tên đầy đủ, ví dụ Sở Thông tin và Truyền thông tỉnh Long An',
  'Đơn vị': 'Tên ngắn của đơn vị, để dễ đọc; đơn vị được nhận theo mã',
  [DEDUCTION_REASON_HEADER]: 'Lý do trừ điểm, ví dụ chậm nộp báo cáo',
  'Điểm chuẩn tối đa': 'Số dương, ví dụ 10',
  'Điểm thưởng tối đa': 'Để trống nếu tiêu chí không có điểm thưởng',
  'Mã đơn vị': 'Mã ngắn, không trùng nhau, ví dụ LA',
  'Tên ngắn': 'Tên dùng trong danh sách của báo cáo, ví dụ Long An',
  'Email người nhập': 'Các email được phép nhập điểm của đơn vị, cách nhau bởi dấu phẩy',
  'Ký giao ước': '"có" hoặc "không"',
  'Mã cũ':
    'Khi đổi mã giữa năm: mã trước đây của dòng này (ví dụ 5 khi tiêu chí 5 thành 5.1); Cập nhật Bảng điểm chuyển điểm đã nhập sang mã mới. Hai mã trở lên, cách nhau bởi dấu phẩy, là gộp: điểm của các mã cũ được chuyển sang trang Điểm đã gỡ để chấm lại',
  'Thưởng theo hạng ngoài': 'Ví dụ 1-10: 3; 11-20: 1,5 (10 đến 20); hạng ghi ở cột "Hạng ngoài <mã>" trang Đơn vị',
  [SUCCESSOR_HEADER]: 'Đơn vị sáp nhập hoặc đổi mã: mã của các đơn vị năm trước mà đơn vị này kế thừa, cách nhau bởi dấu phẩy; để trống nếu vẫn là đơn vị cũ',
  [DEDUCTION_HEADER]: 'Tổng điểm trừ; ghi 0,5 hay -0,5 đều là trừ 0,5 điểm',
  [EXPLANATION_HEADER]: 'Giải trình của đơn vị về điểm Cụm chấm điều chỉnh; ghi sau khi nộp không bị coi là thay đổi',
  [STATUS_HEADER]: 'Trạng thái nộp của đơn vị (đang nhập, đã nộp, mở lại, đã thẩm định), ghi theo trang Nộp bài. Không gõ vào đây',
};
