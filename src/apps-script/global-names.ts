/**
 * The names Apps Script calls: menu items, triggers, custom functions and the
 * sidebar's `google.script.run` calls. The build checks that the built file
 * declares each one as a top-level function, so a renamed wrapper fails the build
 * instead of a menu item silently calling nothing.
 */

/** The global the bundle's namespace is assigned to; the wrappers call through it. */
export const NAMESPACE = 'TinhDiem';

export const MENU_FUNCTIONS = {
  template: 'menuTaoBangMau',
  check: 'menuKiemTra',
  compute: 'menuTinhDiem',
  report: 'menuTaoBaoCao',
  permissions: 'menuPhanQuyen',
  sidebar: 'menuMoThanhBen',
  help: 'menuHuongDan',
} as const;

export const TRIGGERS = ['onOpen', 'onInstall'] as const;

/** Custom functions with their parameter names, as Sheets shows them in the hints. */
export const CUSTOM_FUNCTIONS: Record<string, readonly string[]> = {
  TONGDIEM: ['chuan', 'thuong', 'tru'],
  XEPHANG: ['diem', 'vung_diem', 'kieu'],
  KIEMTRA: ['diem', 'toi_da'],
  XEPLOAI: ['tong'],
};

export const SIDEBAR_FUNCTIONS = ['sidebarCheck', 'sidebarCompute', 'sidebarReport', 'sidebarSelectCell'] as const;

export const GLOBAL_FUNCTIONS: readonly string[] = [...TRIGGERS, ...Object.values(MENU_FUNCTIONS), ...Object.keys(CUSTOM_FUNCTIONS), ...SIDEBAR_FUNCTIONS];
