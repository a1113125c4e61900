/** Node entry of the bundled command (`dist-cli/tinh-diem.mjs`). */
import { setFlagsFromString } from 'node:v8';
import { main } from './main';

// V8 lets the heap grow to about four times the data still in use before a full
// collection: at 10,000 units × 100 criteria that was 200 MB in use and 525 MB held.
// Growing by 25 % keeps the peak near what is in use. Measured on that cluster with --json,
// four runs each taking turns on a busy machine: peak 313–330 MB and 4.1–4.4 s of CPU at
// 25 %, 300–320 MB and 4.4–4.7 s at 15 %, 350–360 MB at 50 %. The flag is read at each
// collection, so setting it here works.
setFlagsFromString('--heap-growing-percent=25');

// `tinh-diem --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  // Gathered into pieces of 64 K characters: one write per member of a 20 MB object would be 20,000 writes.
  outPieces: (pieces) => {
    let gathered = '';
    for (const piece of pieces) {
      gathered += piece;
      if (gathered.length >= 1 << 16) {
        process.stdout.write(gathered);
        gathered = '';
      }
    }
    process.stdout.write(`${gathered}\n`);
  },
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  cwd: process.cwd(),
});
process.exitCode = code;
