/**
 * How soon the command is done on a small cluster: the repository's example (12
 * units, with the council's ballots, so it writes all four documents), beside Node
 * starting and doing nothing, the floor under any Node program.
 */
import { fileURLToPath } from 'node:url';
import { runCommand } from './end-to-end';
import { type Load, withLoad } from './machine';
import { progress } from './print';
import { runMeasured } from './process-run';
import { type Contender, summed } from './command-vs-libreoffice';

const EXAMPLE = fileURLToPath(new URL('../examples/cum-thi-dua-08-nam-2021.xlsx', import.meta.url));
const WARM_UP = 2;

export async function startUp(runs: number): Promise<{ command: Contender; node: Contender; load: Load }> {
  return withLoad(() => {
    progress('Khởi động: tinh-diem trên tệp ví dụ 12 đơn vị…');
    for (let i = 0; i < WARM_UP; i++) runCommand(EXAMPLE);
    const command = summed(Array.from({ length: runs }, () => runCommand(EXAMPLE)));
    const node = summed(Array.from({ length: runs }, () => runMeasured(process.execPath, ['-e', '0'], { cwd: process.cwd() })));
    return { command, node };
  });
}
