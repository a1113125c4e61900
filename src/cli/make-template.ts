/** `tinh-diem mau <tệp.xlsx>`: the blank template, identical in layout to the add-in's "Tạo bảng mẫu". */
import { resolve } from 'node:path';
import { templateSheets } from '../core/template-sheets';
import { templateWorkbook } from '../xlsx/write-template';
import type { Command } from './args';
import { pathShower, refuseOverwrite, writeOutput } from './files';
import { EXIT, type CliIo } from './io';

export async function makeTemplate(command: Extract<Command, { kind: 'template' }>, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  await refuseOverwrite([path], command.force, show, 'hoặc đặt tên tệp khác');
  const bytes = new Uint8Array(await templateWorkbook(templateSheets()).xlsx.writeBuffer());
  await writeOutput(path, bytes, show);
  io.out(`Đã tạo bảng mẫu ${show(path)}: điền trang "Cấu hình", "Tiêu chí", "Đơn vị", "Bảng điểm" rồi chạy "tinh-diem ${command.file}".`);
  return EXIT.ok;
}
