/** Node entry of the bundled command (`dist-cli/tinh-diem.mjs`). */
import { userInfo } from 'node:os';
import { main } from './main';

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

// `tinh-diem --help | head`: a reader that stops early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  user: currentUser(),
  cwd: process.cwd(),
});
process.exitCode = code;
