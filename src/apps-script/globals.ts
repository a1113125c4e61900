/*
 * The global functions Apps Script calls, one line each, forwarding to the bundle's
 * namespace (the cluster functions CUM_* are written by the build from cluster-functions.ts). The build appends this file (types stripped, comments kept) after
 * the bundle: esbuild would drop the JSDoc that gives the custom functions their
 * autocomplete and argument hints in Sheets. Only declarations belong here.
 */
declare const TinhDiem: typeof import('./main');
// Global type names, so they carry the project's prefix.
type TinhDiemArg = import('../core/live/sheet-functions').SheetArg;
type TinhDiemResult = import('../core/live/sheet-functions').SheetResult;
type TinhDiemSidebarData = import('../core/outputs/sidebar-data').SidebarData;

/** Builds the "Tính điểm" menu when the spreadsheet opens (in the menu bar, or under Extensions in the add-on build). */
function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  TinhDiem.onOpen();
}
/** Builds the menu right after the add-on is installed. */
function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  TinhDiem.onInstall();
}

function menuTaoBangMau(): void {
  TinhDiem.menuTaoBangMau();
}
function menuCapNhatBangDiem(): void {
  TinhDiem.menuCapNhatBangDiem();
}
function menuKiemTra(): void {
  TinhDiem.menuKiemTra();
}
function menuTinhDiem(): void {
  TinhDiem.menuTinhDiem();
}
function menuTaoBaoCao(): void {
  TinhDiem.menuTaoBaoCao();
}
function menuKiemPhieu(): void {
  TinhDiem.menuKiemPhieu();
}
function menuLapHoSo(): void {
  TinhDiem.menuLapHoSo();
}
function menuPhanQuyen(): void {
  TinhDiem.menuPhanQuyen();
}
function menuBatDauNamMoi(): void {
  TinhDiem.menuBatDauNamMoi();
}
function menuNopBangDiem(): void {
  TinhDiem.menuNopBangDiem();
}
function menuMoLaiDong(): void {
  TinhDiem.menuMoLaiDong();
}
function menuThamDinh(): void {
  TinhDiem.menuThamDinh();
}
function menuKhoaDong(): void {
  TinhDiem.menuKhoaDong();
}
function menuMoThanhBen(): void {
  TinhDiem.menuMoThanhBen();
}
function menuHuongDan(): void {
  TinhDiem.menuHuongDan();
}

function sidebarCheck(): TinhDiemSidebarData {
  return TinhDiem.sidebarCheck();
}
function sidebarCompute(): TinhDiemSidebarData {
  return TinhDiem.sidebarCompute();
}
function sidebarReport(): TinhDiemSidebarData {
  return TinhDiem.sidebarReport();
}
function sidebarSubmit(): TinhDiemSidebarData {
  return TinhDiem.sidebarSubmit();
}
function sidebarSelectCell(sheet: string, cell: string): void {
  TinhDiem.sidebarSelectCell(sheet, cell);
}

/**
 * Tổng điểm thi đua của từng dòng: điểm chuẩn cộng điểm thưởng trừ điểm trừ (ghi 0,5 hay -0,5 đều trừ 0,5).
 *
 * @param {number|Array<Array<number>>} chuan Điểm chuẩn: một ô hoặc một vùng, mỗi dòng là một đơn vị.
 * @param {number|Array<Array<number>>} thuong Điểm thưởng, cùng số dòng; có thể bỏ trống.
 * @param {number|Array<Array<number>>} tru Điểm trừ, cùng số dòng; có thể bỏ trống.
 * @param {Array<Array<string>>} cau_hinh Vùng trang Cấu hình (ví dụ 'Cấu hình'!A1:B) để áp mức tối đa tổng điểm thưởng, điểm trừ; có thể bỏ trống.
 * @return Tổng điểm (một cột khi đưa vào nhiều dòng).
 * @customfunction
 */
function TONGDIEM(chuan: TinhDiemArg, thuong?: TinhDiemArg, tru?: TinhDiemArg, cau_hinh?: TinhDiemArg): TinhDiemResult {
  return TinhDiem.TONGDIEM(chuan, thuong, tru, cau_hinh);
}

/**
 * Thứ hạng của điểm trong vùng điểm, điểm cao nhất hạng 1.
 *
 * @param {number|Array<Array<number>>} diem Điểm cần xếp hạng: một ô hoặc một vùng.
 * @param {Array<Array<number>>} vung_diem Vùng chứa điểm của mọi đơn vị.
 * @param {string|Array<Array<string>>} kieu "liền" (1, 2, 2, 3, mặc định), "cách" (1, 2, 2, 4), hoặc vùng trang Cấu hình để dùng cách xếp hạng của cụm.
 * @return Thứ hạng.
 * @customfunction
 */
function XEPHANG(diem: TinhDiemArg, vung_diem: TinhDiemArg, kieu?: TinhDiemArg): TinhDiemResult {
  return TinhDiem.XEPHANG(diem, vung_diem, kieu);
}

/**
 * Kiểm tra điểm: để trống nếu điểm là số từ 0 đến điểm tối đa, nếu không thì ghi lý do.
 *
 * @param {number|Array<Array<number>>} diem Điểm cần kiểm tra: một ô hoặc một vùng.
 * @param {number|Array<Array<number>>} toi_da Điểm tối đa: một ô, một dòng (mỗi cột một mức) hoặc vùng cùng kích thước.
 * @param {Array<Array<string>>} cau_hinh Vùng trang Cấu hình để kiểm tra cả bước điểm; có thể bỏ trống.
 * @return "" hoặc lý do điểm không hợp lệ.
 * @customfunction
 */
function KIEMTRA(diem: TinhDiemArg, toi_da: TinhDiemArg, cau_hinh?: TinhDiemArg): TinhDiemResult {
  return TinhDiem.KIEMTRA(diem, toi_da, cau_hinh);
}

/**
 * Xếp loại theo tổng điểm: Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Không hoàn thành (ngưỡng 95, 85, 75 hoặc theo trang Cấu hình).
 *
 * @param {number|Array<Array<number>>} tong Tổng điểm: một ô hoặc một vùng.
 * @param {Array<Array<string>>} cau_hinh Vùng trang Cấu hình để dùng ngưỡng của cụm; có thể bỏ trống.
 * @return Xếp loại.
 * @customfunction
 */
function XEPLOAI(tong: TinhDiemArg, cau_hinh?: TinhDiemArg): TinhDiemResult {
  return TinhDiem.XEPLOAI(tong, cau_hinh);
}
