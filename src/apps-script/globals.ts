/*
 * The global functions Apps Script calls, one line each, forwarding to the bundle's
 * namespace. The build appends this file (types stripped, comments kept) after
 * the bundle: esbuild would drop the JSDoc that gives the custom functions their
 * autocomplete and argument hints in Sheets. Only declarations belong here.
 */
declare const TinhDiem: typeof import('./main');
// Global type names, so they carry the project's prefix.
type TinhDiemArg = import('../core/live/sheet-functions').SheetArg;
type TinhDiemResult = import('../core/live/sheet-functions').SheetResult;
type TinhDiemSidebarData = import('../core/outputs/sidebar-data').SidebarData;

/** Builds the "Tính điểm" menu when the spreadsheet opens (in the menu bar, or under Extensions in the add-on build). */
function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void { TinhDiem.onOpen(); }
/** Builds the menu right after the add-on is installed. */
function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void { TinhDiem.onInstall(); }

function menuTaoBangMau(): void { TinhDiem.menuTaoBangMau(); }
function menuCapNhatBangDiem(): void { TinhDiem.menuCapNhatBangDiem(); }
function menuKiemTra(): void { TinhDiem.menuKiemTra(); }
function menuTinhDiem(): void { TinhDiem.menuTinhDiem(); }
function menuTaoBaoCao(): void { TinhDiem.menuTaoBaoCao(); }
function menuKiemPhieu(): void { TinhDiem.menuKiemPhieu(); }
function menuPhanQuyen(): void { TinhDiem.menuPhanQuyen(); }
function menuMoThanhBen(): void { TinhDiem.menuMoThanhBen(); }
function menuHuongDan(): void { TinhDiem.menuHuongDan(); }

function sidebarCheck(): TinhDiemSidebarData { return TinhDiem.sidebarCheck(); }
function sidebarCompute(): TinhDiemSidebarData { return TinhDiem.sidebarCompute(); }
function sidebarReport(): TinhDiemSidebarData { return TinhDiem.sidebarReport(); }
function sidebarSelectCell(sheet: string, cell: string): void { TinhDiem.sidebarSelectCell(sheet, cell); }

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
function TONGDIEM(chuan: TinhDiemArg, thuong?: TinhDiemArg, tru?: TinhDiemArg, cau_hinh?: TinhDiemArg): TinhDiemResult { return TinhDiem.TONGDIEM(chuan, thuong, tru, cau_hinh); }

/**
 * Thứ hạng của điểm trong vùng điểm, điểm cao nhất hạng 1.
 *
 * @param {number|Array<Array<number>>} diem Điểm cần xếp hạng: một ô hoặc một vùng.
 * @param {Array<Array<number>>} vung_diem Vùng chứa điểm của mọi đơn vị.
 * @param {string|Array<Array<string>>} kieu "liền" (1, 2, 2, 3, mặc định), "cách" (1, 2, 2, 4), hoặc vùng trang Cấu hình để dùng cách xếp hạng của cụm.
 * @return Thứ hạng.
 * @customfunction
 */
function XEPHANG(diem: TinhDiemArg, vung_diem: TinhDiemArg, kieu?: TinhDiemArg): TinhDiemResult { return TinhDiem.XEPHANG(diem, vung_diem, kieu); }

/**
 * Kiểm tra điểm: để trống nếu điểm là số từ 0 đến điểm tối đa, nếu không thì ghi lý do.
 *
 * @param {number|Array<Array<number>>} diem Điểm cần kiểm tra: một ô hoặc một vùng.
 * @param {number|Array<Array<number>>} toi_da Điểm tối đa: một ô, một dòng (mỗi cột một mức) hoặc vùng cùng kích thước.
 * @param {Array<Array<string>>} cau_hinh Vùng trang Cấu hình để kiểm tra cả bước điểm; có thể bỏ trống.
 * @return "" hoặc lý do điểm không hợp lệ.
 * @customfunction
 */
