/**
 * `tinh-diem ho-so <tệp.xlsx>`: the dossier proposing the award, after the council's
 * vote is counted — the letter, the minutes, the year-end report, each proposed unit's
 * achievement report and the summary table — as .docx files in one folder
 * `<tên>-ho-so`, numbered in filing order, each with a PDF copy where LibreOffice is
 * installed. A clerk uploads the folder as it is. Nothing is written while the data
 * has errors or the vote is not counted.
 */
import { basename, dirname, resolve } from 'node:path';
import { buildDossier } from '../core/documents/dossier';
import { evaluateRead } from './evaluate-read';
import { SHEET } from '../core/model/template';
import { hasBallots } from '../core/vote/vote';
import { renderDocx } from '../docx/render-docx';
import { readInputGrids } from '../xlsx/read-workbook';
import type { Command } from './args';
import { checkTemplateSheets } from './compute';
import { type Output, existingPaths, pathShower, readInput, refuseOverwrite, writeOutputs } from './files';
import { EXIT, type CliIo } from './io';
import { convertToPdf, findConverter } from './pdf';
import { issueLines } from './terminal';

/** The dossier's folder: `<tên>-ho-so` beside the input, or in `--out`. */
export function dossierFolder(input: string, outDir: string | null): string {
  return resolve(outDir ?? dirname(input), `${basename(input).replace(/\.[^.]+$/, '')}-ho-so`);
}

export async function dossier(command: Extract<Command, { kind: 'dossier' }>, io: CliIo): Promise<number> {
  const input = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  const folder = dossierFolder(input, command.outDir === null ? null : resolve(io.cwd, command.outDir));
  io.err(`Đọc tệp ${show(input)}…`);
  const read = await readInputGrids(await readInput(input, show), show(input));
  const { grids } = read;
  checkTemplateSheets(grids, show(input));
  const ev = evaluateRead(read);
  const refuse = (why: string): number => {
    for (const line of issueLines(ev.issues)) io.out(line);
    io.out(why);
    return EXIT.blocked;
  };
  if (ev.blocked) return refuse('Dữ liệu còn lỗi nên chưa xếp hạng và chưa lập hồ sơ. Hãy sửa các ô nêu trên rồi chạy lại.');
  if (!hasBallots(grids.ballots))
    return refuse(
      `Chưa có phiếu bầu trong trang "${SHEET.ballots}": hồ sơ đề nghị khen thưởng lập sau khi Hội đồng bỏ phiếu. Hãy chạy "tinh-diem cap-nhat" để lập trang, nhập phiếu rồi chạy lại.`,
    );
  const vote = ev.vote;
  if (!vote?.counted) return refuse(`Chưa kiểm phiếu được (còn lỗi trong trang "${SHEET.ballots}" hoặc "${SHEET.settings}", nêu ở trên) nên chưa lập hồ sơ.`);

  const now = io.now();
  const documents = buildDossier(ev, vote, { now });
  const docx = await Promise.all(documents.map(async (d) => ({ name: d.paper.fileName, bytes: await renderDocx(d.model) })));
  const outputs: Output[] = docx.map((d) => ({ path: resolve(folder, `${d.name}.docx`), bytes: d.bytes }));
  const converter = await findConverter();
  // Before the conversion (it takes seconds): a folder already holding the dossier is replaced only with --force.
  const otherwise = 'hoặc chọn thư mục khác với --out';
  await refuseOverwrite(
    [...outputs.map((o) => o.path), ...(converter ? docx.map((d) => resolve(folder, `${d.name}.pdf`)) : [])],
    command.force,
    show,
    otherwise,
  );
  let pdfNote: string;
  let pdfWritten = false;
  if (converter === null) {
    pdfNote = 'Máy này không có LibreOffice nên chưa tạo bản PDF; hãy mở từng tệp .docx bằng Word hoặc LibreOffice và lưu thành PDF nếu nơi nhận yêu cầu.';
  } else {
    io.err('Chuyển sang PDF bằng LibreOffice…');
    const pdf = await convertToPdf(converter, docx);
    if (pdf.ok) {
      outputs.push(...pdf.pdfs.map((bytes, i) => ({ path: resolve(folder, `${docx[i].name}.pdf`), bytes })));
      pdfNote = 'Mỗi văn bản có thêm bản PDF cùng tên.';
      pdfWritten = true;
    } else pdfNote = `${pdf.why}; chỉ ghi các tệp .docx.`;
  }
  await writeOutputs(outputs, command.force, show, otherwise);
  // PDFs an earlier run (or a person) made of the documents just replaced: never deleted, they may be someone's; named, so that none is filed.
  const stalePdfs = pdfWritten ? [] : await existingPaths(docx.map((d) => resolve(folder, `${d.name}.pdf`)));

  for (const line of issueLines(ev.issues)) io.out(line);
  io.out(`Đã lập hồ sơ đề nghị khen thưởng trong thư mục ${show(folder)}:`);
  for (const d of documents) io.out(`  ${d.paper.fileName}.docx  ${d.paper.line}`);
  io.out(pdfNote);
  if (stalePdfs.length > 0) {
    io.out('');
    io.out('Lưu ý: thư mục hồ sơ còn các bản PDF làm từ văn bản của một lần lập trước, không khớp với các tệp .docx vừa ghi:');
    for (const path of stalePdfs) io.out(`        ${show(path)}`);
    io.out('Đừng nộp các bản PDF đó: hãy xoá chúng, hoặc lưu lại từng tệp .docx mới thành PDF cùng tên.');
  }
  return EXIT.ok;
}
