/** File system steps of the command, each failure turned into one Vietnamese sentence. */
import { randomBytes } from 'node:crypto';
import { access, link, lstat, mkdir, open, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

/** Names a path relative to `cwd` when it lies below it, as the user would type it. */
export function pathShower(cwd: string): ShowPath {
  return (path) => {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
}

/** A file problem the user must fix; `message` is shown as is. */
export class FileError extends Error {}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'không tìm thấy tệp hoặc thư mục';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền truy cập';
    case 'EISDIR':
      return 'đây là một thư mục, không phải tệp';
    case 'EEXIST':
      return 'đã có một tệp trùng tên với thư mục cần tạo';
    case 'ENOTDIR':
      return 'một phần của đường dẫn không phải thư mục';
    case 'ENOSPC':
      return 'đĩa đã đầy';
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'tệp đang được chương trình khác mở';
    case 'EMFILE':
    case 'ENFILE':
      return 'máy đang mở quá nhiều tệp';
    case 'ENAMETOOLONG':
      return 'tên tệp hoặc đường dẫn quá dài';
    case 'EIO':
      return 'lỗi đọc ghi ổ đĩa';
    case 'EDQUOT':
      return 'đã hết dung lượng được cấp trên ổ đĩa';
    case 'ELOOP':
      return 'đường dẫn có liên kết vòng';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'tệp quá lớn';
    default:
      // A library's own words are English: say what we know in Vietnamese, keep the code for a bug report.
      return code ? `lỗi hệ thống (${code})` : 'lỗi không rõ khi đọc ghi tệp';
  }
}

/** How a path is named in messages: as the user typed it, relative to where the command runs. */
export type ShowPath = (path: string) => string;

/** Largest input read: a cluster's workbook is well under 5 MB; 10,000 units × 20 criteria is under 2 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * The input's bytes, after checking what it is: a regular file (not a folder,
 * /dev/zero or a pipe), not over `MAX_INPUT_BYTES`. The size is checked on the
 * open file, so nothing larger is ever read; what format the bytes are is told by
 * the workbook reader (src/xlsx/file-kind.ts), from the bytes, not the name.
 */
export async function readInput(path: string, show: ShowPath): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(`Không tìm thấy tệp "${show(path)}".`);
    throw new FileError(`Không đọc được tệp "${show(path)}": ${reason(err)}.`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new FileError(`Không đọc được tệp "${show(path)}": ${reason({ code: 'EISDIR' })}.`);
    if (!info.isFile()) throw new FileError(`"${show(path)}" không phải một tệp thông thường (thiết bị, ống dẫn…). Hãy chỉ ra tệp .xlsx cần tính.`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new FileError(
        `Tệp "${show(path)}" quá lớn (${megabytes(info.size)} MB; giới hạn ${megabytes(MAX_INPUT_BYTES)} MB). Tệp điểm của một cụm thường dưới 5 MB; hãy kiểm tra đúng tệp chưa, hoặc xóa các trang tính, hình ảnh thừa rồi lưu lại.`,
      );
    }
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw new FileError(`Không đọc được tệp "${show(path)}": ${reason(err)}.`);
  } finally {
    await handle.close();
  }
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 });

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Those of `paths` where something exists, in their order. */
export async function existingPaths(paths: readonly string[]): Promise<string[]> {
  const found = await Promise.all(paths.map(async (path) => ((await exists(path)) ? path : null)));
  return found.filter((path): path is string => path !== null);
}

/**
 * Refuses early, before any work, to replace files the user already has (the
 * write itself is exclusive too). `otherwise` is the other way out this command
 * offers ("hoặc chọn thư mục khác với --out"), so that a message never suggests
 * an option the command does not accept.
 */
export async function refuseOverwrite(paths: readonly string[], force: boolean, show: ShowPath, otherwise: string): Promise<void> {
  if (force) return;
  for (const path of paths) {
    if (await exists(path)) throw alreadyThere(path, show, otherwise);
  }
}

const alreadyThere = (path: string, show: ShowPath, otherwise: string): FileError =>
  new FileError(`Tệp "${show(path)}" đã có. Thêm --force để ghi đè, ${otherwise}.`);