function KIEMTRA(diem: TinhDiemArg, toi_da: TinhDiemArg, cau_hinh?: TinhDiemArg): TinhDiemResult { return TinhDiem.KIEMTRA(diem, toi_da, cau_hinh); }

/**
 * Xếp loại theo tổng điểm: Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành, Không hoàn thành (ngưỡng 95, 85, 75 hoặc theo trang Cấu hình).
 *
 * @param {number|Array<Array<number>>} tong Tổng điểm: một ô hoặc một vùng.
 * @param {Array<Array<string>>} cau_hinh Vùng trang Cấu hình để dùng ngưỡng của cụm; có thể bỏ trống.
 * @return Xếp loại.
 * @customfunction
 */
function XEPLOAI(tong: TinhDiemArg, cau_hinh?: TinhDiemArg): TinhDiemResult { return TinhDiem.XEPLOAI(tong, cau_hinh); }

/**
 * Cột Tổng điểm của Bảng điểm, tính như menu "Tính điểm và xếp hạng": mỗi dòng đơn vị một giá trị, đặt ở dòng đơn vị đầu tiên.
 *
 * @param {Array<Array<string>>} cau_hinh 'Cấu hình'!A1:B
 * @param {Array<Array<string>>} tieu_chi 'Tiêu chí'!A1:D
 * @param {Array<Array<string>>} don_vi 'Đơn vị'!A1:C
 * @param {Array<Array<string>>} bang_diem 'Bảng điểm'!A1 đến cột Lý do trừ
 * @param {Array<Array<string>>} cum_cham 'Cụm chấm'!A1 đến cột Lý do trừ, nếu có
 * @param {Array<Array<string>>} phieu_bau 'Phiếu bầu'!A1:Z, nếu có (đứng thứ năm khi không có Cụm chấm)
 * @return Tổng điểm của từng dòng.
 * @customfunction
 */
function CUM_TONGDIEM(cau_hinh: TinhDiemArg, tieu_chi: TinhDiemArg, don_vi: TinhDiemArg, bang_diem: TinhDiemArg, cum_cham?: TinhDiemArg, phieu_bau?: TinhDiemArg): TinhDiemResult { return TinhDiem.CUM_TONGDIEM(cau_hinh, tieu_chi, don_vi, bang_diem, cum_cham, phieu_bau); }

/**
 * Cột Hạng của Bảng điểm: cách xếp hạng và thứ tự xét khi bằng điểm của trang Cấu hình, như menu "Tính điểm và xếp hạng".
 *
 * @param {Array<Array<string>>} cau_hinh 'Cấu hình'!A1:B
 * @param {Array<Array<string>>} tieu_chi 'Tiêu chí'!A1:D
 * @param {Array<Array<string>>} don_vi 'Đơn vị'!A1:C
 * @param {Array<Array<string>>} bang_diem 'Bảng điểm'!A1 đến cột Lý do trừ
 * @param {Array<Array<string>>} cum_cham 'Cụm chấm'!A1 đến cột Lý do trừ, nếu có
 * @param {Array<Array<string>>} phieu_bau 'Phiếu bầu'!A1:Z, nếu có (đứng thứ năm khi không có Cụm chấm)
 * @return Thứ hạng của từng dòng, hoặc lý do chưa xếp hạng.
 * @customfunction
 */
function CUM_XEPHANG(cau_hinh: TinhDiemArg, tieu_chi: TinhDiemArg, don_vi: TinhDiemArg, bang_diem: TinhDiemArg, cum_cham?: TinhDiemArg, phieu_bau?: TinhDiemArg): TinhDiemResult { return TinhDiem.CUM_XEPHANG(cau_hinh, tieu_chi, don_vi, bang_diem, cum_cham, phieu_bau); }

