/**
 * The bundle's entry: everything Apps Script calls, exposed on the namespace
 * `TinhDiem` (see global-names.ts). The top-level `function` declarations Apps
 * Script needs are the one-line wrappers of globals.ts, appended by the build.
 * Nothing here may call a service at load time: loading runs in AuthMode.NONE.
 */
import { sidebarData, type SidebarData } from '../core/outputs/sidebar-data';
import { liveColumn, rankingTable, type LiveOptions } from '../core/live/live-functions';
import { readLog } from './submission-store';
import { localeDecimalMark } from '../core/model/numbers';
import { GUIDE } from './build-kind';
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
import { askReopenReason, runLock, runReopen, runReview, runSubmit } from './submission';
import { runReport } from './report';
import { runVote } from './vote';
import { runDossier } from './dossier';
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
export const menuLapHoSo = (): void => fromMenu(runDossier);
export const menuPhanQuyen = (): void => fromMenu(runPermissions);
export const menuBatDauNamMoi = (): void => menuNewYear();
export const menuNopBangDiem = (): void => fromMenu(runSubmit);
export const menuThamDinh = (): void => fromMenu(runReview);
export const menuKhoaDong = (): void => fromMenu(runLock);

/** The reason is asked first: a dialog waits for a person, and no lock may be held meanwhile. */
export function menuMoLaiDong(): void {
  const reason = askReopenReason();
  if (reason !== null) fromMenu((ss) => runReopen(ss, reason));
}
export const menuHuongDan = (): void => showHelp();

/** Opening the sidebar only reads, so it takes no lock. */
export function menuMoThanhBen(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  openSidebar(sidebarData(evaluateInputs(readInputs(ss)), { action: 'open', reportUrl: lastReportUrl(ss), now: new Date() }));
}

export const sidebarCheck = (): SidebarData => fromSidebar(runCheck);
export const sidebarCompute = (): SidebarData => fromSidebar(runCompute);
export const sidebarReport = (): SidebarData => fromSidebar(runReport);
export const sidebarSubmit = (): SidebarData => fromSidebar(runSubmit, true);
export const sidebarSelectCell = (sheet: unknown, cell: unknown): void => selectCell(sheet, cell);

/**
 * What the custom functions take from the spreadsheet itself, as the menu does: its
 * locale's decimal mark (messages follow it unless *Dấu thập phân* says otherwise),
 * the menu path of this build, and the submission log the add-in recorded in the
 * document's properties (Google lets a custom function read properties, not write them).
 */
function cellOptions(): LiveOptions {
  const mark = localeDecimalMark(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  return { defaultDecimalSeparator: mark, sheetDecimalMark: mark, guide: GUIDE };
}

/** The cluster functions' options: the cell options and the recorded log. */
const clusterOptions = (): LiveOptions => ({ ...cellOptions(), log: readLog() });

export const TONGDIEM = (chuan: SheetArg, thuong?: SheetArg, tru?: SheetArg, cauHinh?: SheetArg): SheetResult =>
  tongDiem(chuan, thuong, tru, cauHinh, cellOptions());
export const XEPHANG = (diem: SheetArg, vungDiem: SheetArg, kieu?: SheetArg): SheetResult => xepHang(diem, vungDiem, kieu, cellOptions());
export const KIEMTRA = (diem: SheetArg, toiDa: SheetArg, cauHinh?: SheetArg): SheetResult => kiemTra(diem, toiDa, cauHinh, cellOptions());
export const XEPLOAI = (tong: SheetArg, cauHinh?: SheetArg): SheetResult => xepLoai(tong, cauHinh, cellOptions());

type ClusterFunction = (...args: SheetArg[]) => SheetResult;
export const CUM_TONGDIEM: ClusterFunction = (...args) => liveColumn('total', args, clusterOptions());
export const CUM_XEPHANG: ClusterFunction = (...args) => liveColumn('rank', args, clusterOptions());
export const CUM_XEPLOAI: ClusterFunction = (...args) => liveColumn('grade', args, clusterOptions());
export const CUM_KIEMTRA: ClusterFunction = (...args) => liveColumn('check', args, clusterOptions());
export const CUM_BANGXEPHANG: ClusterFunction = (...args) => rankingTable(args, clusterOptions());