/** One file the command writes, complete in memory. */
export interface Output {
  path: string;
  bytes: Uint8Array;
}

/** A temporary name beside the target, in the same folder so that a rename or link never crosses disks. */
const temporaryFor = (path: string, tag: string): string => `${dirname(path)}/.${basename(path)}.${process.pid}-${tag}.tmp`;

/** The temporaries `temporaryFor` names for a target called `name`: the new file, or (`-cu`) the old one set aside by --force. */
const temporaryPattern = (name: string): RegExp => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+-[0-9a-f]{8}(-cu)?\\.tmp$`);

/** A temporary this old belongs to a run that ended without removing it (killed): a run takes seconds. */
export const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/**
 * Removes the temporaries a killed run left beside these targets (matched by name,
 * older than `STALE_TEMPORARY_MS`, so another run's that is writing now is left
 * alone). An old file a killed `--force` run had set aside goes back in place when
 * nothing replaced it; otherwise it was to be replaced and goes too.
 */
export async function removeStaleTemporaries(paths: readonly string[], now = Date.now()): Promise<void> {
  for (const dir of new Set(paths.map(dirname))) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const path of paths.filter((p) => dirname(p) === dir)) {
      const pattern = temporaryPattern(basename(path));
      for (const name of names) {
        const found = pattern.exec(name);
        if (!found) continue;
        const temporary = join(dir, name);
        const info = await lstat(temporary).catch(() => null);
        if (!info?.isFile() || now - info.mtimeMs < STALE_TEMPORARY_MS) continue;
        if (found[1] && !(await exists(path))) await rename(temporary, path).catch(() => undefined);
        else await rm(temporary, { force: true }).catch(() => undefined);
      }
    }
  }
}

/**
 * While outputs are being written, an interrupt (Ctrl+C, a terminal closed, a kill
 * without -9) is taken at the end of the file operation under way, which then fails like
 * any other: this run's temporaries and the outputs it already placed are removed, the old
 * files it set aside put back, and the process ends as the signal would have ended it.
 * Not at once: an operation under way (a temporary being created) runs on to its end in
 * another thread, and a file it made after a clean-up on the spot would be left behind.
 * (A kill -9 cannot be caught: the next run removes what it left, `removeStaleTemporaries`.)
 */
class Interrupts {
  private static readonly SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  signal: NodeJS.Signals | null = null;
  private readonly taken = (signal: NodeJS.Signals): void => {
    this.signal ??= signal;
  };

  constructor() {
    for (const s of Interrupts.SIGNALS) process.on(s, this.taken);
  }

  /** `operation` awaited, then a failure if an interrupt came meanwhile. */
  async step<T>(operation: Promise<T>): Promise<T> {
    const result = await operation;
    this.check();
    return result;
  }

  /** A failure if an interrupt came: after an operation whose effect had to be recorded first (a file set aside, one placed). */
  check(): void {
    if (this.signal) throw new Interrupted();
  }

  /** No longer watching; ends the process when an interrupt came (what it undoes is undone by then). */
  stop(): void {
    for (const s of Interrupts.SIGNALS) process.removeListener(s, this.taken);
    if (this.signal) process.exit(128 + (osConstants.signals[this.signal] ?? 1));
  }
}

class Interrupted extends Error {}

/**
 * Writes all outputs or none. Each is written whole to a temporary file beside
 * its target first; only when every one is complete are they put in place.
 * Without `force` each is put in place with link(2), which fails if the target
 * exists, so of two runs at once exactly one writes; with `force` the old files
 * are kept aside until every new one is in place, and put back on failure.
 * On failure nothing new is left and the message says which files are there.
 */
export async function writeOutputs(outputs: readonly Output[], force: boolean, show: ShowPath, otherwise: string): Promise<void> {
  await removeStaleTemporaries(outputs.map((o) => o.path));
  const tag = randomBytes(4).toString('hex');
  const temporaries = outputs.map((o) => temporaryFor(o.path, tag));
  const placed: string[] = [];
  const setAside: { path: string; aside: string }[] = [];
  const interrupts = new Interrupts();
  let failed: { path: string; error: FileError } | null = null;
  let current = outputs[0]?.path ?? '';
  /** Only an existing target met while placing is "already there"; EEXIST from mkdir is a file where a folder should be. */
  let placing = false;
  try {
    for (const [i, output] of outputs.entries()) {
      current = output.path;
      await interrupts.step(makeFolder(dirname(output.path), show));
      await interrupts.step(writeFile(temporaries[i], output.bytes, { flag: 'wx' }));
    }
    placing = true;
    for (const [i, output] of outputs.entries()) {
      current = output.path;
      if (force) {
        const aside = temporaryFor(output.path, `${tag}-cu`);
        const old = await interrupts.step(lstat(output.path).catch(() => null));
        // --force replaces a file, never a folder of the user's.
        if (old?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
        if (old) {
          await rename(output.path, aside);
          setAside.push({ path: output.path, aside });
          interrupts.check();
        }
        await rename(temporaries[i], output.path);
        placed.push(output.path);
      } else {
        await placeExclusively(temporaries[i], output.path, output.bytes);
        placed.push(output.path);
      }
      interrupts.check();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    failed = {
      path: current,
      error:
        err instanceof FileError
          ? err
          : err instanceof Interrupted
            ? new FileError('Đã dừng theo yêu cầu.')
            : code === 'EEXIST' && placing && !force
              ? alreadyThere(current, show, otherwise)
              : new FileError(`Không ghi được tệp "${show(current)}": ${reason(err)}.`),
    };
  }
  await Promise.all(temporaries.map((t) => rm(t, { force: true }).catch(() => undefined)));
  // An interrupt while the temporaries went: every output was placed, and none must stay.
  if (!failed && interrupts.signal) failed = { path: current, error: new FileError('Đã dừng theo yêu cầu.') };
  if (!failed) {
    await Promise.all(setAside.map((s) => rm(s.aside, { force: true }).catch(() => undefined)));
    interrupts.stop();
    return;
  }
  // Undo: the new files go, the old ones come back.
  for (const path of placed) await rm(path, { force: true }).catch(() => undefined);
  for (const s of setAside) await rename(s.aside, s.path).catch(() => undefined);
  interrupts.stop();
  const present: string[] = [];
  // A folder of the user's standing at an output path is no earlier output: it is not "the old file".
  for (const o of outputs) if ((await lstat(o.path).catch(() => null))?.isFile()) present.push(`"${show(o.path)}"`);
  const state = present.length === 0 ? 'Không có tệp kết quả nào được ghi.' : `Không tệp mới nào được ghi; ${present.join(', ')} vẫn là tệp cũ, chưa thay đổi.`;
  throw new FileError(`${failed.error.message} ${state}`);
}

/**
 * `mkdir -p`, one level at a time from the deepest folder that exists. Node 20's
 * recursive mkdir never returns where mkdir answers ENOENT under an existing parent
 * (a folder asked for inside /proc): the command must answer, naming the folder.
 */
async function makeFolder(folder: string, show: ShowPath): Promise<void> {
  const missing: string[] = [];
  for (let d = folder; !(await exists(d)); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Made by another run meanwhile: what was wanted.
      if (code === 'EEXIST' && (await lstat(d).catch(() => null))?.isDirectory()) continue;
      // ENOENT although the folder above exists: that place does not hold folders (/proc, a mount that refuses).
      const why = code === 'ENOENT' ? 'nơi này không cho tạo thư mục' : reason(err);
      throw new FileError(`Không tạo được thư mục "${show(d)}": ${why}.`);
    }
  }
}

/** Puts a complete temporary file at `path` only if nothing is there; a file system without hard links gets an exclusive create instead. */
async function placeExclusively(temporary: string, path: string, bytes: Uint8Array): Promise<void> {
  try {
    await link(temporary, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
    try {
      await writeFile(path, bytes, { flag: 'wx' });
    } catch (writeErr) {
      // Created but not complete (a full disk): ours to remove; an existing file (EEXIST) is not.
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') await rm(path, { force: true }).catch(() => undefined);
      throw writeErr;
    }
  }
  await unlink(temporary);
}
