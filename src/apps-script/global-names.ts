/**
 * The names Apps Script calls: menu items, triggers, custom functions and the
 * sidebar's `google.script.run` calls. The build checks that the built file
 * declares each one as a top-level function, so a renamed wrapper fails the build
 * instead of a menu item silently calling nothing.
 */
import { SIDEBAR_FUNCTIONS } from '../core/outputs/sidebar-data';
import { CLUSTER_FUNCTIONS, CLUSTER_PARAMS } from './cluster-functions';

/** The global the bundle's namespace is assigned to; the wrappers call through it. */
export const NAMESPACE = 'TinhDiem';

export const MENU_FUNCTIONS = {
  template: 'menuTaoBangMau',
  update: 'menuCapNhatBangDiem',
  check: 'menuKiemTra',
  compute: 'menuTinhDiem',
  report: 'menuTaoBaoCao',
  vote: 'menuKiemPhieu',
  dossier: 'menuLapHoSo',
  permissions: 'menuPhanQuyen',
  newYear: 'menuBatDauNamMoi',
  submit: 'menuNopBangDiem',
  reopen: 'menuMoLaiDong',
  review: 'menuThamDinh',
  lock: 'menuKhoaDong',
  sidebar: 'menuMoThanhBen',
  help: 'menuHuongDan',
} as const;

export const TRIGGERS = ['onOpen', 'onInstall'] as const;

const CLUSTER = CLUSTER_PARAMS.map((p) => p.name);

/** Custom functions with their parameter names, as Sheets shows them in the hints. */
export const CUSTOM_FUNCTIONS: Record<string, readonly string[]> = {
  TONGDIEM: ['chuan', 'thuong', 'tru', 'cau_hinh'],
  XEPHANG: ['diem', 'vung_diem', 'kieu'],
  KIEMTRA: ['diem', 'toi_da', 'cau_hinh'],
  XEPLOAI: ['tong', 'cau_hinh'],
  ...Object.fromEntries(CLUSTER_FUNCTIONS.map((f) => [f.name, CLUSTER])),
};

export const GLOBAL_FUNCTIONS: readonly string[] = [...TRIGGERS, ...Object.values(MENU_FUNCTIONS), ...Object.keys(CUSTOM_FUNCTIONS), ...SIDEBAR_FUNCTIONS];
