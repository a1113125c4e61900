/** The names `tinh-diem cap-nhat` writes (numbered when it runs on its own output, never growing) and `tinh-diem nam-moi` writes (named for the new year). */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/args';
import { newYearPath } from '../../src/cli/new-year-name';
import { updatedPath } from '../../src/cli/update-name';

const dir = resolve('/tmp/cum');
const name = (input: string, outDir: string | null = null): string => updatedPath(join(dir, input), outDir);

describe('the name cap-nhat writes', () => {
  it('adds -cap-nhat to a file of the secretary’s own', () => {
    expect(name('cum.xlsx')).toBe(join(dir, 'cum-cap-nhat.xlsx'));
    expect(name('Cụm 08 năm 2021.xlsx')).toBe(join(dir, 'Cụm 08 năm 2021-cap-nhat.xlsx'));
  });

  it('numbers the next update of its own output instead of adding -cap-nhat again: the highest number is the newest', () => {
    expect(name('cum-cap-nhat.xlsx')).toBe(join(dir, 'cum-cap-nhat-2.xlsx'));
    expect(name('cum-cap-nhat-2.xlsx')).toBe(join(dir, 'cum-cap-nhat-3.xlsx'));
    expect(name('cum-cap-nhat-9.xlsx')).toBe(join(dir, 'cum-cap-nhat-10.xlsx'));
    // Renamed by hand in capitals (or by a system that changes case): still its own output.
    expect(name('CUM-CAP-NHAT.XLSX')).toBe(join(dir, 'CUM-cap-nhat-2.xlsx'));
  });

  it('reads -cap-nhat only at the end of the name', () => {
    expect(name('cum-cap-nhat-thang-5.xlsx')).toBe(join(dir, 'cum-cap-nhat-thang-5-cap-nhat.xlsx'));
    expect(name('cum-cap-nhat-2b.xlsx')).toBe(join(dir, 'cum-cap-nhat-2b-cap-nhat.xlsx'));
  });

  it('writes into --out under the same name', () => {
    expect(name('cum-cap-nhat.xlsx', resolve('/tmp/moi'))).toBe(resolve('/tmp/moi/cum-cap-nhat-2.xlsx'));
  });

  it('is explained in the help, with --force the only way to replace a result', () => {
    expect(HELP).toContain('cum-cap-nhat.xlsx cho ra\ncum-cap-nhat-2.xlsx, lần sau cum-cap-nhat-3.xlsx');
    expect(HELP).toContain('<tên>-cap-nhat-2.xlsx, rồi -3…');
    expect(HELP).toContain('tệp kết quả\n      đã có chỉ bị ghi đè khi có --force');
  });
});

describe('the name nam-moi writes', () => {
  const nextYear = (input: string, outDir: string | null = null): string => newYearPath(join(dir, input), outDir, 2021, 2022);

  it('turns the old year in the name into the new one', () => {
    expect(nextYear('cum-thi-dua-08-nam-2021.xlsx')).toBe(join(dir, 'cum-thi-dua-08-nam-2022.xlsx'));
  });

  it('drops the endings of cap-nhat and of the summary, in any case', () => {
    expect(nextYear('cum-2021-cap-nhat-3.xlsx')).toBe(join(dir, 'cum-2022.xlsx'));
    expect(nextYear('cum-2021-cap-nhat.xlsx')).toBe(join(dir, 'cum-2022.xlsx'));
    expect(nextYear('cum-2021-tong-hop.xlsx')).toBe(join(dir, 'cum-2022.xlsx'));
    expect(nextYear('CUM-2021-CAP-NHAT-2.XLSX')).toBe(join(dir, 'CUM-2022.xlsx'));
  });

  it('adds -nam-2022 to a name without the old year, and writes into --out', () => {
    expect(nextYear('cum.xlsx')).toBe(join(dir, 'cum-nam-2022.xlsx'));
    expect(nextYear('cum-cap-nhat.xlsx')).toBe(join(dir, 'cum-nam-2022.xlsx'));
    expect(nextYear('cum-2021.xlsx', resolve('/tmp/moi'))).toBe(resolve('/tmp/moi/cum-2022.xlsx'));
  });
});
