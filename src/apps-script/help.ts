/**
 * "Hướng dẫn": a short help dialog, in the order of the work. Static text only:
 * nothing from the spreadsheet is put into this HTML. Menu paths are this build's.
 */
import { MENU_ITEMS, menuPath } from '../core/model/guide';
import { SHEET, SUCCESSOR_HEADER } from '../core/model/template';
import { ADDON_BUILD } from './build-kind';

const MENU = menuPath(ADDON_BUILD);

const HELP_HTML = `<!DOCTYPE html><html><head><base target="_top"><style>
body{font-family:Arial,sans-serif;font-size:14px;line-height:1.45;margin:0 8px;color:#202124}
h2{font-size:15px;margin:14px 0 4px}ol,ul{padding-left:20px;margin:4px 0}code{background:#f1f3f4;padding:0 3px}
</style></head><body>
<p>Các chức năng nằm trong menu <b>${MENU}</b>.</p>
<h2>Các bước</h2>
<ol>
<li><b>${MENU_ITEMS.template}</b> (bảng tính mới): tạo các trang "${SHEET.settings}", "${SHEET.criteria}", "${SHEET.units}", "${SHEET.scores}" còn thiếu. Trang đã có dữ liệu được giữ nguyên.</li>
<li>Danh sách: điền "${SHEET.settings}", nhập "${SHEET.criteria}" (mã, tên, điểm chuẩn và điểm thưởng tối đa) và "${SHEET.units}" (mã, tên, email người nhập của từng đơn vị).</li>
<li><b>${MENU_ITEMS.update}</b>: xếp "${SHEET.scores}" theo danh sách, hai cột điểm cho mỗi tiêu chí và một dòng cho mỗi đơn vị. Chạy lại bất cứ lúc nào danh sách thay đổi: điểm đã nhập đi theo đơn vị và tiêu chí của nó; điểm không còn chỗ được chuyển sang trang "${SHEET.keptAside}".</li>
<li><b>${MENU_ITEMS.permissions}</b>: mỗi đơn vị chỉ sửa được dòng của mình trong "${SHEET.scores}".</li>
<li>Các đơn vị nhập điểm và dán đường dẫn minh chứng (cột "Minh chứng &lt;mã&gt;"). Điểm trừ ghi 0,5 hay -0,5 đều là trừ 0,5 điểm.</li>
<li><b>${MENU_ITEMS.submit}</b> (đơn vị chọn một ô trong dòng của mình): dòng được kiểm tra, còn lỗi thì chưa nộp được; nộp xong, giá trị đã nộp được lưu, mọi thay đổi sau đó hiện trong "${MENU_ITEMS.check}". Thư ký dùng <b>${MENU_ITEMS.reopen}</b> (ghi lý do) để đơn vị sửa và nộp lại, <b>${MENU_ITEMS.review}</b> sau khi thẩm định. Điểm sửa ở trang "${SHEET.agreed}" phải ghi lý do ở cột "Lý do &lt;mã&gt;"; đơn vị giải trình ở cột "Giải trình".</li>
<li><b>${MENU_ITEMS.check}</b>: liệt kê lỗi và cảnh báo ở trang "${SHEET.checks}", tô màu và ghi chú (bắt đầu bằng ⚠) vào ô cần sửa.</li>
<li><b>${MENU_ITEMS.compute}</b>: khi không còn lỗi, tạo lại trang "${SHEET.summary}" có biểu đồ và ghi một dòng vào "${SHEET.history}".</li>
<li><b>${MENU_ITEMS.report}</b>: tạo một Google Doc mới (báo cáo cũ không bị sửa) và ghi đường dẫn vào "${SHEET.summary}".</li>
<li>Năm sau: <b>Tệp › Tạo bản sao</b>, mở bản sao, chọn <b>${MENU_ITEMS.newYear}</b>: giữ cấu hình, tiêu chí, đơn vị; xóa điểm, phiếu bầu và các mục của năm cũ; kết quả năm cũ sang trang "${SHEET.past}", để "${SHEET.summary}" và báo cáo so sánh thứ hạng với năm trước. Đơn vị sáp nhập ghi mã các đơn vị cũ ở cột "${SUCCESSOR_HEADER}" của "${SHEET.units}".</li>
</ol>
<h2>Hàm dùng trong ô</h2>
<ul>
<li><code>=TONGDIEM(chuan; thuong; tru)</code>: tổng điểm của từng dòng.</li>
<li><code>=XEPHANG(diem; vung_diem; "liền")</code>: thứ hạng; "cách" để xếp 1, 2, 2, 4.</li>
<li><code>=KIEMTRA(diem; toi_da)</code>: để trống nếu điểm hợp lệ, nếu không thì ghi lý do.</li>
<li><code>=XEPLOAI(tong)</code>: xếp loại theo ngưỡng 95, 85, 75.</li>
</ul>
<p>Chỉ một lượt chạy ghi dữ liệu tại một thời điểm; lượt thứ hai sẽ được báo chờ.</p>
</body></html>`;

export function showHelp(): void {
  const output = HtmlService.createHtmlOutput(HELP_HTML).setWidth(560).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(output, 'Hướng dẫn sử dụng Tính điểm thi đua');
}
