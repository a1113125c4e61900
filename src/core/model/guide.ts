/**
 * How the user reaches each action, named the way the user sees it: a menu path in
 * Google Sheets (a top-level menu "Tính điểm" in the bound-script build, a submenu
 * of Extensions in the add-on build) or a command offline. Every message that sends
 * the user to an action takes its words from here, so a way out named in a message
 * is one the user can find.
 */

export const MENU_TITLE = 'Tính điểm';

/** The menu items, in the order of the work (see the help). */
export const MENU_ITEMS = {
  template: 'Tạo bảng mẫu',
  update: 'Cập nhật Bảng điểm',
  permissions: 'Phân quyền nhập liệu',
  submit: 'Nộp bảng điểm của đơn vị',
  reopen: 'Mở lại dòng đã nộp',
  review: 'Xác nhận đã thẩm định',
  lock: 'Khóa các dòng đã nộp (sau hạn)',
  check: 'Kiểm tra dữ liệu',
  compute: 'Tính điểm và xếp hạng',
  report: 'Tạo báo cáo',
  vote: 'Kiểm phiếu và lập biên bản',
  newYear: 'Bắt đầu năm mới',
  dossier: 'Lập hồ sơ đề nghị khen thưởng',
  sidebar: 'Mở bảng kết quả',
  help: 'Hướng dẫn',
} as const;

export type GuideStep = 'template' | 'update' | 'permissions' | 'submit' | 'reopen' | 'check' | 'compute' | 'newYear';

/** Each step as a phrase to put after "Hãy chạy", e.g. `menu Tính điểm › Cập nhật Bảng điểm`. */
export type Guide = Record<GuideStep, string>;

/** Where the menu sits: Google puts an add-on's menu under Extensions (Tiện ích mở rộng). */
export function menuPath(addon: boolean): string {
  return addon ? `Tiện ích mở rộng › ${MENU_TITLE}` : MENU_TITLE;
}

export function menuGuide(addon: boolean): Guide {
  const at = (step: GuideStep): string => `menu ${menuPath(addon)} › ${MENU_ITEMS[step]}`;
  return {
    template: at('template'),
    update: at('update'),
    permissions: at('permissions'),
    submit: at('submit'),
    reopen: at('reopen'),
    check: at('check'),
    compute: at('compute'),
    newYear: at('newYear'),
  };
}

export const COMMAND_GUIDE: Guide = {
  template: 'lệnh "tinh-diem mau <tệp.xlsx>"',
  update: 'lệnh "tinh-diem cap-nhat <tệp.xlsx>"',
  permissions: 'menu Phân quyền nhập liệu trên Google Trang tính (tệp Excel không phân quyền theo dòng)',
  submit: 'lệnh "tinh-diem nop <tệp.xlsx> --don-vi <mã> --nguoi <họ tên>"',
  reopen: 'lệnh "tinh-diem mo-lai <tệp.xlsx> --don-vi <mã> --ly-do <lý do> --nguoi <họ tên>"',
  check: 'lệnh "tinh-diem <tệp.xlsx>"',
  compute: 'lệnh "tinh-diem <tệp.xlsx>"',
  newYear: 'lệnh "tinh-diem nam-moi <tệp.xlsx>"',
};
