/**
 * `npm run bench`: how fast and how large the product is where the deadline
 * bites. Prints a table, writes bench/results.json, and exits with 1 when a
 * target is missed:
 *   evaluate 10,000 units × 100 criteria under 1 s and 500 MB, warm (median of
 *     runs in one process) and cold (the first run of a fresh process, as every
 *     Apps Script execution is: median over several fresh processes);
 *   Apps Script calls of each action the same for 12, 2,000 and 10,000 units
 *     (except "Phân quyền nhập liệu": one protection per unit by nature, and the
 *     report: at most 3 more calls per extra unit, its ranking table having a row
 *     per unit);
 *   the built Code.js evaluated in under 50 ms (every custom-function call pays it);
 *   `tinh-diem cap-nhat`'s peak memory within the main command's on the same file
 *     (the end-to-end clusters, and two small files that once made it balloon).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MAX_REPORT_CALLS_PER_UNIT, PER_UNIT_ACTIONS, REPORT_ACTIONS, callsPerAction, type ActionCalls } from './apps-script-calls';
import { measureBundle } from './bundle';
import type { ColdResult, MemoryResult, TimeResult } from './evaluate-size';
import { median } from './measure';
import { measureReport, measureReportDocx } from './report';
import { measureEndToEnd, type EndToEndResult } from './end-to-end';
import { HOSTILE, measureHostile, type HostileKind, type HostileResult } from './hostile-files';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = fileURLToPath(new URL('results.json', import.meta.url));

const SIZES = [
  { units: 12, criteria: 10, runs: 21 },
  { units: 100, criteria: 20, runs: 21 },
  { units: 1_000, criteria: 50, runs: 9 },
  { units: 10_000, criteria: 100, runs: 9 },
];
const TARGET = { evaluateMs: 1000, coldEvaluateMs: 1000, peakRssMb: 500, bundleMs: 50, endToEndRssMb: 1024 };
/** The command end to end: two sizes ten times apart, to see it grow linearly. */
const END_TO_END = { units: [1_000, 10_000], criteria: 20 };
/** The .docx report alone, each size in a fresh process: the part of the command the own writer keeps linear. */
const REPORT_DOCX = { units: [1_000, 10_000], criteria: 20 };
/** Fresh processes per size for the cold run. */
const COLD_RUNS = 5;
/** Heap ceiling of the memory run: going past it fails the run, whatever RSS says. */
const HEAP_CAP_MB = 450;
const CALL_SIZES = [12, 2_000, 10_000] as const;

interface Target {
  name: string;
  ok: boolean;
  value: string;
  limit: string;
}

