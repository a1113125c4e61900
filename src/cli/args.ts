/** The command line → what to do. Bad arguments give one Vietnamese sentence (`UsageError`). */
import { boundedList } from '../core/model/bounded-list';

export type Command =
  | { kind: 'help' }
  | { kind: 'template'; file: string; force: boolean }
  | { kind: 'update'; file: string; outDir: string | null; force: boolean }
  | { kind: 'newYear'; file: string; outDir: string | null; force: boolean; year: number | null; runner: string | null }
  | { kind: 'dossier'; file: string; outDir: string | null; force: boolean }
  | { kind: 'compute'; file: string; outDir: string | null; json: boolean; force: boolean; runner: string | null }
  | { kind: 'record'; action: RecordAction; file: string; units: string[]; who: string; reason: string; outDir: string | null; force: boolean };

/** The steps of the submission cycle a file records (the add-in's menu items of the same names). */
export type RecordAction = 'submit' | 'reopen' | 'review';

/** Each step's word on the command line. */
export const RECORD_WORDS: Record<RecordAction, string> = { submit: 'nop', reopen: 'mo-lai', review: 'tham-dinh' };

export class UsageError extends Error {}

export const HELP_HINT = 'Gõ "tinh-diem --help" để xem cách dùng.';

const TEMPLATE_WORD = 'mau';
const UPDATE_WORD = 'cap-nhat';
const NEW_YEAR_WORD = 'nam-moi';

/** `--nam 2022`: a year as the settings accept it. */
function yearArg(value: string | undefined, flag: string): number {
  if (value === undefined || !/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2100)
    throw new UsageError(`Sau ${flag} cần một năm từ 1900 đến 2100, ví dụ ${flag} 2022. ${HELP_HINT}`);
  return Number(value);
}
const DOSSIER_WORD = 'ho-so';