/**
 * Cột Xếp loại của Bảng điểm, theo các ngưỡng của trang Cấu hình, như menu "Tính điểm và xếp hạng".
 *
 * @param {Array<Array<string>>} cau_hinh 'Cấu hình'!A1:B
 * @param {Array<Array<string>>} tieu_chi 'Tiêu chí'!A1:D
 * @param {Array<Array<string>>} don_vi 'Đơn vị'!A1:C
 * @param {Array<Array<string>>} bang_diem 'Bảng điểm'!A1 đến cột Lý do trừ
 * @param {Array<Array<string>>} cum_cham 'Cụm chấm'!A1 đến cột Lý do trừ, nếu có
 * @param {Array<Array<string>>} phieu_bau 'Phiếu bầu'!A1:Z, nếu có (đứng thứ năm khi không có Cụm chấm)
 * @return Xếp loại của từng dòng.
 * @customfunction
 */
function CUM_XEPLOAI(cau_hinh: TinhDiemArg, tieu_chi: TinhDiemArg, don_vi: TinhDiemArg, bang_diem: TinhDiemArg, cum_cham?: TinhDiemArg, phieu_bau?: TinhDiemArg): TinhDiemResult { return TinhDiem.CUM_XEPLOAI(cau_hinh, tieu_chi, don_vi, bang_diem, cum_cham, phieu_bau); }

/**
 * Cột Kiểm tra của Bảng điểm: trống khi dòng đúng, nếu không thì ô nào sai và cần sửa thế nào.
 *
 * @param {Array<Array<string>>} cau_hinh 'Cấu hình'!A1:B
 * @param {Array<Array<string>>} tieu_chi 'Tiêu chí'!A1:D
 * @param {Array<Array<string>>} don_vi 'Đơn vị'!A1:C
 * @param {Array<Array<string>>} bang_diem 'Bảng điểm'!A1 đến cột Lý do trừ
 * @param {Array<Array<string>>} cum_cham 'Cụm chấm'!A1 đến cột Lý do trừ, nếu có
 * @param {Array<Array<string>>} phieu_bau 'Phiếu bầu'!A1:Z, nếu có (đứng thứ năm khi không có Cụm chấm)
 * @return Lỗi và cảnh báo của từng dòng.
 * @customfunction
 */
function CUM_KIEMTRA(cau_hinh: TinhDiemArg, tieu_chi: TinhDiemArg, don_vi: TinhDiemArg, bang_diem: TinhDiemArg, cum_cham?: TinhDiemArg, phieu_bau?: TinhDiemArg): TinhDiemResult { return TinhDiem.CUM_KIEMTRA(cau_hinh, tieu_chi, don_vi, bang_diem, cum_cham, phieu_bau); }

/**
 * Bảng xếp hạng của cụm (hạng, đơn vị, điểm chuẩn, điểm thưởng, điểm trừ, tổng điểm, xếp loại, ghi chú), như trang Tổng hợp; dùng được ở bất kỳ trang nào.
 *
 * @param {Array<Array<string>>} cau_hinh 'Cấu hình'!A1:B
 * @param {Array<Array<string>>} tieu_chi 'Tiêu chí'!A1:D
 * @param {Array<Array<string>>} don_vi 'Đơn vị'!A1:C
 * @param {Array<Array<string>>} bang_diem 'Bảng điểm'!A1 đến cột Lý do trừ
 * @param {Array<Array<string>>} cum_cham 'Cụm chấm'!A1 đến cột Lý do trừ, nếu có
 * @param {Array<Array<string>>} phieu_bau 'Phiếu bầu'!A1:Z, nếu có (đứng thứ năm khi không có Cụm chấm)
 * @return Bảng xếp hạng, dòng đầu là tiêu đề.
 * @customfunction
 */
function CUM_BANGXEPHANG(cau_hinh: TinhDiemArg, tieu_chi: TinhDiemArg, don_vi: TinhDiemArg, bang_diem: TinhDiemArg, cum_cham?: TinhDiemArg, phieu_bau?: TinhDiemArg): TinhDiemResult { return TinhDiem.CUM_BANGXEPHANG(cau_hinh, tieu_chi, don_vi, bang_diem, cum_cham, phieu_bau); }
