/**
 * The reference article of ../shared/reference/, reproduced faithfully as an interview:
 * sapo, every question and answer turn, the four photos with their captions, the three
 * related links and the byline "Phạm Diệp (Thực hiện)".
 */
export const REFERENCE_TITLE =
  "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp: Trách nhiệm, trí tuệ tạo đà thành công";

export const REFERENCE_GUEST = "Đồng chí Lê Đình Hùng";

/** Body items: text paragraphs, turns, photos (by seed image key) and the related box. */
export type ReferenceItem =
  | { p: string }
  | { q: string }
  | { a: string }
  | { photo: string; caption: string }
  | { related: string[] };

export const referenceArticle = {
  title: REFERENCE_TITLE,
  sapo:
    "Nhờ sự quyết liệt, sâu sát trong chỉ đạo của các cấp Công đoàn, sự ủng hộ của các cấp ủy Đảng, chính quyền; sự đồng thuận, phối hợp chặt chẽ của người sử dụng lao động và đặc biệt là sự hưởng ứng tích cực của đội ngũ công nhân, viên chức, lao động (CNVCLĐ) Thủ đô với tất cả trách nhiệm, trí tuệ, các phong trào thi đua nói chung, trong đó có đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 - 2028 đã đạt được những kết quả đáng ghi nhận.",
  category: "cong-doan",
  tags: ["Đại hội Công đoàn", "Thi đua", "LĐLĐ thành phố Hà Nội", "Công nhân lao động"],
  byline: { person: "Phạm Diệp", role: "Thực hiện" },
  hoursAgo: 1,
  coverPhoto: "hoi-nghi-doi-thoai",
  body: [
    {
      related: [
        "Công đoàn Thủ đô phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp",
        "Phát động đợt thi đua cao điểm lập thành tích chào mừng 20 năm Ngày thành lập quận Long Biên",
        "Dấu ấn đợt thi đua cao điểm",
      ],
    },
    {
      p: "Nhân hội nghị tổng kết đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 - 2028 do Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức mới đây, đồng chí Lê Đình Hùng - Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Phó Chủ tịch LĐLĐ thành phố Hà Nội đã trao đổi với phóng viên Lao động Thủ đô về những kết quả cụ thể của đợt thi đua này.",
    },
    {
      q: "Thưa Phó Chủ tịch, xin đồng chí cho biết những nội dung chính của đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam?",
    },
    {
      a: "Hưởng ứng các phong trào thi đua do Tổng LĐLĐ Việt Nam và thành phố Hà Nội phát động, nhằm động viên cán bộ, công chức, viên chức (CBCCVC), công nhân lao động (CNLĐ) hăng hái thi đua lao động, sản xuất, công tác thiết thực lập thành tích chào mừng Đại hội Công đoàn các cấp, ngày 28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động “Đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 - 2028”.",
    },
    {
      photo: "hoi-nghi-doi-thoai",
      caption:
        "Phó Chủ tịch LĐLĐ Thành phố Lê Đình Hùng báo cáo về tình hình quan hệ lao động, đời sống việc làm và tổng hợp kiến nghị, đề xuất của CNLĐ Thủ đô tại hội nghị Chủ tịch UBND thành phố Hà Nội gặp gỡ, đối thoại với CNLĐ Thủ đô năm 2023",
    },
    {
      p: "Sau 150 ngày phát động (từ ngày 1/5 đến 30/9/2023), đợt thi đua cao điểm đã kịp thời động viên đội ngũ CNVCLĐ Thủ đô ra sức thi đua “Lao động giỏi”, “Lao động sáng tạo” với mục tiêu “Năng suất, chất lượng, hiệu quả cao nhất, đảm bảo an toàn, vệ sinh lao động”; thi đua “Tham mưu giỏi, phục vụ tốt”; thi đua thực hiện chủ đề công tác năm “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”, “Tập trung phát triển đoàn viên, thành lập công đoàn cơ sở” gắn với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, “Người cán bộ, công chức, viên chức trung thành, trách nhiệm, liêm chính, sáng tạo”… và đã đạt được kết quả nổi bật ở nhiều nội dung.",
    },
    { q: "Những kết quả nổi bật đó cụ thể là gì, thưa Phó Chủ tịch?" },
    {
      a: "Kết quả của đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam thể hiện rõ nét ở 5 nội dung mà trước hết là thi đua tổ chức có hiệu quả các hoạt động hưởng ứng Tháng Công nhân, Tháng hành động về An toàn vệ sinh lao động, năm 2023. Theo đó, với chủ đề “Tăng cường xây dựng quy trình, biện pháp làm việc an toàn và cải thiện điều kiện lao động, giảm căng thẳng tại nơi làm việc”; “Kết nối công nhân, xây dựng tổ chức”, nhiều hoạt động thiết thực chăm lo cho đoàn viên, người lao động nhân dịp Tháng Công nhân, Tháng An toàn vệ sinh lao động gắn với chức năng nhiệm vụ của tổ chức Công đoàn, đã được các cấp Công đoàn triển khai, tổ chức hiệu quả.",
    },
    {
      p: "Điển hình, LĐLĐ Thành phố đã phối hợp với Ủy ban nhân dân (UBND) Thành phố tổ chức Hội nghị gặp gỡ, đối thoại giữa chủ tịch UBND Thành phố với CNLĐ Thủ đô. Tại Hội nghị đã có 600 ý kiến kiến nghị bằng văn bản và 26 ý kiến, kiến nghị trực tiếp của CNLĐ được lãnh đạo Thành phố trả lời, chỉ đạo giải quyết.",
    },
    {
      photo: "dong-vien-thi-sinh",
      caption:
        "Các đồng chí Phó Chủ tịch LĐLĐ Thành phố: Lê Đình Hùng, Nguyễn Huy Khánh và các đồng chí lãnh đạo LĐLĐ Thành phố động viên thí sinh tham dự Hội thi thợ giỏi thành phố Hà Nội năm 2023.",
    },
    {
      p: "Nội dung thứ hai của đợt thi đua này là tập trung vào thi đua Lao động giỏi, lao động sáng tạo; trọng tâm là phong trào “Công nhân giỏi Thủ đô”, “Sáng kiến, sáng tạo Thủ đô”. Theo đó, trong Tháng Công nhân năm 2023, LĐLĐ Thành phố đã tổ chức Lễ báo công dâng Bác và tôn vinh 100 Công nhân giỏi Thủ đô. Đây là những tấm gương công nhân trực tiếp có thành tích đặc biệt xuất sắc trong lao động sản xuất.",
    },
    {
      p: "Cùng với đó, LĐLĐ Thành phố phối hợp với UBND Thành phố tổ chức thành công Hội thi thi thợ giỏi thành phố Hà Nội năm 2023 với sự tham gia của 363 thí sinh đến từ 100 doanh nghiệp thuộc 30 quận, huyện, thị xã, ngành tranh tài ở 11 nghề thi. Đây là Hội thi thợ giỏi có số lượng thí sinh tham gia đông nhất từ trước đến nay. Kết thúc Hội thi, Ban Tổ chức đã quyết định cấp giấy chứng nhận và khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng.",
    },
    {
      p: "Ngoài ra, LĐLĐ Thành phố cũng đã tổ chức tôn vinh 10 Chủ tịch Công đoàn cơ sở tiêu biểu khu vực ngoài Nhà nước và 100 cá nhân đạt danh hiệu sáng kiến, sáng tạo Thủ đô năm 2023 đồng thời tiếp tục duy trì, đẩy mạnh thi đua hưởng ứng Chương trình “1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19”.",
    },
    {
      p: "Nội dung đáng chú ý nữa trong đợt thi đua là các cấp Công đoàn, CNVCLĐ toàn Thành phố đã tích cực đăng ký thực hiện các công trình, phần việc chào mừng Đại hội Công đoàn các cấp. Kết quả, CNVCLĐ toàn Thành phố đã hoàn thành 526 công trình, sản phẩm, phần việc cấp cơ sở; 94 công trình cấp trên trực tiếp cơ sở thành tích chào mừng Đại hội Công đoàn các cấp. Từ các công trình, phần việc đăng ký từ cơ sở, LĐLĐ Thành phố đã lựa chọn 6 công trình tiêu biểu, để gắn biển chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023 - 2028. Đây là những công trình có giá trị, ý nghĩa xã hội to lớn, góp phần đảm bảo an sinh xã hội trên địa bàn Thành phố.",
    },
    { photo: "hoi-thi-tho-gioi", caption: "Thí sinh tranh tài tại Hội thi thợ giỏi thành phố Hà Nội năm 2023" },
    {
      p: "Ngoài ra, còn những nội dung thi đua khác cũng đạt được những kết quả rất đáng khích lệ đó là thi đua cao chất lượng phong trào văn hóa, thể thao, rèn luyện sức khỏe cho CNVCLĐ, với phương châm hướng về cơ sở và người lao động; thi đua tổ chức thành công Đại hội Công đoàn các cấp, Đại hội Công đoàn thành phố Hà Nội lần thứ XVII nhiệm kỳ 2023 - 2028… đều đạt kết quả tốt.",
    },
    {
      q: "Thưa Phó Chủ tịch, theo đánh giá của đồng chí, đâu là nguyên nhân đưa tới những kết quả đáng ghi nhận trong các phong trào thi đua nói chung và đặc biệt là đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam trong các cấp Công đoàn và CNVCLĐ Thủ đô?",
    },
    {
      a: "Thời gian qua, các phong trào thi đua yêu nước nói chung, trong đó có đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028 được các cấp Công đoàn Thủ đô hết sức chú trọng, triển khai thực hiện bài bản, quyết liệt, khoa học.",
    },
    {
      p: "Nội dung thi đua thường đi vào trọng tâm, trọng điểm, gắn với sản xuất kinh doanh và nhiệm vụ chính trị của mỗi cơ quan, doanh nghiệp; hình thức triển khai, phát động linh hoạt, hết sức gần gũi, thiết thực nên đã thu hút được đông đảo đoàn viên, CNVCLĐ Thủ đô và các cơ quan, đơn vị, doanh nghiệp trên địa bàn Thành phố nhiệt tình ủng hộ, hưởng ứng, tham gia, mang lại hiệu quả tích cực. Thông qua thi đua, nhiều tập thể, cá nhân, sáng kiến tiêu biểu đã được các cấp chính quyền, Công đoàn tuyên dương, khen thưởng kịp thời.",
    },
    {
      photo: "cau-ngoc-ha",
      caption:
        "Cầu Ngọc Hà vượt qua sông Cà Lồ (địa bàn huyện Sóc Sơn) - công trình chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII do Ban Quản lý dự án đầu tư xây dựng công trình giao thông Hà Nội thực hiện.",
    },
    {
      p: "Kết quả của các phong trào thi đua nói chung, đợt thi đua cao điểm nói riêng đã thể hiện tinh thần trách nhiệm, sức mạnh và sự nỗ lực vượt bậc của toàn hệ thống Công đoàn, của đội ngũ cán bộ, đoàn viên và người lao động Thủ đô góp phần khẳng định vai trò tiên phong, sáng tạo của giai cấp công nhân, tổ chức Công đoàn Việt Nam hiện thực hóa khát vọng xây dựng Thủ đô và đất nước hùng cường, phồn vinh, hạnh phúc với tinh thần “Tự hào trí tuệ Việt Nam”.",
    },
    {
      p: "Cuối cùng, tôi có thể khẳng định rằng, sự quyết liệt, sâu sát trong chỉ đạo của các cấp Công đoàn, nhất là sự tâm huyết, trách nhiệm, nỗ lực của người đứng đầu, cán bộ thi đua, sự ủng hộ của các cấp ủy Đảng, chính quyền, sự đồng thuận về quan điểm giữa tổ chức Công đoàn và người sử dụng lao động, sự hưởng ứng nhiệt tình, tích cực của mỗi cán bộ, đoàn viên, CNVCLĐ chính là những nhân tố quan trọng, quyết định sự thành công của các phong trào thi đuanói chung, đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp, nhiệm kỳ 2023 - 2028.",
    },
    { p: "Xin trân trọng cảm ơn Phó Chủ tịch!" },
  ] satisfies ReferenceItem[],
} as const;

/** Rails of the reference page: "Nên xem" picks and the "Tin khác" order, by title. */
export const REFERENCE_MUST_SEE = [
  "Từ gánh nặng môi trường đến nguồn lực phát triển bền vững",
  "Đề xuất bỏ quy định mức thu lệ phí trước bạ 5% với xe máy đăng ký tại các thành phố",
  "Chú trọng công tác tuyên truyền, giáo dục nâng cao nhận thức cho người lao động",
  "Coco Gauff ngược dòng kịch tính, lần đầu đăng quang Roland Garros",
  "Thí sinh Hà Nội tự tin bước vào làm bài thi môn Toán",
  "Đội tuyển Anh nhọc nhằn vượt ải Andorra: Thắng nhẹ nhưng lo nhiều",
  "Giá xăng dầu hôm nay (8/6): Giá dầu thế giới tăng tuần thứ hai liên tiếp",
];
