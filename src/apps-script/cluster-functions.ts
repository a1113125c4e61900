/**
 * The cluster functions (CUM_*): each takes the whole cluster, the same ranges in the same
 * order as sheets/live-columns.ts writes them, so their JSDoc differs only in the first
 * line and the return. The build writes their global declarations from this one table.
 */

/** The whole cluster, as the live functions take it: parameter name, JSDoc type, what to pass. */
export const CLUSTER_PARAMS: readonly { name: string; type: string; doc: string }[] = [
  { name: 'cau_hinh', type: 'Array<Array<string>>', doc: "'Cấu hình'!A1:B" },
  { name: 'tieu_chi', type: 'Array<Array<string>>', doc: "cả trang Tiêu chí, ví dụ 'Tiêu chí'!A1:Z" },
  { name: 'don_vi', type: 'Array<Array<string>>', doc: "cả trang Đơn vị (kể cả các cột Hạng ngoài), ví dụ 'Đơn vị'!A1:Z" },
  { name: 'bang_diem', type: 'Array<Array<string>>', doc: "'Bảng điểm'!A1 đến cột Lý do trừ" },
  { name: 'cum_cham', type: 'Array<Array<string>>', doc: "'Cụm chấm'!A1 đến cột Lý do trừ, nếu có" },
  { name: 'phieu_bau', type: 'Array<Array<string>>', doc: 'cả trang Phiếu bầu, nếu có (đứng thứ năm khi không có Cụm chấm)' },
  { name: 'nop_bai', type: 'Array<Array<string>>', doc: 'cả trang Nộp bài, nếu có' },
];

/** Each cluster function: what it gives (the JSDoc's first line) and its return. */
export const CLUSTER_FUNCTIONS: readonly { name: string; summary: string; returns: string }[] = [
  {
    name: 'CUM_TONGDIEM',
    summary: 'Cột Tổng điểm của Bảng điểm, tính như menu "Tính điểm và xếp hạng": mỗi dòng đơn vị một giá trị, đặt ở dòng đơn vị đầu tiên.',
    returns: 'Tổng điểm của từng dòng.',
  },
  {
    name: 'CUM_XEPHANG',
    summary: 'Cột Hạng của Bảng điểm: cách xếp hạng và thứ tự xét khi bằng điểm của trang Cấu hình, như menu "Tính điểm và xếp hạng".',
    returns: 'Thứ hạng của từng dòng, hoặc lý do chưa xếp hạng.',
  },
  {
    name: 'CUM_XEPLOAI',
    summary: 'Cột Xếp loại của Bảng điểm, theo các ngưỡng của trang Cấu hình, như menu "Tính điểm và xếp hạng".',
    returns: 'Xếp loại của từng dòng.',
  },
  {
    name: 'CUM_KIEMTRA',
    summary: 'Cột Kiểm tra của Bảng điểm: trống khi dòng đúng, nếu không thì ô nào sai và cần sửa thế nào.',
    returns: 'Lỗi và cảnh báo của từng dòng.',
  },
  {
    name: 'CUM_BANGXEPHANG',
    summary:
      'Bảng xếp hạng của cụm (hạng, đơn vị, điểm chuẩn, điểm thưởng, điểm trừ, tổng điểm, xếp loại, ghi chú), như trang Tổng hợp; dùng được ở bất kỳ trang nào.',
    returns: 'Bảng xếp hạng, dòng đầu là tiêu đề.',
  },
];

/** The global declarations with their JSDoc (Sheets' autocomplete and argument hints), forwarding to `namespace`. */
export function clusterDeclarations(namespace: string): string {
  const names = CLUSTER_PARAMS.map((p) => p.name).join(', ');
  const params = CLUSTER_PARAMS.map((p) => ` * @param {${p.type}} ${p.name} ${p.doc}`).join('\n');
  return CLUSTER_FUNCTIONS.map(
    (f) =>
      `/**\n * ${f.summary}\n *\n${params}\n * @return ${f.returns}\n * @customfunction\n */\nfunction ${f.name}(${names}) { return ${namespace}.${f.name}(${names}); }\n`,
  ).join('\n');
}
