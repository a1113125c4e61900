/** The `tinh-diem` command: arguments in, exit status out; every failure is one Vietnamese line. */
import { HELP, UsageError, parseArgs } from './args';
import { compute } from './compute';
import { FileError } from './files';
import { EXIT, type CliIo } from './io';
import { makeTemplate } from './make-template';
import { newYear } from './new-year';
import { update } from './update';
import { dossier } from './dossier';
import { record } from './record';
import { WorkbookError } from '../xlsx/read-workbook';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      for (const line of HELP.trimEnd().split('\n')) io.out(line);
      return EXIT.ok;
    }
    if (command.kind === 'template') return await makeTemplate(command, io);
    if (command.kind === 'update') return await update(command, io);
    if (command.kind === 'newYear') return await newYear(command, io);
    if (command.kind === 'dossier') return await dossier(command, io);
    if (command.kind === 'record') return await record(command, io);
    return await compute(command, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof FileError || err instanceof WorkbookError) {
      io.err(err.message);
      return EXIT.usage;
    }
    // A fault of the program itself, not of the user's file.
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    io.err(`Lỗi bên trong chương trình: ${detail}. Hãy báo lỗi này kèm tệp đã dùng.`);
    return EXIT.internal;
  }
}
