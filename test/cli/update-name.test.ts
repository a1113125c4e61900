/** The names `tinh-diem cap-nhat` writes: numbered when it runs on its own output, never growing. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/args';
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
