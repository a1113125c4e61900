/** File system steps of the command, each failure turned into one Vietnamese sentence. */
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, relative } from 'node:path';

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
      return 'tệp đang được chương trình khác mở';
    default:
      return err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
}

/** How a path is named in messages: as the user typed it, relative to where the command runs. */
export type ShowPath = (path: string) => string;

export async function readInput(path: string, show: ShowPath): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(`Không tìm thấy tệp "${show(path)}".`);
    throw new FileError(`Không đọc được tệp "${show(path)}": ${reason(err)}.`);
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses to replace files the user already has, unless told to. `otherwise` is the
 * other way out this command offers ("hoặc chọn thư mục khác với --out"), so that a
 * message never suggests an option the command does not accept.
 */
export async function refuseOverwrite(paths: readonly string[], force: boolean, show: ShowPath, otherwise: string): Promise<void> {
  if (force) return;
  for (const path of paths) {
    if (await exists(path)) throw new FileError(`Tệp "${show(path)}" đã có. Thêm --force để ghi đè, ${otherwise}.`);
  }
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a file. */
export async function writeOutput(path: string, bytes: Uint8Array, show: ShowPath): Promise<void> {
  const temporary = `${dirname(path)}/.${basename(path)}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new FileError(`Không ghi được tệp "${show(path)}": ${reason(err)}.`);
  }
}
