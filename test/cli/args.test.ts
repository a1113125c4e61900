import { describe, expect, it } from 'vitest';
import { HELP, UsageError, parseArgs } from '../../src/cli/args';

const usageError = (argv: string[]): string => {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('command line', () => {
  it('reads a compute run with its options in any order', () => {
    expect(parseArgs(['a.xlsx'])).toEqual({ kind: 'compute', file: 'a.xlsx', outDir: null, json: false, force: false, runner: null });
    expect(parseArgs(['--json', 'a.xlsx', '--out', 'kq', '--force'])).toEqual({
      kind: 'compute',
      file: 'a.xlsx',
      outDir: 'kq',
      json: true,
      force: true,
      runner: null,
    });
    expect(parseArgs(['a.xlsx', '--out=kq', '-f'])).toMatchObject({ outDir: 'kq', force: true });
  });

  it('reads who runs the command from --nguoi, for Lịch sử', () => {
    expect(parseArgs(['a.xlsx', '--nguoi', 'Nguyễn Thu Hà'])).toMatchObject({ kind: 'compute', runner: 'Nguyễn Thu Hà' });
    expect(parseArgs(['nam-moi', 'a.xlsx', '--nguoi=Văn phòng Cụm'])).toMatchObject({ kind: 'newYear', runner: 'Văn phòng Cụm' });
    expect(usageError(['a.xlsx', '--nguoi'])).toMatch(/^Thiếu nội dung sau --nguoi/);
    expect(usageError(['a.xlsx', '--nguoi', '--force'])).toMatch(/^Thiếu nội dung sau --nguoi/);
    expect(usageError(['cap-nhat', 'a.xlsx', '--nguoi', 'Hà'])).toMatch(/^Tùy chọn --nguoi chỉ dùng khi tính điểm, với lệnh "nam-moi"/);
  });

  it('reads the template command', () => {
    expect(parseArgs(['mau', 'mau-moi.xlsx'])).toEqual({ kind: 'template', file: 'mau-moi.xlsx', force: false });
    expect(parseArgs(['mau', 'b.XLSX', '--force'])).toEqual({ kind: 'template', file: 'b.XLSX', force: true });
  });

  it('reads the update command', () => {
    expect(parseArgs(['cap-nhat', 'a.xlsx'])).toEqual({ kind: 'update', file: 'a.xlsx', outDir: null, force: false });
    expect(parseArgs(['cap-nhat', 'a.xlsx', '--out', 'kq', '-f'])).toEqual({ kind: 'update', file: 'a.xlsx', outDir: 'kq', force: true });
  });

  it('gives help before anything else', () => {
    expect(parseArgs(['a.xlsx', '--bogus', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['mau', '-h'])).toEqual({ kind: 'help' });
  });

  it('refuses bad arguments with one Vietnamese line', () => {
    const cases: [string[], RegExp][] = [
      [[], /^Thiếu tên tệp \.xlsx/],
      [['a.xlsx', '--bogus'], /^Không hiểu tùy chọn "--bogus"/],
      [['a.xlsx', '--out'], /^Thiếu tên thư mục sau --out/],
      [['a.xlsx', '--out', '--json'], /^Thiếu tên thư mục sau --out/],
      [['a.xlsx', 'b.xlsx'], /^Chỉ tính được một tệp mỗi lần/],
      [['mau'], /^Cần đúng một tên tệp sau "mau"/],
      [['mau', 'x.txt'], /đuôi \.xlsx/],
      [['mau', 'x.xlsx', '--json'], /chỉ nhận tùy chọn --force/],
      [['cap-nhat'], /^Cần đúng một tên tệp sau "cap-nhat"/],
      [['cap-nhat', 'a.xlsx', '--json'], /chỉ nhận tùy chọn --out và --force/],
    ];
    for (const [argv, message] of cases) {
      const text = usageError(argv);
      expect(text, argv.join(' ')).toMatch(message);
      expect(text).not.toContain('\n');
    }
  });

  it('answers a mistyped command with the command meant, not as a second file', () => {
    const hint = 'Gõ "tinh-diem --help" để xem cách dùng.';
    expect(usageError(['cap-nhap', 'cum05.xlsx'])).toBe(`Không có lệnh "cap-nhap". Có phải ý bạn là: tinh-diem cap-nhat cum05.xlsx? ${hint}`);
    expect(usageError(['cập-nhật', 'cum.xlsx', '--out', 'kq'])).toBe(`Không có lệnh "cập-nhật". Có phải ý bạn là: tinh-diem cap-nhat cum.xlsx? ${hint}`);
    expect(usageError(['nammoi', 'cum.xlsx'])).toMatch(/^Không có lệnh "nammoi"\. Có phải ý bạn là: tinh-diem nam-moi cum\.xlsx\?/);
    expect(usageError(['hoso', 'cum.xlsx'])).toMatch(/ý bạn là: tinh-diem ho-so cum\.xlsx\?/);
    expect(usageError(['np', 'cum.xlsx', '--don-vi', 'LA'])).toMatch(/ý bạn là: tinh-diem nop cum\.xlsx\?/);
    expect(usageError(['update', 'cum.xlsx'])).toBe(
      `Không có lệnh "update". Các lệnh là mau, cap-nhat, nop, mo-lai, tham-dinh, ho-so, nam-moi; để tính điểm chỉ cần tên tệp, ví dụ: tinh-diem cum.xlsx. ${hint}`,
    );
    // A file name is a file name, even one close to a command or without its extension.
    expect(parseArgs(['cap-nhap.xlsx'])).toMatchObject({ kind: 'compute', file: 'cap-nhap.xlsx' });
    expect(parseArgs(['cum'])).toMatchObject({ kind: 'compute', file: 'cum' });
    expect(usageError(['a.xlsx', 'b.xlsx'])).toMatch(/^Chỉ tính được một tệp mỗi lần/);
  });

  it('says in the help that uncountable ballots still write the summary, as README says', () => {
    const exit1 = HELP.slice(HELP.indexOf('  1  '), HELP.indexOf('  2  '));
    expect(exit1).toContain('không ghi tệp nào');
    expect(exit1).toContain('phiếu bầu');
    expect(exit1).toContain('chỉ ghi tệp tổng hợp');
  });

  it('documents every option and exit status in the help', () => {
    for (const word of ['--out', '--json', '--force', '--nguoi', '--help', 'mau', 'cap-nhat', 'Mã thoát', '  0  ', '  1  ', '  2  '])
      expect(HELP).toContain(word);
  });

  it('shows the steps in the order of the work', () => {
    const steps = [
      'tinh-diem mau',
      '"Tiêu chí" và "Đơn vị"',
      'tinh-diem cap-nhat',
      'phân quyền',
      'các đơn vị nhập điểm',
      'kiểm tra dữ liệu, tính điểm',
      'báo cáo .docx',
      'lập trang "Phiếu bầu"',
      'tinh-diem ho-so',
      'tinh-diem nam-moi',
    ];
    const section = HELP.slice(HELP.indexOf('Các bước'), HELP.indexOf('Cách dùng'));
    const at = steps.map((s) => section.indexOf(s));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
