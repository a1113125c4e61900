/**
 * "Lập hồ sơ đề nghị khen thưởng": after the vote is counted, the dossier as NEW Google
 * Docs, one per paper (the letter, the minutes, the year-end report, each proposed
 * unit's achievement report, the summary table), each title starting with its number
 * in filing order so that Drive lists them as a clerk files them. The same models as
 * the command's .docx files (core/documents/dossier.ts).
 *
 * Then each Doc's PDF, in one new Drive folder (dossier-pdf.ts), where the Drive
 * service is on; where it is off, the message says how to download each Doc as PDF.
 */
import { formatDateTime } from '../core/model/dates';
import { buildDossier } from '../core/documents/dossier';
import { SHEET } from '../core/model/template';
import { hasBallots } from '../core/vote/vote';
import { appendHistory } from './history';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { refusalMessage } from './refusal';
import { chartImage } from './report';
import { renderGoogleDoc } from './report-doc';
import { saveDossierPdfs } from './dossier-pdf';
import { writeSummary } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function runDossier(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  const refuse = (message: string): Outcome => ({ ev, action: 'compute', message, refused: true, reportUrl: '' });
  if (ev.blocked) return { ...refuse(refusalMessage(ev)), action: 'report' };
  if (!hasBallots(inputs.grids.ballots))
    return refuse(
      `Chưa có phiếu bầu trong trang "${SHEET.ballots}": hồ sơ đề nghị khen thưởng lập sau khi Hội đồng bỏ phiếu. Hãy chạy "Kiểm phiếu và lập biên bản" để lập trang, nhập phiếu rồi chạy lại.`,
    );
  const vote = ev.vote;
  if (!vote?.counted)
    return refuse(
      `Chưa kiểm phiếu được (còn lỗi trong trang "${SHEET.ballots}" hoặc "${SHEET.settings}", xem thanh bên hoặc chạy Kiểm tra dữ liệu) nên chưa lập hồ sơ.`,
    );
  const now = new Date();
  const summary = writeSummary(ss, ev);
  const chart = chartImage(summary.chart);
  const stamp = ` (${formatDateTime(now)})`;
  const docs = buildDossier(ev, vote, { now }).map((d) => ({
    paper: d.paper,
    doc: renderGoogleDoc(d.model, { title: `${d.paper.fileName.slice(0, 2)}. ${d.model.title}${stamp}`, ...(d.paper.role === 'report' ? { chart } : {}) }),
  }));
  appendHistory(ss, ev, inputs.grids, docs[0].doc.url);
  const list = docs.map((d) => `${d.paper.fileName.slice(0, 2)}. ${d.paper.line}: ${d.doc.url}`).join('; ');
  const folder = saveDossierPdfs(
    `${ss.getName()}-ho-so${stamp}`,
    docs.map((d) => ({ id: d.doc.id, fileName: d.paper.fileName })),
  );
  const pdfs =
    folder === null
      ? 'Bản PDF: mở từng văn bản, chọn Tệp › Tải xuống › Tài liệu PDF (dịch vụ Drive chưa bật cho tiện ích nên chưa tự lưu PDF).'
      : `Bản PDF của từng văn bản, cùng tên và số thứ tự, ở thư mục mới trên Google Drive: ${folder}`;
  return {
    ev,
    action: 'report',
    message: `Đã lập hồ sơ đề nghị khen thưởng gồm ${docs.length} văn bản mới trên Google Tài liệu, đánh số theo thứ tự nộp: ${list}. ${pdfs}`,
    refused: false,
    reportUrl: docs[0].doc.url,
  };
}