/** Runs bench/evaluate-size.ts in a fresh Node process and parses its JSON line. */
function child<T>(nodeFlags: string[], args: (string | number)[]): T {
  const run = spawnSync(process.execPath, [...nodeFlags, '--expose-gc', '--import', 'tsx', 'bench/evaluate-size.ts', ...args.map(String)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`bench/evaluate-size.ts ${args.join(' ')} dừng với mã ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as T;
}

// Vietnamese number forms throughout: "1.047" is a thousand and forty-seven, "1,5" one and a half.
const ms = (v: number): string => v.toLocaleString('vi-VN', { maximumFractionDigits: v < 10 ? 1 : 0 });
const mb = (v: number): string => v.toLocaleString('vi-VN', { maximumFractionDigits: 0 });
const count = (v: number): string => v.toLocaleString('vi-VN');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const targets: Target[] = [];
const say = (text = ''): void => console.log(text);

say(`Đo hiệu năng (Node ${process.version}, ${cpus().length} CPU, tải máy lúc bắt đầu ${loadavg()[0].toFixed(1)})`);
say();

// evaluate: each size in its own processes, one for time and one for memory.
const evaluate = SIZES.map((size) => {
  process.stderr.write(`Đo evaluate ${size.units} × ${size.criteria}…\n`);
  const time = child<TimeResult>([], ['time', size.units, size.criteria, size.runs]);
  const memory = child<MemoryResult>([`--max-old-space-size=${HEAP_CAP_MB}`], ['memory', size.units, size.criteria]);
  const cold = Array.from({ length: COLD_RUNS }, () => child<ColdResult>([], ['cold', size.units, size.criteria]));
  return { ...size, ...time, ...memory, coldMs: median(cold.map((c) => c.coldMs)), coldCpuMs: median(cold.map((c) => c.coldCpuMs)), coldRuns: cold.map((c) => c.coldMs) };
});
const largest = evaluate[evaluate.length - 1];
targets.push(
  { name: `evaluate ${count(largest.units)} × ${largest.criteria}: thời gian (trung vị)`, ok: largest.medianMs < TARGET.evaluateMs, value: `${ms(largest.medianMs)} ms`, limit: `< ${count(TARGET.evaluateMs)} ms` },
  { name: `evaluate ${count(largest.units)} × ${largest.criteria}: lần đầu của tiến trình mới (trung vị ${COLD_RUNS} tiến trình)`, ok: largest.coldMs < TARGET.coldEvaluateMs, value: `${ms(largest.coldMs)} ms`, limit: `< ${count(TARGET.coldEvaluateMs)} ms` },
  { name: `evaluate ${count(largest.units)} × ${largest.criteria}: bộ nhớ đỉnh (RSS)`, ok: largest.peakRssMb < TARGET.peakRssMb, value: `${mb(largest.peakRssMb)} MB`, limit: `< ${TARGET.peakRssMb} MB` },
);
say('evaluate (đọc, kiểm tra, tính điểm, xếp hạng, dòng kết quả từng tiêu chí)');
say(
  table(
    ['Đơn vị × tiêu chí', 'Trung vị (ms)', 'CPU (ms)', 'Lần đầu (ms)', 'Lần đầu CPU (ms)', 'Lần đo', 'Heap trước (MB)', 'Heap sau (MB)', 'RSS đỉnh (MB)'],
    evaluate.map((e) => [`${count(e.units)} × ${e.criteria}`, ms(e.medianMs), ms(e.medianCpuMs), ms(e.coldMs), ms(e.coldCpuMs), String(e.runs), mb(e.heapBeforeMb), mb(e.heapAfterMb), mb(e.peakRssMb)]),
  ),
);
say('CPU: thời gian CPU của tiến trình mỗi lần chạy (gồm các luồng dọn bộ nhớ), để đọc kết quả khi máy đang bận.');
say(`Lần đầu: lần evaluate đầu tiên của một tiến trình mới, như mỗi lần chạy Apps Script (trung vị ${COLD_RUNS} tiến trình); trung vị: các lần sau, mã đã được tối ưu.`);
say(`Bộ nhớ: một lần evaluate trong một tiến trình mới, heap giới hạn ${HEAP_CAP_MB} MB; RSS đỉnh gồm cả Node và bảng dữ liệu đầu vào.`);
say();

process.stderr.write('Đo báo cáo 63 đơn vị…\n');
const report = await measureReport();
say(`Báo cáo ${report.units} đơn vị × ${report.criteria} tiêu chí: mô hình ${ms(report.modelMs)} ms, tệp .docx ${ms(report.docxMs)} ms (${count(report.docxBytes)} byte); mô hình và tệp giữ ${ms(report.heapHeldMb)} MB heap`);
process.stderr.write('Đo tệp .docx của báo cáo lớn…\n');
const reportDocx = REPORT_DOCX.units.map((units) => measureReportDocx(units, REPORT_DOCX.criteria));
say('Tệp .docx của báo cáo lớn (mỗi cỡ một tiến trình mới; mô hình dựng trước, không tính giờ)');
say(
  table(
    ['Đơn vị × tiêu chí', 'Thời gian (ms)', 'CPU (ms)', 'RSS trước (MB)', 'RSS đỉnh (MB)', 'Tệp .docx (byte)', 'document.xml (byte)'],
    reportDocx.map((r) => [`${count(r.units)} × ${r.criteria}`, ms(r.ms), ms(r.cpuMs), mb(r.rssBeforeMb), mb(r.peakRssMb), count(r.docxBytes), count(r.documentXmlBytes)]),
  ),
);
say();

process.stderr.write('Đo lệnh tinh-diem từ đầu đến cuối…\n');
const endToEnd: EndToEndResult[] = [];
for (const units of END_TO_END.units) endToEnd.push(await measureEndToEnd(units, END_TO_END.criteria));
const [smallRun, largeRun] = [endToEnd[0], endToEnd[endToEnd.length - 1]];
targets.push({
  name: `tinh-diem ${count(largeRun.units)} × ${largeRun.criteria}: bộ nhớ đỉnh (RSS)`,
  ok: largeRun.peakRssMb < TARGET.endToEndRssMb,
  value: `${mb(largeRun.peakRssMb)} MB`,
  limit: `< ${count(TARGET.endToEndRssMb)} MB`,
});
say('Lệnh tinh-diem từ đầu đến cuối: đọc tệp .xlsx, kiểm tra, tính, ghi bảng tổng hợp .xlsx và báo cáo .docx; mỗi cỡ một tiến trình mới chạy bản build dist-cli/');
say(
  table(
    ['Đơn vị × tiêu chí', 'Tệp vào (KB)', 'Thời gian (ms)', 'CPU (ms)', 'RSS đỉnh (MB)'],
    endToEnd.map((e) => [`${count(e.units)} × ${e.criteria}`, mb(e.inputBytes / 1024), ms(e.ms), ms(e.cpuMs), mb(e.peakRssMb)]),
  ),
);
say(`Gấp ${largeRun.units / smallRun.units} lần số đơn vị: CPU gấp ${(largeRun.cpuMs / smallRun.cpuMs).toFixed(1)} lần, RSS đỉnh gấp ${(largeRun.peakRssMb / smallRun.peakRssMb).toFixed(1)} lần.`);
say();

// cap-nhat reads with the same reader and writes only what it moves: its peak stays within the main command's on the same file.
process.stderr.write('Đo tinh-diem cap-nhat trên các tệp khó…\n');
const hostile: HostileResult[] = [];
for (const kind of Object.keys(HOSTILE) as HostileKind[]) hostile.push(await measureHostile(kind));
const updateRows = [
  ...endToEnd.map((e) => ({ name: `${count(e.units)} × ${e.criteria}`, input: e.inputBytes, compute: e.peakRssMb, update: e.update.peakRssMb, updateMs: e.update.ms })),
  ...hostile.map((h) => ({ name: HOSTILE[h.kind], input: h.inputBytes, compute: h.compute.peakRssMb, update: h.update.peakRssMb, updateMs: h.update.ms })),
];
/**
 * Both commands read the file with the same reader, whose pass is the peak of both on the
 * hostile files (the same MB, run after run): a difference within 5 % is the collector's
 * timing, not memory cap-nhat holds.
 */
const SAME_PEAK = 1.05;
for (const row of updateRows) {
  targets.push({ name: `tinh-diem cap-nhat ${row.name}: RSS đỉnh không quá lệnh chính`, ok: row.update <= row.compute * SAME_PEAK, value: `${mb(row.update)} MB`, limit: `≤ ${mb(row.compute)} MB (+5 %)` });
}
say('tinh-diem cap-nhat trên cùng tệp với lệnh chính (mỗi lần một tiến trình mới; tệp khó: trung vị 3 lần mỗi lệnh, chạy xen kẽ)');
say(table(['Tệp', 'Tệp vào (KB)', 'tinh-diem RSS đỉnh (MB)', 'cap-nhat RSS đỉnh (MB)', 'cap-nhat thời gian (ms)'], updateRows.map((r) => [r.name, mb(r.input / 1024), mb(r.compute), mb(r.update), ms(r.updateMs)])));
say();

process.stderr.write('Đo Code.js…\n');
const bundle = await measureBundle();
targets.push({ name: 'Code.js: nạp trong vm mới', ok: bundle.evaluateMs < TARGET.bundleMs, value: `${ms(bundle.evaluateMs)} ms`, limit: `< ${TARGET.bundleMs} ms` });
say(`Code.js: ${count(bundle.bytes)} byte; nạp trong một ngữ cảnh vm mới: ${ms(bundle.evaluateMs)} ms (trung vị ${bundle.runs} lần)`);
say();

const calls = new Map<number, ActionCalls[]>();
for (const units of CALL_SIZES) {
  process.stderr.write(`Đếm lệnh gọi Apps Script với ${count(units)} đơn vị…\n`);
  calls.set(units, callsPerAction(units));
}
const [small, ...larger] = CALL_SIZES.map((u) => calls.get(u) as ActionCalls[]);
const perUnitText = (v: number): string => `+${v.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}/đơn vị`;
const callRows = small.map((s, i) => {
  const others = larger.map((list) => list[i]);
  const totals = [s, ...others].map((a) => count(a.total));
  const fake = ms(others[others.length - 1].fakeMs);
  if (PER_UNIT_ACTIONS.has(s.label)) return [s.label, ...totals, 'theo số đơn vị', fake];
  if (REPORT_ACTIONS.has(s.action)) {
    const perUnit = Math.max(...others.map((o, k) => (o.total - s.total) / (CALL_SIZES[k + 1] - CALL_SIZES[0])));
    targets.push({ name: `Lệnh gọi thêm mỗi đơn vị: ${s.label}`, ok: perUnit <= MAX_REPORT_CALLS_PER_UNIT, value: `${totals.join(' / ')} (${perUnitText(perUnit)})`, limit: `≤ ${MAX_REPORT_CALLS_PER_UNIT}/đơn vị` });
    return [s.label, ...totals, perUnitText(perUnit), fake];
  }
  const same = others.every((o) => o.calls.join('\n') === s.calls.join('\n'));
  targets.push({ name: `Lệnh gọi không đổi: ${s.label}`, ok: same, value: totals.join(' / '), limit: 'bằng nhau' });
  return [s.label, ...totals, same ? 'bằng nhau' : 'KHÁC', fake];
});
say('Lệnh gọi Apps Script mỗi thao tác, Trang tính và Tài liệu cộng lại (đếm qua bản giả lập trong bộ nhớ, chạy Code.js đã build)');
say(table(['Thao tác', ...CALL_SIZES.map((u) => `${count(u)} đơn vị`), 'So sánh', `ms giả lập (${count(CALL_SIZES[CALL_SIZES.length - 1])})`], callRows));
say();

const missed = targets.filter((t) => !t.ok);
say(table(['Chỉ tiêu', 'Đo được', 'Yêu cầu', 'Kết quả'], targets.map((t) => [t.name, t.value, t.limit, t.ok ? 'ĐẠT' : 'KHÔNG ĐẠT'])));

writeFileSync(
  RESULTS,
  `${JSON.stringify(
    {
      node: process.version,
      cpus: cpus().length,
      loadAverage: loadavg()[0],
      evaluate,
      report,
      reportDocx,
      endToEnd,
      hostile,
      bundle,
      appsScriptCalls: Object.fromEntries([...calls].map(([units, list]) => [units, list.map(({ action, label, total, calls: byMethod }) => ({ action, label, total, calls: byMethod }))])),
      targets,
    },
    null,
    2,
  )}\n`,
);
say();
say(missed.length === 0 ? 'Mọi chỉ tiêu đều đạt. Đã ghi bench/results.json.' : `${missed.length} chỉ tiêu không đạt. Đã ghi bench/results.json.`);
process.exitCode = missed.length === 0 ? 0 : 1;
