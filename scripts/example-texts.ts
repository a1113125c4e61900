/**
 * The free texts of the example cluster's report, copied from the 2021 draft in
 * ../shared/reference (one paragraph a line). They are data typed into the example
 * workbook (`Cấu hình` and the `Nội dung báo cáo` column of `Tiêu chí`), not code.
 * Changes from the draft: paragraphs the PDF split at page breaks are joined, stray
 * emphasis asterisks are removed, and criterion 6's "12/12 đơn vị đạt điểm chuẩn"
 * sentence is left to the computed result lines. The report number and the issuer
 * are not in the draft; they are plausible values.
 */
import type { SettingValues } from './example-data';

const paragraphs = (...lines: string[]): string => lines.join('\n');

/** Settings-sheet values by setting key (see SETTINGS in src/core/template.ts). */
export const EXAMPLE_SETTINGS: SettingValues = {
  reportNumber: '05/BC-CTĐ08',
  issuer: 'CỤM THI ĐUA SỐ 08',
  place: 'An Giang',
  reportDate: '05/01/2022',
  draft: 'có',
  summary: 'Tổng kết phong trào thi đua, khen thưởng Cụm thi đua số 8 năm 2021',
  basis: 'Thực hiện Kế hoạch số 42/KH-CTĐ SỐ 08 ngày 21/5/2021 về việc tổ chức phong trào thi đua và bình xét khen thưởng của Cụm thi đua số 08 năm 2021;',
  intro: 'Cụm thi đua số 08 báo cáo kết quả thực hiện phong trào thi đua, khen thưởng năm 2021, cụ thể như sau:',
  section1: paragraphs(
    'Ngay từ đầu năm, Cụm thi đua số 08 đã xây dựng kế hoạch tổ chức phong trào thi đua và bình xét khen thưởng, xây dựng bảng tiêu chí thi đua cụ thể, bám sát nhiệm vụ chính trị, chuyên môn của các đơn vị trong Cụm; kịp thời ban hành các văn bản triển khai đăng ký thi đua đầu năm, thực hiện việc chấm điểm và tổ chức, báo cáo sơ kết, tổng kết công tác thi đua theo kế hoạch đã đề ra.',
    'Có 12/12 đơn vị trong Cụm đã đăng ký chỉ tiêu thi đua, ký kết giao ước thi đua, triển khai tốt phong trào thi đua gắn với hoạt động chuyên môn, góp phần thực hiện thắng lợi các chỉ tiêu, nhiệm vụ công tác trọng tâm của ngành Thông tin và Truyền thông và nhiệm vụ phát triển kinh tế - xã hội của các tỉnh.',
  ),
  section2Intro: 'Năm 2021, trong bối cảnh diễn biến phức tạp của dịch COVID-19, các đơn vị trong Cụm vừa phòng chống dịch bệnh trì, vừa phải duy trì hoạt động chính trị, chuyên môn của đơn vị và đã đạt được nhiều kết quả quan trọng:',
  section3: paragraphs(
    '1. Ưu điểm:',
    'Công tác thi đua được các đơn vị trong Cụm quan tâm, lãnh đạo, chỉ đạo sâu sát. Việc tổ chức các phong trào thi đua tại các đơn vị có những đổi mới với nội dung, hình thức phong phú, các tiêu chí thi đua tập trung vào hoàn thành nhiệm vụ công tác chuyên môn gắn với việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    'Công tác khen thưởng được chú trọng, nâng cao chất lượng khen thưởng, quan tâm khen thưởng tập thể nhỏ, người trực tiếp lao động, giới thiệu, nhân rộng, biểu dương điển hình tiên tiến.',
    '2. Tồn tại, hạn chế:',
    'Do ảnh hưởng của dịch bệnh Covid-19 nên một số nhiệm vụ của các đơn vị trong Cụm thực hiện chưa thực hiện được theo kế hoạch đề ra như: tổ chức ngày sách Việt Nam, triển lãm số Hoàng Sa-Trường Sa, họp mặt doanh nghiệp trực tiếp....',
  ),
  closing: 'Trên đây là báo cáo tổng kết phong trào thi đua, khen thưởng của Cụm thi đua số 08 năm 2021',
};

/**
 * Criterion narrative ("Nội dung báo cáo") by criterion code. Lines after a line
 * "Kết quả thực hiện:" are extra result lines the scores cannot compute (national
 * rankings); the report prints them after the computed ones.
 */
