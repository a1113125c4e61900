/**
 * The bundle's entry: everything Apps Script calls, exposed on the namespace
 * `TinhDiem` (see global-names.ts). The top-level `function` declarations Apps
 * Script needs are the one-line wrappers of globals.ts, appended by the build.
 * Nothing here may call a service at load time: loading runs in AuthMode.NONE.
 */
import { sidebarData, type SidebarData } from '../core/outputs/sidebar-data';
import { liveColumn, rankingTable } from '../core/live/live-functions';
import { kiemTra, tongDiem, xepHang, xepLoai, type SheetArg, type SheetResult } from '../core/live/sheet-functions';
import { runCheck } from './checks';
import { runCompute } from './compute';
import { menuCreateTemplate } from './create-template';
import { showHelp } from './help';
import { menuUpdateScores } from './update-scores';
import { menuNewYear } from './new-year';
import { lastReportUrl } from './history';
import { evaluateInputs, readInputs } from './inputs';
import { buildMenu } from './menu';
import { runPermissions } from './permissions';
import { runReport } from './report';
import { runVote } from './vote';
import { fromMenu, fromSidebar } from './run';
import { openSidebar, selectCell } from './sidebar';


export function onOpen(): void {
  buildMenu();
}

export function onInstall(): void {
  buildMenu();
}

export const menuTaoBangMau = (): void => menuCreateTemplate();
export const menuCapNhatBangDiem = (): void => menuUpdateScores();
export const menuKiemTra = (): void => fromMenu(runCheck);
export const menuTinhDiem = (): void => fromMenu(runCompute);
export const menuTaoBaoCao = (): void => fromMenu(runReport);
export const menuKiemPhieu = (): void => fromMenu(runVote);
export const menuPhanQuyen = (): void => fromMenu(runPermissions);
export const menuBatDauNamMoi = (): void => menuNewYear();
export const menuHuongDan = (): void => showHelp();

/** Opening the sidebar only reads, so it takes no lock. */
export function menuMoThanhBen(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  openSidebar(sidebarData(evaluateInputs(readInputs(ss)), { action: 'open', reportUrl: lastReportUrl(ss) }));
}

export const sidebarCheck = (): SidebarData => fromSidebar(runCheck);
export const sidebarCompute = (): SidebarData => fromSidebar(runCompute);
export const sidebarReport = (): SidebarData => fromSidebar(runReport);
export const sidebarSelectCell = (sheet: unknown, cell: unknown): void => selectCell(sheet, cell);

export { kiemTra as KIEMTRA, tongDiem as TONGDIEM, xepHang as XEPHANG, xepLoai as XEPLOAI };

type ClusterFunction = (...args: SheetArg[]) => SheetResult;
export const CUM_TONGDIEM: ClusterFunction = (...args) => liveColumn('total', args);
export const CUM_XEPHANG: ClusterFunction = (...args) => liveColumn('rank', args);
export const CUM_XEPLOAI: ClusterFunction = (...args) => liveColumn('grade', args);
export const CUM_KIEMTRA: ClusterFunction = (...args) => liveColumn('check', args);
export const CUM_BANGXEPHANG: ClusterFunction = (...args) => rankingTable(args);