export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const positional: string[] = [];
  let outDir: string | null = null;
  let json = false;
  let force = false;
  let year: number | null = null;
  const texts: Record<string, string | null> = { '--don-vi': null, '--nguoi': null, '--ly-do': null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const flag = Object.keys(texts).find((f) => arg === f || arg.startsWith(`${f}=`));
    if (flag) {
      const value = arg === flag ? argv[++i] : arg.slice(flag.length + 1);
      if (value === undefined || value.trim() === '' || (arg === flag && value.startsWith('--')))
        throw new UsageError(
          `Thiếu nội dung sau ${flag}, ví dụ ${flag} ${flag === '--don-vi' ? 'LA' : flag === '--nguoi' ? '"Nguyễn Văn An"' : '"Đơn vị xin sửa điểm"'}. ${HELP_HINT}`,
        );
      texts[flag] = value.trim();
    } else if (arg === '--json') json = true;
    else if (arg === '--nam') year = yearArg(argv[++i], arg);
    else if (arg.startsWith('--nam=')) year = yearArg(arg.slice('--nam='.length), '--nam');
    else if (arg === '--force' || arg === '-f') force = true;
    else if (arg === '--out' || arg === '-o') {
      const value = argv[++i];
      if (value === undefined || value === '' || value.startsWith('-')) throw new UsageError(`Thiếu tên thư mục sau ${arg}. ${HELP_HINT}`);
      outDir = value;
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
      if (outDir === '') throw new UsageError(`Thiếu tên thư mục sau --out=. ${HELP_HINT}`);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Không hiểu tùy chọn "${arg}". ${HELP_HINT}`);
    else positional.push(arg);
  }

  const action = (Object.keys(RECORD_WORDS) as RecordAction[]).find((a) => RECORD_WORDS[a] === positional[0]);
  // --nguoi also names who ran a step that writes "Lịch sử" (the run, nam-moi).
  const runner = texts['--nguoi'];
  const used = Object.keys(texts).filter((f) => texts[f] !== null && f !== '--nguoi');
  if (action) {
    const word = RECORD_WORDS[action];
    if (positional.length !== 2)
      throw new UsageError(`Cần đúng một tên tệp sau "${word}", ví dụ: tinh-diem ${word} cum-cap-nhat.xlsx --don-vi LA --nguoi "Nguyễn Văn An". ${HELP_HINT}`);
    if (json || year !== null)
      throw new UsageError(`Lệnh "${word}" chỉ nhận các tùy chọn --don-vi, --nguoi${action === 'reopen' ? ', --ly-do' : ''}, --out và --force. ${HELP_HINT}`);
    if (texts['--ly-do'] !== null && action !== 'reopen') throw new UsageError(`Tùy chọn --ly-do chỉ dùng với lệnh "mo-lai". ${HELP_HINT}`);
    if (texts['--don-vi'] === null) throw new UsageError(`Lệnh "${word}" cần mã đơn vị: --don-vi LA (nhiều đơn vị: --don-vi LA,AG). ${HELP_HINT}`);
    // Who did it is recorded in "Nộp bài": a person's name, never the computer's login.
    if (texts['--nguoi'] === null)
      throw new UsageError(`Lệnh "${word}" cần họ tên người thực hiện để ghi vào trang "Nộp bài": --nguoi "Nguyễn Văn An". ${HELP_HINT}`);
    if (action === 'reopen' && texts['--ly-do'] === null)
      throw new UsageError(`Lệnh "mo-lai" cần lý do mở lại: --ly-do "Đơn vị xin sửa điểm chuẩn tiêu chí 1". ${HELP_HINT}`);
    const units = (texts['--don-vi'] ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter((u) => u !== '');
    return { kind: 'record', action, file: positional[1], units, who: texts['--nguoi'] ?? '', reason: texts['--ly-do'] ?? '', outDir, force };
  }
  if (positional.length > 0 && !COMMAND_WORDS.includes(positional[0])) refuseUnknownCommand(positional);
  if (used.length > 0) throw new UsageError(`Tùy chọn ${used.join(', ')} chỉ dùng với các lệnh "nop", "mo-lai", "tham-dinh". ${HELP_HINT}`);
  if (runner !== null && [TEMPLATE_WORD, UPDATE_WORD, DOSSIER_WORD].includes(positional[0]))
    throw new UsageError(
      `Tùy chọn --nguoi chỉ dùng khi tính điểm, với lệnh "nam-moi" (những lệnh ghi trang "Lịch sử") và với các lệnh "nop", "mo-lai", "tham-dinh". ${HELP_HINT}`,
    );
  if (positional[0] === TEMPLATE_WORD) {
    if (positional.length !== 2) throw new UsageError(`Cần đúng một tên tệp sau "mau", ví dụ: tinh-diem mau bang-diem.xlsx. ${HELP_HINT}`);
    if (outDir !== null || json) throw new UsageError(`Lệnh "mau" chỉ nhận tùy chọn --force. ${HELP_HINT}`);
    const file = positional[1];
    if (!/\.xlsx$/i.test(file)) throw new UsageError(`Tên tệp mẫu phải có đuôi .xlsx, ví dụ: tinh-diem mau bang-diem.xlsx.`);
    return { kind: 'template', file, force };
  }
  if (year !== null && positional[0] !== NEW_YEAR_WORD) throw new UsageError(`Tùy chọn --nam chỉ dùng với lệnh "nam-moi". ${HELP_HINT}`);
  if (positional[0] === NEW_YEAR_WORD) {
    if (positional.length !== 2) throw new UsageError(`Cần đúng một tên tệp sau "nam-moi", ví dụ: tinh-diem nam-moi cum-thi-dua-2021.xlsx. ${HELP_HINT}`);
    if (json) throw new UsageError(`Lệnh "nam-moi" chỉ nhận tùy chọn --nam, --nguoi, --out và --force. ${HELP_HINT}`);
    return { kind: 'newYear', file: positional[1], outDir, force, year, runner };
  }
  if (positional[0] === UPDATE_WORD) {
    if (positional.length !== 2) throw new UsageError(`Cần đúng một tên tệp sau "cap-nhat", ví dụ: tinh-diem cap-nhat cum-thi-dua.xlsx. ${HELP_HINT}`);
    if (json) throw new UsageError(`Lệnh "cap-nhat" chỉ nhận tùy chọn --out và --force. ${HELP_HINT}`);
    return { kind: 'update', file: positional[1], outDir, force };
  }
  if (positional[0] === DOSSIER_WORD) {
    if (positional.length !== 2) throw new UsageError(`Cần đúng một tên tệp sau "ho-so", ví dụ: tinh-diem ho-so cum-thi-dua.xlsx. ${HELP_HINT}`);
    if (json) throw new UsageError(`Lệnh "ho-so" chỉ nhận tùy chọn --out và --force. ${HELP_HINT}`);
    return { kind: 'dossier', file: positional[1], outDir, force };
  }
  if (positional.length === 0) throw new UsageError(`Thiếu tên tệp .xlsx cần tính điểm. ${HELP_HINT}`);
  if (positional.length > 1)
    throw new UsageError(`Chỉ tính được một tệp mỗi lần, nhưng có ${positional.length} tên tệp: ${boundedList(positional, 'tệp')}. ${HELP_HINT}`);
  return { kind: 'compute', file: positional[0], outDir, json, force, runner };
}

/** Every command word, in the order of the work. */
const COMMAND_WORDS = [TEMPLATE_WORD, UPDATE_WORD, ...Object.values(RECORD_WORDS), DOSSIER_WORD, NEW_YEAR_WORD];

/** Letters apart (insert, delete, change one), after dropping diacritics: "cập-nhât" is "cap-nhat". */
function distance(a: string, b: string): number {
  const plain = (w: string): string =>
    w
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase();
  const [x, y] = [plain(a), plain(b)];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
}

/**
 * A first word that is no file name (no extension) is a command mistyped, not a file:
 * `tinh-diem cap-nhap cum.xlsx` is answered with the command meant, not as two files.
 */
function refuseUnknownCommand(positional: readonly string[]): void {
  const [word, ...rest] = positional;
  if (/[./\\]/.test(word)) return;
  const near = COMMAND_WORDS.map((w) => ({ w, d: distance(word, w) }))
    .filter(({ w, d }) => d <= (w.length <= 4 ? 1 : 2))
    .sort((a, b) => a.d - b.d)[0];
  if (near) throw new UsageError(`Không có lệnh "${word}". Có phải ý bạn là: tinh-diem ${[near.w, ...rest].join(' ')}? ${HELP_HINT}`);
  if (rest.length > 0)
    throw new UsageError(
      `Không có lệnh "${word}". Các lệnh là ${COMMAND_WORDS.join(', ')}; để tính điểm chỉ cần tên tệp, ví dụ: tinh-diem cum.xlsx. ${HELP_HINT}`,
    );
}

export const HELP = `tinh-diem: tính điểm thi đua, xếp hạng và viết báo cáo tổng kết từ tệp Excel (.xlsx)
theo bảng mẫu của tiện ích "Tính điểm thi đua" trên Google Trang tính.

Các bước, theo thứ tự:
  1. tinh-diem mau cum.xlsx         tạo bảng mẫu trống
  2. mở cum.xlsx, điền "Cấu hình", danh sách "Tiêu chí" và "Đơn vị"
  3. tinh-diem cap-nhat cum.xlsx    xếp "Bảng điểm" theo danh sách, ghi ra
                                    cum-cap-nhat.xlsx
  4. phân quyền: tệp Excel không phân quyền theo dòng; nếu cần, hãy dùng
     menu Phân quyền nhập liệu trên Google Trang tính
  5. các đơn vị nhập điểm vào "Bảng điểm" của cum-cap-nhat.xlsx
  6. nộp: tinh-diem nop cum-cap-nhat.xlsx --don-vi LA --nguoi "Họ tên"
     ghi việc nộp của đơn vị (dòng còn lỗi thì không nộp được); mở lại một
     dòng đã nộp: mo-lai … --ly-do "…"; xác nhận thẩm định: tham-dinh …
  6-7. tinh-diem cum-cap-nhat.xlsx  kiểm tra dữ liệu, tính điểm và xếp hạng
  8. báo cáo .docx được ghi cùng lúc với bước 6-7
  9. bình xét: tinh-diem cap-nhat lập trang "Phiếu bầu" theo kết quả xếp
     hạng; nhập mỗi phiếu một dòng rồi chạy lại bước 6-7, lệnh ghi thêm
     biên bản kiểm phiếu và tờ trình
  10. tinh-diem ho-so cum-cap-nhat.xlsx  sau kiểm phiếu, lập bộ hồ sơ đề
     nghị khen thưởng
  11. năm sau: tinh-diem nam-moi cum-cap-nhat.xlsx ghi ra tệp của năm mới:
     giữ cấu hình, tiêu chí, đơn vị; xóa điểm, phiếu bầu và các mục của năm
     cũ; giữ kết quả năm cũ ở trang "Các năm trước" để so sánh
Khi danh sách thay đổi giữa năm: sửa "Tiêu chí", "Đơn vị" ngay trong tệp đang
nhập điểm rồi chạy cap-nhat trên tệp đó: cum-cap-nhat.xlsx cho ra
cum-cap-nhat-2.xlsx, lần sau cum-cap-nhat-3.xlsx… Tệp có số lớn nhất là tệp
mới nhất; các đơn vị nhập điểm tiếp vào tệp đó.

Cách dùng:
  tinh-diem <tệp.xlsx> [--out THƯ_MỤC] [--nguoi TÊN] [--json] [--force]
      Kiểm tra dữ liệu, tính điểm, xếp hạng, in bảng xếp hạng và ghi hai tệp:
        <tên>-tong-hop.xlsx  bản sao tệp nhập (giữ nguyên các trang nhập liệu)
                             thêm trang "Tổng hợp", "Kiểm tra", "Lịch sử"
        <tên>-bao-cao.docx   báo cáo tổng kết
      Tệp nhập không bao giờ bị ghi đè.

  tinh-diem ho-so <tệp.xlsx> [--out THƯ_MỤC] [--force]
      Sau khi kiểm phiếu: ghi bộ hồ sơ đề nghị khen thưởng vào thư mục
      <tên>-ho-so, đánh số theo thứ tự nộp: 01-to-trinh, 02-bien-ban-kiem-phieu,
      03-bao-cao-tong-ket, báo cáo thành tích của từng đơn vị được đề nghị,
      bảng tổng hợp; mỗi văn bản là tệp .docx, kèm bản .pdf nếu máy có
      LibreOffice (nếu không, lệnh nói rõ).

  tinh-diem mau <tệp.xlsx> [--force]
      Tạo bảng mẫu trống (Cấu hình với các giá trị mặc định, Tiêu chí và Đơn vị
      trống, Bảng điểm chờ danh sách) giống hệt bảng mẫu do tiện ích tạo trên
      Google Trang tính. --force chỉ ghi đè một tệp chưa có dữ liệu.

  tinh-diem cap-nhat <tệp.xlsx> [--out THƯ_MỤC] [--force]
      Xếp lại "Bảng điểm" (và "Cụm chấm" nếu có) theo "Tiêu chí" và "Đơn vị":
      hai cột điểm cho mỗi tiêu chí, một dòng cho mỗi đơn vị. Điểm đã nhập đi
      theo mã đơn vị và mã tiêu chí; điểm không còn chỗ (tiêu chí hoặc đơn vị
      đã bỏ) được thêm vào trang "Điểm đã gỡ". Ghi ra <tên>-cap-nhat.xlsx;
      chạy trên chính tệp đó thì ghi ra <tên>-cap-nhat-2.xlsx, rồi -3… (số
      càng lớn, tệp càng mới). Tệp nhập không bao giờ bị ghi đè; tệp kết quả
      đã có chỉ bị ghi đè khi có --force.

  tinh-diem nop <tệp.xlsx> --don-vi MÃ[,MÃ…] --nguoi "HỌ TÊN" [--out THƯ_MỤC] [--force]
  tinh-diem mo-lai <tệp.xlsx> --don-vi MÃ --ly-do "LÝ DO" --nguoi "HỌ TÊN" […]
  tinh-diem tham-dinh <tệp.xlsx> --don-vi MÃ --nguoi "HỌ TÊN" […]
      Ghi một việc của vòng nộp bài như menu của tiện ích: nộp bảng điểm của
      đơn vị (kiểm tra dòng trước: còn lỗi thì không nộp, các ô lỗi được nêu),
      mở lại một dòng đã nộp (cần lý do), xác nhận đã thẩm định. Thêm dòng vào
      trang "Nộp bài" (kèm các giá trị đã nộp), ghi cột "Trạng thái nộp" của
      "Bảng điểm"; các ô khác của tệp giữ nguyên. Người thực hiện là người ghi
      ở --nguoi. Ghi ra tệp tiếp theo như cap-nhat (cum-cap-nhat.xlsx →
      cum-cap-nhat-2.xlsx); tệp nhập không bao giờ bị ghi đè.

  tinh-diem nam-moi <tệp.xlsx> [--nam NĂM] [--nguoi TÊN] [--out THƯ_MỤC] [--force]
      Bắt đầu năm thi đua mới từ tệp của năm vừa xong (dữ liệu phải hết lỗi):
      giữ cấu hình, tiêu chí và đơn vị; "Năm" chuyển sang năm sau (hoặc NĂM);
      xóa điểm ("Bảng điểm", "Cụm chấm"), phiếu bầu, hạng ngoài, ký giao ước
      và các mục của năm cũ ở "Cấu hình" (số, ngày báo cáo, ngày và nơi họp…;
      cột Ghi chú ghi "Cần điền cho năm …"); thêm kết quả năm cũ vào trang
      "Các năm trước" để so sánh thứ hạng. Ghi ra tệp có năm mới trong tên
      (cum-2021.xlsx → cum-2022.xlsx, nếu tên không có năm: cum-nam-2022.xlsx).
      Tệp nhập không bao giờ bị ghi đè.

Tùy chọn:
  -o, --out THƯ_MỤC   thư mục ghi kết quả (mặc định: thư mục của tệp nhập)
      --json          chỉ in một đối tượng JSON ra đầu ra chuẩn (cụm, đơn vị
                      theo thứ hạng, đề nghị Cờ thi đua, kết quả từng tiêu chí,
                      lỗi và cảnh báo), không in tiến trình; chỉ ghi hai tệp
                      kết quả khi có thêm --out
      --nam NĂM       (nam-moi) năm mới; mặc định năm sau năm ở "Cấu hình"
      --don-vi MÃ     (nop, mo-lai, tham-dinh) mã đơn vị, nhiều mã cách nhau
                      bởi dấu phẩy
      --nguoi TÊN     họ tên người thực hiện: bắt buộc với nop, mo-lai,
                      tham-dinh (ghi vào "Nộp bài"); khi tính điểm và với
                      nam-moi, ghi ở cột "Người thực hiện" của "Lịch sử"
                      (không có: "Không rõ (chưa ghi tên)")
      --ly-do LÝ_DO   (mo-lai) lý do mở lại dòng
  -f, --force         ghi đè tệp kết quả đã có
  -h, --help          in hướng dẫn này

Mã thoát:
  0  đã tính điểm và xếp hạng (có thể kèm cảnh báo); đã tạo bảng mẫu; đã cập
     nhật; đã bắt đầu năm mới; đã ghi việc nộp, mở lại, thẩm định
  1  dữ liệu còn lỗi nên chưa xếp hạng (hoặc danh sách còn lỗi nên chưa cập
     nhật, hoặc năm cũ còn lỗi nên chưa bắt đầu năm mới, hoặc dòng còn lỗi
     nên chưa nộp): các lỗi được in ra, không ghi tệp nào; hoặc phiếu bầu
     chưa kiểm được: chỉ ghi tệp tổng hợp, các lỗi ở trang "Kiểm tra", chưa
     ghi báo cáo, biên bản kiểm phiếu và tờ trình
  2  sai cách gõ lệnh (kể cả lệnh gõ sai chữ, --nam không sau "Năm" của
     tệp), hoặc tệp không đọc được (không có, không phải .xlsx, bị hỏng, có
     mật khẩu, thiếu trang tính của bảng mẫu), hoặc tệp kết quả đã có mà
     không có --force, hoặc không ghi được (thư mục không tạo được, không
     có quyền…), hoặc "mau" gặp một tệp đã có dữ liệu
  3  lỗi bên trong chương trình: hãy báo lỗi kèm tệp đã dùng

Ví dụ:
  tinh-diem mau cum-thi-dua.xlsx
  tinh-diem cap-nhat cum-thi-dua.xlsx
  tinh-diem cum-thi-dua-cap-nhat.xlsx --out ket-qua
  tinh-diem cum-thi-dua.xlsx --json > ket-qua.json
  tinh-diem nam-moi cum-thi-dua-2021.xlsx
  tinh-diem nop cum-thi-dua-cap-nhat.xlsx --don-vi LA,AG --nguoi "Nguyễn Văn An"
`;