export const EXAMPLE_NARRATIVES: Record<string, string> = {
  '1': paragraphs(
    '1.1. Hoàn thành tốt nhiệm vụ chuyên môn đã đăng ký với Cụm:',
    'Về triển lãm số hoặc thực hiện tuyên truyền “Hoàng Sa, Trường Sa của Việt Nam - Những bằng chứng lịch sử và pháp lý”: các đơn vị trong Cụm thực hiện tuyên truyền chủ trương, đường lối của Đảng, pháp luật của nhà nước về chủ quyền của Việt Nam và những chứng cứ lịch sử và khẳng định chủ quyền của Việt Nam đối với 2 quần đảo Trường Sa, Hoàng Sa...Do dịch COVID-19 diễn biến phức tạp và thực hiện giãn cách xã hội, một số đơn vị đã chuyển sang hình thức tổ chức thi trực tuyến tìm hiểu “Luật cảnh sát biển Việt Nam và biển đảo Việt Nam”; tổ chức triển lãm bằng hình thức trực tuyến thông qua việc trưng bày số hóa các tư liệu, hình ảnh.',
    'Về tổ chức Ngày Sách Việt Nam: tổ chức các hoạt động tuyên truyền hưởng ứng, giới thiệu sách hay thông qua các kênh báo chí, hệ thống thông tin cơ sở được thực hiện tốt, khơi dậy phong trào đọc sách trong cộng đồng, từng bước đáp ứng được yêu cầu giải trí của mọi đối tượng bạn đọc sách; xây dựng và triển khai Trang sách online; tổ chức vòng sơ khảo cuộc thi “Đại sứ văn hóa đọc”; trưng bày, phục vụ đọc sách tại các thư viện, trụ sở và cửa hàng của doanh nghiệp, điểm Bưu điện – Văn hóa xã; tặng sách cho các trường học, doanh trại quân đội...',
    'Về phát động thi đua cải cách hành chính, thi đua ứng dụng CNTT: các đơn vị trong Cụm đã xây dựng kế hoạch thực hiện nhiệm vụ cải cách hành chính, Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước. Bên cạnh đó, đã tích cực hưởng ứng các phong trào và phát động phong trào thi đua tại đơn vị.',
    'Về kế hoạch phát triển ngành Thông tin và Truyền thông tại địa phương: các đơn vị trong cụm đã xây dựng kế hoạch phát triển ngành thông tin và truyền thông tại địa phương.',
    '1.2. Tăng cường hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản QPPL; tham mưu triển khai kịp thời, hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước cho chính quyền địa phương:',
    'Các đơn vị trong Cụm đã tham mưu UBND tỉnh ban hành nhiều văn bản quy phạm pháp luật liên quan đến ngành, lĩnh vực quản lý nhà nước ở địa phương. Tất cả các văn bản QPPL đều đảm bảo tính kịp thời, đầy đủ, thống nhất, đồng bộ và phù hợp với điều kiện thực tế tại địa phương, phục vụ hiệu quả công tác quản lý nhà nước của ngành, kịp thời tháo gỡ vướng mắc, khó khăn, góp phần thúc đẩy phát triển kinh tế-xã hội ở địa phương. Bên cạnh đó, thường xuyên kiểm tra, xử lý, rà soát, hệ thống hoá văn bản QPPL lĩnh vực thông tin và truyền thông, tăng cường công tác thanh tra, kiểm tra, kịp thời xử lý nghiêm các trường hợp vi phạm.',
    '1.3. Thực hiện nhiệm vụ là cơ quan thường trực, tham mưu hoàn thành tốt các nhiệm vụ về Chuyển đổi số tại địa phương:',
    'Các đơn vị trong Cụm đã tham mưu UBND tỉnh và thực hiện tốt các nhiệm vụ về chuyển đổi số tại địa phương: Triển khai ứng dụng chính quyền điện tử hỗ trợ người dân, doanh nghiệp và khách du lịch phản ánh khi nhận thấy những vấn đề bất cập trong lĩnh vực trật tự, xã hội...; phát triển hạ tầng phục vụ phát triển chính quyền điện tử, chuyển đổi số; chuẩn bị triển khai thí điểm đô thị thông minh, dịch vụ thông minh; ban hành kiến trúc ICT phát triển đô thị thông minh; kiện toàn Ban chỉ đạo chính quyền điện tử; Triển khai cung cấp 100% dịch vụ công mức độ 4; Nâng cấp hệ thống hội nghị trực tuyến, công dịch vụ công trực tuyến...Đồng thời, đã phân công cụ thể nhân sự chuyên trách về thực hiện Chuyển đổi số và xây dựng chính quyền số.',
  ),
  '2': 'Công tác quản lý nhà nước về báo chí đảm bảo chặt chẽ đúng Luật Báo chí đã tạo hành lang pháp lý cho các hoạt động báo chí trên địa bàn tỉnh phát huy tác dụng tích cực và ngày càng được nâng cao, tuyên truyền kịp thời những chủ trương của Đảng, chính sách, pháp luật của Nhà nước, từng bước đáp ứng kịp thời nhu cầu thông tin của xã hội góp phần định hướng dư luận. Đảm bảo tính trung thực, khách quan của thông tin đến với người dân. Trong năm đã tập trung chỉ đạo các cơ quan báo chí thông tin, tuyên truyền: các nhiệm vụ phát triển kinh tế-xã hội tại địa phương; các ngày lễ lớn, ngày kỷ niệm của đất nước; quảng bá hình ảnh, đất nước, con người Việt Nam; các thành tựu, sự kiện nổi bật của địa phương; Đề án chuyển đổi số... Đặc biệt tập trung tuyên truyền về bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026; công tác phòng, chống dịch bệnh Covid-19; tuyên truyền, hướng dẫn người dân cài đặt, sử dụng Bluezone để phòng chống dịch; các giải pháp trọng tâm trong phòng chống ứng phó tình hình xâm nhập mặn...',
  '3': paragraphs(
    'Các đơn vị trong Cụm đã tích cực triển khai hoạt động hỗ trợ pháp lý cho doanh nghiệp tại địa phương thông qua công tác tham mưu, ban hành cơ chế, chính sách, xây dựng, hoàn thiện hệ thống văn bản pháp luật ngành TTTT bảo đảm phù hợp, thống nhất với quy định của pháp luật và tình hình thực tiễn của địa phương.',
    'Mặc dù dịch bệnh diễn biến phức tạp, nhưng hầu hết các đơn vị trong Cụm vẫn tổ chức đối thoại (qua hình thức gián tiếp như zalo, điện thoại, tổ chức họp trực tuyến...) với các doanh nghiệp (để lắng nghe ý kiến, nguyện vọng của doanh nghiệp đồng thời giải đáp, tháo gỡ các khó khăn, vướng mắc, tạo điều kiện thuận lợi cho doanh nghiệp ngành phát triển tại địa phương.',
  ),
  '4': paragraphs(
    'Việc phát triển và ứng dụng công nghệ thông tin ngày càng được đẩy mạnh và phát huy hiệu quả tích cực: Hạ tầng công nghệ thông tin được đồng bộ; đẩy mạnh hệ thống quản lý văn bản và chỉ đạo điều hành trên môi trường mạng, thư điện tử; ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; tiếp nhận hồ sơ và xử lý qua mạng; triển khai việc cung cấp dịch vụ công trực tuyến mức độ 3, 4; tăng cường triển khai, sử dụng các biện pháp, giải pháp công nghệ phục vụ công tác phòng chống dịch; hệ thống Hội nghị truyền hình trực tuyến hoạt động ổn định, đảm bảo phục vụ tốt cho công tác chỉ đạo điều hành từ tỉnh đến huyện, nâng cao hiệu quả quản lý nhà nước; thực hiện tốt việc ký số và trao đổi văn bản điện tử...',
    'Kết quả thực hiện:',
    '- Có 02 đơn vị nằm trong bảng xếp hạng 10 đến 20: Đồng Tháp, Tiền Giang',
  ),
  '5': paragraphs(
    'Các thành viên trong Cụm đã xây dựng kế hoạch thực hiện cải cách hành chính, ban hành nhiều văn bản chỉ đạo, điều hành về công tác cải cách hành chính và triển khai thực hiện các nhiệm vụ đã đề ra: Đẩy mạnh ứng dụng CNTT vào quản lý hành chính nhà nước; thường xuyên rà soát văn bản quy phạm pháp luật theo ngành, lĩnh vực quản lý; Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính; Thực hiện sắp xếp, kiện toàn tổ chức bộ máy cơ quan, tăng cường quản lý công chức, viên chức, người lao động; nâng cao văn hóa công sở, văn hóa giao tiếp trong cơ quan; tăng cường kỷ luật, kỷ cương hành chính; Triển khai cung cấp dịch vụ công trực tuyến mức độ 3, 4; Xây dựng kế hoạch đào tạo, bồi dưỡng công chức, viên chức của cơ quan, xác định vị trí việc làm và cơ cấu tổ chức, phù hợp với trình độ chuyên môn đào tạo.',
    'Hầu hết các đơn vị trong Cụm đã triển khai thực hiện việc cung cấp dịch vụ công trực tuyến mức độ 4 theo chỉ đạo của Bộ Thông tin và Truyền thông, một số đơn vị đạt tỷ lệ trên 35%, đã đáp ứng tốt nhu cầu của cá nhân, tổ chức trong thực hiện thủ tục hành chính, nhất là trong tình hình dịch bệnh.',
    'Kết quả thực hiện:',
    '- Có 02 đơn vị nằm trong bảng xếp hạng 1 đến 10: Đồng Tháp, Long An.',
    '- Có 01 đơn vị nằm trong bảng xếp hạng 10 đến 20: Sóc Trăng.',
  ),
  '6': paragraphs(
    'Thực hiện định hướng phát triển ngành năm 2021 của Bộ Thông tin và Truyền thông về thúc đẩy phát triển chính quyền điện tử hướng tới chính quyền số, các đơn vị trong Cụm đã triển khai tốt các dự án phát triển hạ tầng phục vụ phát triển chính quyền điện tử, chuyển đổi số tại địa phương.',
    'Bộ Thông tin và Truyền thông đã công bố bảng xếp hạng đánh giá chuyên đổi số cấp tỉnh, trong Cụm có 02 đơn vị nằm từ hạng 1 đến 10: Tiền Giang, Kiên Giang.',
  ),
  '7': paragraphs(
    'Các đơn vị trong Cụm đã phát huy sáng kiến, giải pháp trong công tác, thường xuyên theo dõi, kiểm tra, đôn đốc, tạo điều kiện để công chức, viên chức và người lao động phát huy sáng tạo, áp dụng sáng kiến cải tiến kỹ thuật nhằm nâng cao hiệu quả công tác.',
    'Một số đơn vị trong Cụm có nhiều sáng kiến được UBND tỉnh công nhận và áp dụng trên địa bàn tại địa phương.',
  ),
  '8': '100% đơn vị trong Cụm đều chấp hành tốt mọi chủ trương của Đảng, chính sách pháp luật của Nhà nước, thực hiện tốt quy chế dân chủ cơ sở; công tác phòng, chống tham nhũng; thực hiện tiết kiệm đúng quy định; công tác xây dựng tổ chức cơ sở đảng, đoàn thể đảng viên thực hiện tốt.',
  '9': paragraphs(
    'Các đơn vị trong Cụm đã triển khai có hiệu quả Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; kịp thời ban hành các văn bản triển khai, hướng dẫn thực hiện đảm bảo đúng quy định.',
    'Bên cạnh đó, thực hiện tốt việc phát động thi đua thường xuyên, theo đợt, chuyên đề như: Thi đua ngành TTTT; Thi đua về cải cách hành chính; Phát động thi đua khen thưởng về tuyên truyền góp phần thúc đẩy phát triển kinh tế - xã hội; Kế hoạch đánh giá và bình xét về tin học hóa quản lý với chủ đề “Chuyển đổi số trong hoạt động cơ quan, đơn vị”; Thi đua ứng dụng CNTT; Thi đua trong công tác thông tin, tuyên truyền thuộc hệ thống truyền thanh cấp huyện, cấp xã; Thi đua “cán bộ, công chức, viên chức thực hiện văn hóa công sở giai đoạn 2019-2025”; Thi đua đảm bảo trật tự ATGT; Thi đua tuyên truyền công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026; Thi đua ngành TTTT chung sức xây dựng nông thôn mới...',
    'Trong tình hình dịch bệnh diễn biến phức tạp, hưởng ứng phong trào thi đua do Bộ Thông tin và Truyền thông, các đơn vị trong Cụm đã phát động phong trào thi đua đặc biệt “Ngành Thông tin và Truyền thông đoàn kết, chung sức, đồng lòng thi đua phòng, chống đại dịch COVID-19” và phong trào thi đua phòng chống dịch bệnh tại địa phương, theo đó, đơn vị trong Cụm đã phối hợp các doanh nghiệp tại địa phương thực hiện chương trình hỗ trợ túi an sinh xã hội cho người dân gặp khó khăn do ảnh hưởng dịch Covid – 19.',
  ),
  '10': 'Các đơn vị đã thực hiện tốt công tác báo cáo định kỳ hàng quý, 6 tháng và năm theo Chỉ thị số 05/CT-BTTTT ngày 02/02/2021; Quyết định số 1459/QĐ-BTTTT ngày 09/9/2019 của Bộ Thông tin và Truyền thông.',
};
