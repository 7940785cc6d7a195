/** Seed stories (besides the reference interview, which lives in reference-article.ts). */
export type SeedCategory =
  | "thoi-su" | "cong-doan" | "kinh-te" | "tai-chinh" | "xa-hoi" | "moi-truong"
  | "van-hoa" | "giao-duc" | "the-thao" | "bong-da" | "phap-luat";

export interface SeedStory {
  title: string;
  /** Lead paragraph ("sapo"), one to three sentences. */
  sapo: string;
  category: SeedCategory;
  kind?: "NEWS" | "INTERVIEW" | "PHOTO_STORY";
  /** 2–4 tag names, in Vietnamese with diacritics, reused across stories so tag pages have several items. */
  tags: string[];
  /** Author's full Vietnamese name; reuse a pool of about 8 reporters. */
  author: string;
  /** Byline role label, default "Bài"; e.g. "Thực hiện" for interviews, "Ảnh" for photo stories. */
  role?: string;
  /** Publication time as hours before the seed's reference time; spread 1..1000 (about six weeks), all distinct. */
  hoursAgo: number;
  /** Body paragraphs, 3–6 each. A string starting with "## " is a sub-heading; one starting with "> " is a pull quote. */
  paragraphs: string[];
  /** Caption of the cover photo, as a Vietnamese newspaper writes it. */
  coverCaption: string;
}

export const stories: SeedStory[] = [
  // ───────────────────────── Required stories ─────────────────────────
  {
    title: "Từ gánh nặng môi trường đến nguồn lực phát triển bền vững",
    sapo: "Giữa tốc độ đô thị hóa chóng mặt, Hà Nội đang phải đối mặt với bài toán nan giải trong quản lý chất thải rắn xây dựng - một trong những nguyên nhân chính gây ô nhiễm môi trường, làm xấu bộ mặt đô thị và gây áp lực lên hệ thống hạ tầng hiện hữu.",
    category: "moi-truong",
    tags: ["Môi trường", "Chất thải rắn", "Đô thị"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 30,
    paragraphs: [
      "Mỗi ngày, các công trình xây mới, cải tạo, phá dỡ trên địa bàn Thủ đô phát sinh hàng nghìn tấn phế thải. Tuy nhiên, phần lớn khối lượng này vẫn được xử lý theo cách chôn lấp, san lấp mặt bằng, thậm chí bị đổ trộm ra ven đê, bãi đất trống hay dọc các tuyến đường vành đai vào ban đêm.",
      "## Thiếu điểm tiếp nhận, chi phí vận chuyển cao",
      "Theo các đơn vị vệ sinh môi trường, nguyên nhân chính nằm ở việc thiếu các điểm trung chuyển, tiếp nhận chất thải rắn xây dựng được cấp phép gần khu dân cư. Quãng đường vận chuyển xa khiến chi phí tăng, tạo tâm lý né tránh ở một bộ phận chủ công trình nhỏ lẻ và người vận chuyển tự do.",
      "Ở chiều ngược lại, kinh nghiệm của nhiều đô thị cho thấy phế thải xây dựng hoàn toàn có thể trở thành tài nguyên. Bê tông, gạch vỡ sau khi nghiền, sàng có thể dùng làm cốt liệu cho gạch không nung, vật liệu san nền, móng đường giao thông nông thôn, qua đó giảm khai thác cát, đá tự nhiên.",
      "> Nếu được phân loại ngay tại công trình, tới 80% chất thải rắn xây dựng có thể được tái chế, tái sử dụng. Vấn đề là phải có cơ chế để doanh nghiệp tái chế sống được.",
      "Các chuyên gia kiến nghị thành phố sớm quy hoạch mạng lưới cơ sở tái chế quy mô vừa tại các cửa ngõ, bắt buộc sử dụng một tỷ lệ vật liệu tái chế trong các công trình đầu tư công và số hóa việc theo dõi hành trình xe chở phế thải. Khi đó, gánh nặng môi trường hôm nay có thể trở thành nguồn lực cho phát triển bền vững."
    ],
    coverCaption: "Phế thải xây dựng bị đổ trộm ven một tuyến đường ở ngoại thành Hà Nội. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Đề xuất bỏ quy định mức thu lệ phí trước bạ 5% với xe máy đăng ký tại các thành phố",
    sapo: "Bộ Tài chính đang đề xuất bỏ quy định mức thu lệ phí trước bạ 5% đối với xe máy đăng ký tại các thành phố, thay vào đó áp dụng mức chung 2% cho lần đăng ký đầu và 1% cho lần thứ hai trở đi.",
    category: "tai-chinh",
    tags: ["Thuế - phí", "Lệ phí trước bạ", "Giao thông"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 26,
    paragraphs: [
      "Nội dung trên nằm trong dự thảo nghị định sửa đổi, bổ sung Nghị định số 10/2022/NĐ-CP quy định về lệ phí trước bạ đang được Bộ Tài chính lấy ý kiến. Theo quy định hiện hành, xe máy của tổ chức, cá nhân ở thành phố trực thuộc Trung ương, thành phố thuộc tỉnh, thị xã nơi Ủy ban nhân dân tỉnh đóng trụ sở phải nộp lệ phí trước bạ lần đầu với mức 5%, cao hơn mức 2% áp dụng tại các địa bàn khác.",
      "## Phù hợp với việc sắp xếp đơn vị hành chính",
      "Theo cơ quan soạn thảo, khi các địa phương thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, không còn cấp huyện, việc phân biệt mức thu theo địa bàn như hiện nay không còn phù hợp. Áp dụng một mức chung trên toàn quốc cũng giúp đơn giản hóa thủ tục, hạn chế tình trạng người dân đăng ký xe ở địa phương khác để hưởng mức thu thấp.",
      "Với lần đăng ký thứ hai trở đi, mức thu 1% được giữ nguyên. Bộ Tài chính đánh giá việc điều chỉnh có thể làm giảm một phần nguồn thu ngân sách địa phương, song tác động không lớn và góp phần giảm chi phí cho người dân, nhất là người lao động có thu nhập thấp ở các đô thị.",
      "Dự thảo đang được đăng tải công khai để các cơ quan, tổ chức và người dân góp ý trước khi hoàn thiện, trình Chính phủ xem xét ban hành."
    ],
    coverCaption: "Người dân làm thủ tục đăng ký xe máy tại một điểm đăng ký xe ở Hà Nội. Ảnh minh họa: Đỗ Văn Hưng"
  },
  {
    title: "Chú trọng công tác tuyên truyền, giáo dục nâng cao nhận thức cho người lao động",
    sapo: "Trong 6 tháng đầu năm, công tác tuyên truyền, giáo dục của các cấp Công đoàn huyện Chương Mỹ có nhiều đổi mới về nội dung và hình thức, sát với thực tiễn, từng bước đáp ứng nhu cầu của đoàn viên và người lao động.",
    category: "cong-doan",
    tags: ["Chương Mỹ", "Tuyên truyền", "Công đoàn Thủ đô"],
    author: "Trần Thu Hà",
    hoursAgo: 97,
    paragraphs: [
      "Bám sát chương trình công tác của Liên đoàn Lao động thành phố, LĐLĐ huyện Chương Mỹ đã chỉ đạo các Công đoàn cơ sở tập trung tuyên truyền các chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là các quy định mới liên quan trực tiếp đến quyền lợi của người lao động như Luật Công đoàn năm 2024, Luật Bảo hiểm xã hội năm 2024.",
      "Bên cạnh các hội nghị tập trung, nhiều Công đoàn cơ sở đã chuyển mạnh sang hình thức tuyên truyền trên nền tảng số. Các nhóm Zalo, fanpage của Công đoàn cơ sở thường xuyên cập nhật thông tin ngắn gọn, dễ hiểu, kèm hình ảnh minh họa, giúp đoàn viên có thể theo dõi ngay trong giờ nghỉ giữa ca.",
      "> Người lao động cần thông tin ngắn, rõ, đúng việc của mình. Khi hiểu quyền lợi, họ sẽ tin tưởng và gắn bó với tổ chức Công đoàn hơn.",
      "Thông qua công tác tuyên truyền, nhận thức của đoàn viên về ý thức chấp hành nội quy lao động, an toàn vệ sinh lao động và phòng chống cháy nổ được nâng lên rõ rệt. Trong 6 tháng cuối năm, LĐLĐ huyện sẽ tiếp tục đa dạng hóa hình thức tuyên truyền, chú trọng khu vực doanh nghiệp ngoài nhà nước, nơi có đông lao động trẻ."
    ],
    coverCaption: "Một buổi tuyên truyền pháp luật cho đoàn viên, người lao động do LĐLĐ huyện Chương Mỹ tổ chức. Ảnh: Trần Thu Hà"
  },
  {
    title: "Coco Gauff ngược dòng kịch tính, lần đầu đăng quang Roland Garros",
    sapo: "Tay vợt số 2 thế giới Coco Gauff đã có màn trình diễn đầy bản lĩnh và kiên cường để đánh bại Aryna Sabalenka với tỷ số 2-1 (6-7, 6-2, 6-4) trong trận chung kết đơn nữ Roland Garros 2025, qua đó chính thức giành danh hiệu Grand Slam đầu tiên của mình.",
    category: "the-thao",
    tags: ["Quần vợt", "Roland Garros", "Thể thao quốc tế"],
    author: "Bùi Quốc Việt",
    hoursAgo: 14,
    paragraphs: [
      "Trong điều kiện gió mạnh trên sân Philippe Chatrier, trận chung kết giữa hai tay vợt hàng đầu thế giới diễn ra với nhiều pha đôi công giằng co. Sabalenka nhập cuộc tốt hơn và khép lại set đầu tiên sau loạt tie-break căng thẳng.",
      "## Bản lĩnh của tay vợt 21 tuổi",
      "Không nao núng sau khi mất set 1, Gauff chủ động kéo dài các loạt bóng, tận dụng khả năng di chuyển và phòng ngự để buộc đối thủ mắc lỗi. Chiến thuật này phát huy hiệu quả khi Sabalenka liên tục đánh hỏng, để Gauff thắng dễ set 2 với tỷ số 6-2.",
      "Set quyết định chứng kiến thế trận giằng co đến những game cuối. Ở thời điểm quan trọng nhất, Gauff giữ được sự bình tĩnh, bẻ game giao bóng của đối thủ và khép lại trận đấu kéo dài gần 2 tiếng 40 phút.",
      "> Từ thất bại ở trận chung kết năm 2022, Gauff đã trở lại Paris với một phiên bản lì lợm, điềm tĩnh và trưởng thành hơn.",
      "Chiến thắng giúp Gauff khép lại giấc mơ dang dở ở Paris sau thất bại trong trận chung kết năm 2022, đồng thời trở thành tay vợt nữ Mỹ đầu tiên vô địch Roland Garros kể từ năm 2015."
    ],
    coverCaption: "Coco Gauff nâng cao chiếc cúp Suzanne Lenglen sau trận chung kết đơn nữ Roland Garros 2025. Ảnh: Reuters"
  },
  {
    title: "Thí sinh Hà Nội tự tin bước vào làm bài thi môn Toán",
    sapo: "Sáng nay (8/6), các thí sinh tại 201 điểm thi trên địa bàn thành phố Hà Nội tiếp tục tham dự kỳ thi tuyển sinh vào lớp 10 trung học phổ thông (THPT) công lập năm học 2025 - 2026 với môn thi Toán (120 phút). Với việc hoàn thành hai môn đầu tiên là Ngữ văn và Ngoại ngữ khá trọn vẹn, hầu hết thí sinh đều có tâm trạng phấn khởi, tự tin bước vào môn thi cuối.",
    category: "giao-duc",
    tags: ["Tuyển sinh lớp 10", "Giáo dục Hà Nội", "Thi cử"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 5,
    paragraphs: [
      "Ghi nhận của phóng viên tại nhiều điểm thi ở các quận Cầu Giấy, Đống Đa, Hà Đông, từ khoảng 6h30, đông đảo thí sinh đã có mặt, cùng nhau ôn lại công thức, trao đổi một số dạng bài thường gặp. Không khí tại các điểm thi nhẹ nhàng hơn so với buổi thi đầu tiên.",
      "Nhiều thí sinh cho biết đề Ngữ văn và Ngoại ngữ ngày hôm qua vừa sức, giúp các em thêm tự tin. Với môn Toán, đa số học sinh đều đặt mục tiêu làm chắc phần cơ bản, cẩn thận trong trình bày để không mất điểm đáng tiếc.",
      "## Đảm bảo an toàn tuyệt đối cho kỳ thi",
      "Lực lượng công an, y tế, điện lực được bố trí tại các điểm thi. Cảnh sát giao thông phân luồng tại các tuyến đường có nhiều điểm thi, đồng thời hỗ trợ thí sinh đến muộn hoặc gặp sự cố trên đường đi. Nhiều điểm thi còn bố trí khu vực chờ có mái che, nước uống cho phụ huynh trong những ngày nắng nóng.",
      "Theo Sở Giáo dục và Đào tạo Hà Nội, sau khi kết thúc môn thi cuối, công tác chấm thi sẽ được triển khai nghiêm túc, khách quan. Điểm thi dự kiến được công bố trong tháng 6, trước khi thành phố xác định điểm chuẩn vào các trường THPT công lập."
    ],
    coverCaption: "Thí sinh trao đổi bài trước giờ vào phòng thi môn Toán tại một điểm thi ở quận Cầu Giấy. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Đội tuyển Anh nhọc nhằn vượt ải Andorra: Thắng nhẹ nhưng lo nhiều",
    sapo: "Rạng sáng ngày 8/6 (giờ Việt Nam), đội tuyển Anh giành chiến thắng vất vả 1-0 trước Andorra - đối thủ đang xếp hạng 173 thế giới - tại lượt trận thứ 3 bảng K, vòng loại World Cup 2026 khu vực châu Âu. Dù tiếp tục giữ vững mạch toàn thắng, màn trình diễn của \"Tam sư\" khiến người hâm mộ không khỏi lo lắng.",
    category: "bong-da",
    tags: ["Vòng loại World Cup 2026", "Bóng đá quốc tế", "Đội tuyển Anh"],
    author: "Bùi Quốc Việt",
    hoursAgo: 9,
    paragraphs: [
      "Thi đấu trên sân RCDE ở Barcelona, nơi Andorra chọn làm sân nhà, thầy trò HLV Thomas Tuchel áp đảo hoàn toàn về thế trận nhưng gặp nhiều khó khăn trước hàng thủ đông người của đội chủ nhà. Phải đến phút 25, Harry Kane mới có pha dứt điểm cận thành mở tỷ số.",
      "## Bế tắc trong khâu tấn công",
      "Sau bàn mở tỷ số, đội tuyển Anh tiếp tục kiểm soát bóng với tỷ lệ vượt trội, song các đường chuyền thiếu tốc độ, ít đột biến khiến hàng công không thể tạo thêm khác biệt. Nhiều cơ hội bị bỏ lỡ trong hiệp hai khiến trận đấu trôi qua trong sự nhàm chán.",
      "> Ba điểm đã nằm trong tay, nhưng lối chơi thiếu tốc độ và đột biến là điều khiến người hâm mộ “Tam sư” lo lắng trước chặng đường dài phía trước.",
      "Với chiến thắng này, đội tuyển Anh có 9 điểm sau 3 trận, tiếp tục dẫn đầu bảng K. Tuy nhiên, giới chuyên môn cho rằng HLV Tuchel còn nhiều việc phải làm để xây dựng lối chơi thuyết phục trước khi bước vào các trận đấu quan trọng ở lượt đi, trong đó có chuyến làm khách trên sân của Serbia."
    ],
    coverCaption: "Harry Kane (giữa) ăn mừng bàn thắng duy nhất vào lưới Andorra. Ảnh: Reuters"
  },
  {
    title: "Giá xăng dầu hôm nay (8/6): Giá dầu thế giới tăng tuần thứ hai liên tiếp",
    sapo: "Hôm nay (8/6), giá dầu thế giới hướng tới tuần tăng giá đầu tiên sau ba tuần giảm liên tiếp, nhờ những dấu hiệu tích cực trong báo cáo việc làm của Mỹ làm dấy lên hy vọng tăng trưởng trở lại ở nền kinh tế này. Cụ thể, giá dầu Brent ở mốc 66,65 USD/thùng, tăng 1,73%, giá dầu WTI ở mốc 64,77 USD/thùng, tăng 1,91%",
    category: "kinh-te",
    tags: ["Giá xăng dầu", "Thị trường", "Kinh tế thế giới"],
    author: "Phạm Thị Lan",
    hoursAgo: 3,
    paragraphs: [
      "Báo cáo việc làm tháng 5 của Bộ Lao động Mỹ cho thấy số việc làm mới khu vực phi nông nghiệp cao hơn dự báo, xoa dịu lo ngại về nguy cơ suy giảm của nền kinh tế lớn nhất thế giới. Thông tin này giúp tâm lý nhà đầu tư trên thị trường năng lượng được cải thiện đáng kể.",
      "Bên cạnh đó, kỳ vọng về tiến triển trong các cuộc đàm phán thương mại giữa Mỹ và Trung Quốc cũng hỗ trợ giá dầu. Tuy nhiên, đà tăng phần nào bị hạn chế bởi kế hoạch tăng sản lượng của nhóm OPEC+ trong tháng 7.",
      "## Giá xăng dầu trong nước",
      "Tại thị trường trong nước, giá bán lẻ xăng dầu được áp dụng theo kỳ điều hành gần nhất của liên Bộ Công Thương - Tài chính chiều 5/6. Các doanh nghiệp đầu mối cho biết nguồn cung vẫn được đảm bảo, không xảy ra tình trạng gián đoạn tại các cửa hàng bán lẻ.",
      "Giới phân tích nhận định giá dầu thế giới trong ngắn hạn sẽ tiếp tục dao động trong biên độ hẹp, phụ thuộc lớn vào số liệu kinh tế của Mỹ, Trung Quốc và quyết định sản lượng của các nước xuất khẩu dầu mỏ."
    ],
    coverCaption: "Người dân đổ xăng tại một cửa hàng bán lẻ xăng dầu trên đường Nguyễn Trãi, Hà Nội. Ảnh: Phạm Thị Lan"
  },
  {
    title: "Giữ vững ổn định quan hệ lao động, chăm lo toàn diện cho người lao động",
    sapo: "6 tháng đầu năm 2025, Công đoàn các Khu công nghiệp và chế xuất (KCN&CX) Hà Nội đã triển khai nhiều hoạt động thiết thực, hiệu quả, giữ vững ổn định quan hệ lao động, chăm lo đời sống vật chất, tinh thần cho người lao động; đồng thời thúc đẩy phong trào thi đua và xây dựng tổ chức Công đoàn vững mạnh.",
    category: "cong-doan",
    tags: ["Công đoàn KCN&CX Hà Nội", "Quan hệ lao động", "Người lao động"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 52,
    paragraphs: [
      "Công đoàn các KCN&CX Hà Nội hiện quản lý hàng trăm Công đoàn cơ sở với đông đảo đoàn viên, phần lớn là lao động trẻ đến từ các tỉnh. Ngay từ đầu năm, Công đoàn đã chủ động nắm bắt tình hình việc làm, thu nhập, kịp thời phát hiện và phối hợp giải quyết những vấn đề phát sinh tại doanh nghiệp.",
      "## Đối thoại để ngăn ngừa tranh chấp",
      "Việc tổ chức đối thoại định kỳ và thương lượng tập thể được coi là giải pháp then chốt. Nhiều bản thỏa ước lao động tập thể được ký mới với các điều khoản có lợi hơn cho người lao động như nâng tiền ăn ca, hỗ trợ nhà trọ, đi lại và tặng quà sinh nhật. Nhờ đó, trong 6 tháng đầu năm, tại các khu công nghiệp không xảy ra ngừng việc tập thể kéo dài.",
      "Công tác chăm lo cũng được triển khai đồng bộ thông qua chương trình “Tết Sum vầy”, “Tháng Công nhân”, “Phiên chợ Công đoàn” cùng các suất hỗ trợ đoàn viên có hoàn cảnh khó khăn, bị tai nạn lao động hoặc mắc bệnh hiểm nghèo.",
      "> Quan hệ lao động chỉ thực sự hài hòa khi tiếng nói của người lao động được lắng nghe ngay tại nơi làm việc.",
      "Thời gian tới, Công đoàn các KCN&CX Hà Nội tiếp tục đẩy mạnh phát triển đoàn viên tại các doanh nghiệp mới đi vào hoạt động, nâng cao chất lượng hoạt động của Công đoàn cơ sở và phát huy vai trò đại diện, bảo vệ quyền, lợi ích hợp pháp của người lao động."
    ],
    coverCaption: "Cán bộ Công đoàn thăm hỏi công nhân tại một doanh nghiệp trong Khu công nghiệp Thăng Long. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "LĐLĐ huyện Chương Mỹ chú trọng đẩy mạnh các phong trào thi đua",
    sapo: "Với những cách làm thiết thực, phù hợp với đặc điểm của từng đơn vị, trong 6 tháng đầu năm 2025 các phong trào thi đua của Liên đoàn Lao động (LĐLĐ) huyện Chương Mỹ đã đi vào chiều sâu, có sức lan tỏa, khơi dậy lòng yêu nước, sự nhiệt tình, trách nhiệm của đội ngũ công nhân, viên chức, lao động (CNVCLĐ).",
    category: "cong-doan",
    tags: ["Chương Mỹ", "Thi đua", "Công đoàn Thủ đô"],
    author: "Trần Thu Hà",
    hoursAgo: 60,
    paragraphs: [
      "Tại các doanh nghiệp, phong trào “Lao động giỏi, lao động sáng tạo” được gắn với mục tiêu nâng cao năng suất, chất lượng sản phẩm. Nhiều sáng kiến, cải tiến kỹ thuật của công nhân đã được áp dụng, giúp tiết kiệm chi phí và cải thiện điều kiện làm việc.",
      "Trong khối hành chính sự nghiệp, phong trào “Công chức, viên chức thi đua thực hiện văn hóa công sở” tiếp tục được duy trì. Cán bộ, viên chức tích cực ứng dụng công nghệ thông tin, rút ngắn thời gian giải quyết thủ tục hành chính cho người dân, doanh nghiệp.",
      "## Nhân rộng những điển hình tiên tiến",
      "LĐLĐ huyện chú trọng phát hiện, bồi dưỡng và biểu dương các tập thể, cá nhân tiêu biểu. Những tấm gương người tốt, việc tốt được giới thiệu trên các kênh thông tin của Công đoàn, tạo động lực để đoàn viên học tập, noi theo.",
      "Trong thời gian tới, LĐLĐ huyện Chương Mỹ tiếp tục đổi mới cách thức tổ chức phong trào thi đua theo hướng thiết thực, tránh hình thức, gắn với nhiệm vụ chính trị của từng đơn vị và quyền lợi của người lao động."
    ],
    coverCaption: "Đoàn viên Công đoàn huyện Chương Mỹ tham gia phong trào thi đua lao động sản xuất. Ảnh: Trần Thu Hà"
  },
  {
    title: "Biểu dương 179 gia đình tiêu biểu ngành Y tế Thủ đô",
    sapo: "Sáng nay (6/6), Công đoàn ngành Y tế Hà Nội đã tổ chức Hội nghị biểu dương gia đình tiêu biểu ngành Y tế Thủ đô năm 2025; biểu dương học sinh là con của cán bộ viên chức lao động đạt thành tích xuất sắc năm học 2024 - 2025. Tại Hội nghị đã có 179 gia đình tiêu biểu ngành Y tế Thủ đô được biểu dương, khen thưởng.",
    category: "cong-doan",
    tags: ["Y tế", "Gia đình", "Công đoàn Thủ đô"],
    author: "Phạm Thị Lan",
    hoursAgo: 48,
    paragraphs: [
      "Hội nghị được tổ chức nhân kỷ niệm Ngày Gia đình Việt Nam 28/6, nhằm tôn vinh những gia đình cán bộ, viên chức, người lao động ngành Y tế vừa hoàn thành tốt nhiệm vụ chuyên môn, vừa xây dựng gia đình ấm no, bình đẳng, tiến bộ, hạnh phúc.",
      "Các gia đình được biểu dương đến từ nhiều bệnh viện, trung tâm y tế trên địa bàn thành phố. Nhiều gia đình có hai, ba thế hệ cùng gắn bó với nghề y, luôn là hậu phương vững chắc để các thành viên yên tâm trực đêm, làm nhiệm vụ trong những thời điểm khó khăn nhất.",
      "> Mỗi gia đình hạnh phúc là một điểm tựa để người thầy thuốc vững vàng trong công việc và tận tâm hơn với người bệnh.",
      "Dịp này, Công đoàn ngành Y tế Hà Nội cũng biểu dương nhiều học sinh là con cán bộ, viên chức, người lao động đạt thành tích xuất sắc trong học tập năm học 2024 - 2025, trong đó có các em đạt giải trong các kỳ thi học sinh giỏi cấp thành phố, quốc gia."
    ],
    coverCaption: "Đại diện các gia đình tiêu biểu ngành Y tế Thủ đô nhận biểu dương tại Hội nghị. Ảnh: Phạm Thị Lan"
  },
  {
    title: "Dấu ấn Tháng Công nhân năm 2025",
    sapo: "Bám sát chủ đề Tháng Công nhân năm 2025 “Công nhân Việt Nam tiên phong bước vào kỷ nguyên mới”, các cấp Công đoàn Thủ đô đã triển khai nhiều hoạt động thiết thực, trong đó tập trung vào 8 hoạt động trọng tâm, trọng điểm.",
    category: "cong-doan",
    tags: ["Tháng Công nhân", "Công đoàn Thủ đô", "Người lao động"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 121,
    paragraphs: [
      "Ngay từ cuối tháng 4, Liên đoàn Lao động thành phố Hà Nội đã ban hành kế hoạch, chỉ đạo các Công đoàn cấp trên trực tiếp cơ sở chủ động phối hợp với chính quyền, chủ doanh nghiệp tổ chức Tháng Công nhân với phương châm hướng về cơ sở, lấy người lao động làm trung tâm.",
      "## Hướng mạnh về đoàn viên ở khu công nghiệp",
      "Các hoạt động trọng tâm gồm tổ chức đối thoại giữa lãnh đạo thành phố với công nhân, chương trình “Phiên chợ Công đoàn”, khám sức khỏe và tư vấn pháp luật miễn phí, trao hỗ trợ “Mái ấm Công đoàn”, tuyên dương công nhân giỏi, cùng các giải thể thao, văn nghệ quần chúng tại khu công nghiệp, khu nhà trọ.",
      "Nhiều Công đoàn cơ sở đã thương lượng thành công với người sử dụng lao động để tăng tiền ăn ca, cải thiện chất lượng bữa ăn, bổ sung phúc lợi cho người lao động ngay trong Tháng Công nhân. Đây được coi là kết quả thiết thực nhất mà đoàn viên cảm nhận được.",
      "> Tháng Công nhân không chỉ là một tháng hoạt động, mà là dịp để tổ chức Công đoàn khẳng định vai trò đồng hành với người lao động suốt cả năm.",
      "Những kết quả của Tháng Công nhân năm 2025 đã góp phần củng cố niềm tin của đoàn viên, người lao động vào tổ chức Công đoàn, tạo không khí phấn khởi để công nhân Thủ đô thi đua hoàn thành nhiệm vụ sản xuất những tháng cuối năm."
    ],
    coverCaption: "Công nhân mua hàng tại “Phiên chợ Công đoàn” tổ chức trong Tháng Công nhân năm 2025. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "Hơn 1.000 tác phẩm tham dự Cuộc thi viết và Cuộc thi Ảnh/Video Clip do LĐLĐ thành phố Hà Nội tổ chức",
    sapo: "Nhằm lan tỏa hình ảnh và tiếp tục nâng cao nhận thức, tinh thần trách nhiệm của đoàn viên, công nhân, viên chức, lao động trong việc xây dựng Thủ đô phát triển bền vững trong giai đoạn bước vào “Kỷ nguyên vươn mình của dân tộc”, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội đã phát động 2 Cuộc thi, gồm: Cuộc thi viết “Công nhân lao động Thủ đô suy nghĩ hay, hành động đẹp” và Cuộc thi Ảnh/Video Clip với chủ đề “Công đoàn Thủ đô vững bước vào kỷ nguyên mới”.",
    category: "cong-doan",
    tags: ["LĐLĐ thành phố Hà Nội", "Cuộc thi", "Công đoàn Thủ đô"],
    author: "Lê Minh Quang",
    hoursAgo: 140,
    paragraphs: [
      "Sau thời gian phát động, Ban Tổ chức đã nhận được hơn 1.000 tác phẩm gửi về từ các Công đoàn cấp trên trực tiếp cơ sở, Công đoàn cơ sở và đoàn viên trên địa bàn thành phố. Nhiều tác giả là công nhân trực tiếp sản xuất, lần đầu cầm bút hoặc cầm máy ảnh để kể về công việc của chính mình.",
      "Các bài viết phản ánh chân thực những tấm gương người tốt, việc tốt trong lao động sản xuất, những sáng kiến giúp tiết kiệm chi phí, những hành động nghĩa tình giữa đồng nghiệp. Ở mảng ảnh và video clip, nhiều tác phẩm ghi lại khoảnh khắc đẹp của công nhân trên công trường, trong nhà xưởng và tại các hoạt động Công đoàn.",
      "## Chấm chọn khách quan, công tâm",
      "Hội đồng giám khảo gồm các nhà báo, nghệ sĩ nhiếp ảnh và cán bộ Công đoàn có kinh nghiệm. Các tác phẩm được chấm qua hai vòng sơ khảo và chung khảo, bảo đảm công khai, minh bạch.",
      "Các tác phẩm đạt giải sẽ được giới thiệu trên Báo Lao động Thủ đô và các nền tảng số của LĐLĐ thành phố, góp phần lan tỏa hình ảnh người lao động Thủ đô năng động, sáng tạo, giàu lòng nhân ái."
    ],
    coverCaption: "Một tác phẩm ảnh dự thi ghi lại hình ảnh công nhân trên công trường xây dựng. Ảnh: Ban Tổ chức cung cấp"
  },
  {
    title: "Lan tỏa phong trào Gia đình công nhân, viên chức, lao động tiêu biểu",
    sapo: "Thời gian qua, với nhiều cách làm hiệu quả, thiết thực, công tác vận động công nhân, viên chức, lao động (CNVCLĐ) xây dựng gia đình ấm no, hạnh phúc, văn minh đã được các cấp Công đoàn quận Bắc Từ Liêm lan tỏa tới Công đoàn cơ sở (CĐCS) và đạt được nhiều kết quả tích cực.",
    category: "cong-doan",
    tags: ["Gia đình", "Bắc Từ Liêm", "Công đoàn Thủ đô"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 165,
    paragraphs: [
      "LĐLĐ quận Bắc Từ Liêm xác định gia đình là tế bào của xã hội, mỗi gia đình đoàn viên hạnh phúc sẽ là nền tảng để người lao động yên tâm công tác. Vì vậy, phong trào được triển khai đồng bộ, gắn với các cuộc vận động “Giỏi việc nước - Đảm việc nhà” và xây dựng gia đình văn hóa.",
      "Nhiều CĐCS đã tổ chức tọa đàm về kỹ năng làm cha mẹ, phòng chống bạo lực gia đình, nuôi dạy con trong thời đại số. Các chương trình tặng quà cho con đoàn viên vượt khó học giỏi, hỗ trợ gia đình có hoàn cảnh khó khăn được duy trì đều đặn.",
      "> Khi người lao động có một mái ấm bình yên, họ sẽ làm việc bằng cả trái tim.",
      "Thời gian tới, các cấp Công đoàn quận Bắc Từ Liêm tiếp tục nhân rộng mô hình hay, kịp thời biểu dương những gia đình CNVCLĐ tiêu biểu, góp phần xây dựng người Hà Nội thanh lịch, văn minh."
    ],
    coverCaption: "Gia đình đoàn viên tham gia ngày hội gia đình do Công đoàn quận Bắc Từ Liêm tổ chức. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Đề xuất mô hình tổ chức và hoạt động công đoàn trong tổng công ty, tập đoàn kinh tế",
    sapo: "Chiều 5/6, tại Hà Nội, Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam tổ chức hội thảo góp ý việc sắp xếp mô hình tổ chức Công đoàn trực thuộc Công đoàn ngành Trung ương và Công đoàn ngành địa phương.",
    category: "cong-doan",
    tags: ["Tổng LĐLĐ Việt Nam", "Tổ chức công đoàn", "Sắp xếp bộ máy"],
    author: "Lê Minh Quang",
    hoursAgo: 72,
    paragraphs: [
      "Hội thảo nằm trong lộ trình thực hiện chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị, trong đó tổ chức Công đoàn cũng tiến hành rà soát, điều chỉnh mô hình để hoạt động hiệu lực, hiệu quả hơn.",
      "## Nhiều phương án được đưa ra thảo luận",
      "Các đại biểu tập trung thảo luận về mô hình công đoàn tại các tổng công ty, tập đoàn kinh tế có nhiều đơn vị thành viên hoạt động trên nhiều địa bàn. Một số ý kiến đề xuất giảm tầng nấc trung gian, tăng cường quyền chủ động cho Công đoàn cơ sở; một số ý kiến khác nhấn mạnh cần giữ sự liên thông trong chỉ đạo theo ngành.",
      "Theo nhiều đại biểu, dù lựa chọn mô hình nào thì điều quan trọng nhất vẫn là phải bảo đảm quyền lợi của đoàn viên không bị gián đoạn, cán bộ Công đoàn được bố trí phù hợp, và hoạt động đại diện, bảo vệ người lao động được thực hiện kịp thời.",
      "Các ý kiến tại hội thảo sẽ được tổng hợp để Tổng LĐLĐ Việt Nam hoàn thiện đề án, báo cáo cấp có thẩm quyền xem xét trong thời gian tới."
    ],
    coverCaption: "Quang cảnh hội thảo góp ý sắp xếp mô hình tổ chức Công đoàn do Tổng LĐLĐ Việt Nam tổ chức. Ảnh: Lê Minh Quang"
  },
  {
    title: "LĐLĐ quận Ba Đình: Triển khai hiệu quả nhiều mặt hoạt động",
    sapo: "Ngày 5/6, Liên đoàn Lao động (LĐLĐ) quận Ba Đình tổ chức Hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2025; khen thưởng hoạt động công đoàn khối Giáo dục năm học 2024 - 2025; biểu dương “Gia đình công nhân, viên chức, lao động (CNVCLĐ) tiêu biểu”; biểu dương nữ CNVCLĐ “Giỏi việc nước - Đảm việc nhà”; tặng quà con CNVCLĐ đạt thành tích cao, vượt khó học giỏi; tri ân các đồng chí ủy viên Ban Chấp hành, Ủy ban Kiểm tra, Ban Nữ công, Cụm thi đua LĐLĐ quận Ba Đình khóa XI, nhiệm kỳ 2023 - 2028.",
    category: "cong-doan",
    tags: ["Ba Đình", "Gia đình", "Công đoàn Thủ đô"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 76,
    paragraphs: [
      "Báo cáo tại Hội nghị cho thấy, 6 tháng đầu năm, LĐLĐ quận Ba Đình đã hoàn thành tốt các chỉ tiêu được giao. Công tác chăm lo Tết, Tháng Công nhân được tổ chức chu đáo; phát triển đoàn viên và thành lập Công đoàn cơ sở tại doanh nghiệp ngoài nhà nước đạt kết quả khá.",
      "Khối Giáo dục tiếp tục là điểm sáng với phong trào “Đổi mới, sáng tạo trong dạy và học”. Nhiều Công đoàn trường học đã phối hợp tốt với chuyên môn, chăm lo đời sống cho giáo viên, nhân viên, nhất là giáo viên hợp đồng.",
      "## Tri ân những người đã gắn bó",
      "Trong bối cảnh sắp xếp tổ chức bộ máy, Hội nghị dành thời gian tri ân các đồng chí ủy viên Ban Chấp hành, Ủy ban Kiểm tra, Ban Nữ công, Cụm thi đua khóa XI đã đồng hành cùng phong trào CNVCLĐ quận trong thời gian qua.",
      "> Dù ở cương vị nào, mỗi cán bộ Công đoàn vẫn luôn là người đồng hành tin cậy của đoàn viên, người lao động.",
      "Dịp này, nhiều gia đình CNVCLĐ tiêu biểu, nữ CNVCLĐ “Giỏi việc nước - Đảm việc nhà” và con đoàn viên vượt khó học giỏi đã được biểu dương, tặng quà."
    ],
    coverCaption: "Lãnh đạo LĐLĐ quận Ba Đình tặng hoa tri ân các đồng chí ủy viên Ban Chấp hành khóa XI. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "LĐLĐ huyện Chương Mỹ: Nhiều hoạt động hướng về đoàn viên, người lao động",
    sapo: "Chiều nay (5/6), Liên đoàn Lao động (LĐLĐ) huyện Chương Mỹ tổ chức Hội nghị Tổng kết hoạt động công tác Công đoàn và phong trào công nhân, viên chức, lao động (CNVCLĐ) 6 tháng đầu năm 2025; tổng kết hoạt động Công đoàn khối giáo dục năm học 2024-2025; gặp mặt, tri ân cán bộ Công đoàn có nhiều đóng góp cho hoạt động công đoàn huyện Chương Mỹ.",
    category: "cong-doan",
    tags: ["Chương Mỹ", "Người lao động", "Công đoàn Thủ đô"],
    author: "Trần Thu Hà",
    hoursAgo: 68,
    paragraphs: [
      "Theo báo cáo, 6 tháng đầu năm, LĐLĐ huyện Chương Mỹ đã tổ chức thăm hỏi, tặng quà hàng nghìn lượt đoàn viên, người lao động nhân dịp Tết Nguyên đán và Tháng Công nhân. Công tác phát triển đoàn viên, thành lập Công đoàn cơ sở được quan tâm, gắn với việc nâng cao chất lượng hoạt động.",
      "Khối giáo dục với số lượng đoàn viên đông đảo tiếp tục khẳng định vai trò nòng cốt. Các Công đoàn trường học tích cực tham gia xây dựng quy chế dân chủ, chăm lo cho nhà giáo, người lao động và đồng hành trong các phong trào thi đua dạy tốt, học tốt.",
      "## Ghi nhận những người “giữ lửa”",
      "Tại Hội nghị, LĐLĐ huyện đã gặp mặt, tri ân các cán bộ Công đoàn có nhiều năm gắn bó, đóng góp cho phong trào. Nhiều người vừa làm chuyên môn, vừa kiêm nhiệm công tác Công đoàn nhưng luôn tận tụy, sát sao với đoàn viên.",
      "Hội nghị cũng thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó tập trung chăm lo, bảo vệ quyền lợi người lao động, bảo đảm hoạt động Công đoàn liên tục, thông suốt trong quá trình sắp xếp tổ chức bộ máy."
    ],
    coverCaption: "Quang cảnh Hội nghị tổng kết công tác Công đoàn 6 tháng đầu năm 2025 của LĐLĐ huyện Chương Mỹ. Ảnh: Trần Thu Hà"
  },
  {
    title: "Công đoàn Thủ đô phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp",
    sapo: "Liên đoàn Lao động thành phố Hà Nội vừa phát động đợt thi đua cao điểm trong toàn thể công nhân, viên chức, lao động Thủ đô, hướng tới chào mừng Đại hội Công đoàn các cấp. Đợt thi đua gắn với mục tiêu chăm lo tốt hơn cho đoàn viên và nâng cao chất lượng hoạt động của Công đoàn cơ sở.",
    category: "cong-doan",
    tags: ["Thi đua", "Đại hội Công đoàn", "Công đoàn Thủ đô"],
    author: "Lê Minh Quang",
    hoursAgo: 410,
    paragraphs: [
      "Theo kế hoạch, đợt thi đua cao điểm được triển khai tới tất cả các Công đoàn cấp trên trực tiếp cơ sở và Công đoàn cơ sở trên địa bàn thành phố. Mỗi đơn vị đăng ký ít nhất một công trình, phần việc cụ thể để chào mừng Đại hội Công đoàn cấp mình.",
      "## Thi đua bằng những việc làm cụ thể",
      "Nội dung thi đua tập trung vào phát triển đoàn viên, thành lập Công đoàn cơ sở, ký kết thỏa ước lao động tập thể có nhiều điều khoản có lợi cho người lao động, đồng thời đẩy mạnh phong trào sáng kiến, cải tiến kỹ thuật trong sản xuất.",
      "> Mỗi công trình, phần việc chào mừng Đại hội phải mang lại lợi ích thiết thực cho đoàn viên, chứ không dừng lại ở khẩu hiệu.",
      "Kết thúc đợt thi đua, LĐLĐ thành phố sẽ sơ kết, lựa chọn những tập thể, cá nhân tiêu biểu để biểu dương, khen thưởng, qua đó tạo khí thế mới cho phong trào công nhân, viên chức, lao động Thủ đô."
    ],
    coverCaption: "Đại diện các Công đoàn cấp trên trực tiếp cơ sở ký giao ước thi đua tại lễ phát động. Ảnh: Lê Minh Quang"
  },
  {
    title: "Phát động đợt thi đua cao điểm lập thành tích chào mừng 20 năm Ngày thành lập quận Long Biên",
    sapo: "Liên đoàn Lao động quận Long Biên phát động đợt thi đua cao điểm trong công nhân, viên chức, lao động toàn quận, lập thành tích chào mừng 20 năm Ngày thành lập quận. Đợt thi đua hướng tới những công trình, phần việc thiết thực tại cơ sở.",
    category: "cong-doan",
    tags: ["Thi đua", "Long Biên", "Công đoàn Thủ đô"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 590,
    paragraphs: [
      "Từ một vùng ven đô bên tả ngạn sông Hồng, sau 20 năm thành lập, Long Biên đã trở thành một quận năng động với hạ tầng giao thông, đô thị phát triển mạnh. Đóng góp vào thành quả đó có vai trò quan trọng của đội ngũ công nhân, viên chức, lao động trên địa bàn.",
      "Đợt thi đua cao điểm tập trung vào các nội dung: hoàn thành vượt mức kế hoạch sản xuất, kinh doanh; đẩy mạnh cải cách hành chính, chuyển đổi số trong các cơ quan; xây dựng môi trường làm việc xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động.",
      "## Gắn thi đua với chăm lo đoàn viên",
      "LĐLĐ quận đề nghị các Công đoàn cơ sở gắn phong trào thi đua với việc chăm lo đời sống đoàn viên, kịp thời biểu dương những cá nhân có thành tích xuất sắc. Các đơn vị cũng được khuyến khích tổ chức các hoạt động văn hóa, thể thao chào mừng ngày kỷ niệm.",
      "Ngay tại lễ phát động, nhiều Công đoàn cơ sở đã đăng ký các công trình, phần việc cụ thể như trồng cây xanh, cải tạo khu vực nghỉ giữa ca cho công nhân, hỗ trợ đoàn viên có hoàn cảnh khó khăn."
    ],
    coverCaption: "Đoàn viên Công đoàn quận Long Biên hưởng ứng đợt thi đua cao điểm. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "Dấu ấn đợt thi đua cao điểm",
    sapo: "Sau ba tháng triển khai, đợt thi đua cao điểm của các cấp Công đoàn Thủ đô đã để lại nhiều dấu ấn với hàng trăm công trình, phần việc thiết thực. Phong trào không chỉ tạo khí thế trong lao động sản xuất mà còn mang lại lợi ích cụ thể cho đoàn viên, người lao động.",
    category: "cong-doan",
    tags: ["Thi đua", "Công đoàn Thủ đô", "Người lao động"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 280,
    paragraphs: [
      "Tại nhiều doanh nghiệp, các tổ, đội sản xuất đăng ký vượt năng suất, giảm tỷ lệ sản phẩm lỗi. Những sáng kiến nhỏ như điều chỉnh dây chuyền, tận dụng nguyên liệu thừa đã giúp đơn vị tiết kiệm đáng kể chi phí, một phần được trích lại để thưởng cho người lao động.",
      "Ở khối hành chính sự nghiệp, đợt thi đua gắn với cải cách hành chính và chuyển đổi số. Nhiều đơn vị rút ngắn thời gian xử lý hồ sơ, tăng tỷ lệ thủ tục được giải quyết trực tuyến, nhận được sự đánh giá cao của người dân.",
      "## Lợi ích thiết thực cho đoàn viên",
      "Điều đáng ghi nhận là nhiều công trình thi đua hướng trực tiếp vào đời sống người lao động: cải tạo nhà ăn, xây dựng phòng vắt trữ sữa cho lao động nữ, lắp đặt khu nghỉ giữa ca có điều hòa. Những việc làm này góp phần cải thiện rõ rệt điều kiện làm việc.",
      "> Phong trào thi đua chỉ bền vững khi người lao động thấy mình được hưởng lợi từ chính thành quả do mình tạo ra."
    ],
    coverCaption: "Công nhân làm việc trên dây chuyền sản xuất tại một doanh nghiệp hưởng ứng đợt thi đua cao điểm. Ảnh: Nguyễn Hoàng Anh"
  },
  // ───────────────────────── Thời sự ─────────────────────────
  {
    title: "Đẩy nhanh giải phóng mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô",
    sapo: "Hà Nội yêu cầu các địa phương có dự án đường Vành đai 4 - Vùng Thủ đô đi qua tập trung tháo gỡ vướng mắc, bàn giao phần mặt bằng còn lại để bảo đảm tiến độ thi công. Đây là tuyến đường có ý nghĩa chiến lược trong kết nối vùng.",
    category: "thoi-su",
    tags: ["Giao thông", "Vành đai 4", "Hạ tầng đô thị"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 20,
    paragraphs: [
      "Đến nay, phần lớn diện tích mặt bằng của dự án trên địa bàn Hà Nội đã được bàn giao cho các nhà thầu. Tuy nhiên, tại một số vị trí vẫn còn vướng mắc liên quan đến đất nông nghiệp xen kẹt, di dời hạ tầng kỹ thuật điện, nước và các công trình tâm linh.",
      "## Không để vướng mắc kéo dài",
      "Thành phố đề nghị các địa phương phân công lãnh đạo trực tiếp phụ trách từng điểm vướng, tăng cường tuyên truyền, vận động người dân, đồng thời thực hiện đúng, đủ chính sách bồi thường, hỗ trợ, tái định cư.",
      "Trên công trường, các nhà thầu đang huy động nhân lực, máy móc thi công ba ca liên tục ở những đoạn đã có mặt bằng sạch. Nguồn vật liệu đắp nền cũng được các địa phương phối hợp bảo đảm để không làm gián đoạn tiến độ.",
      "Khi hoàn thành, tuyến đường Vành đai 4 sẽ góp phần giảm tải cho các trục hướng tâm, mở ra không gian phát triển mới cho các đô thị vệ tinh và khu công nghiệp phía Tây, phía Nam Thủ đô."
    ],
    coverCaption: "Thi công đoạn đường Vành đai 4 qua địa bàn ngoại thành Hà Nội. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "Đảng bộ Thành phố chú trọng phát triển đảng viên trong công nhân trực tiếp sản xuất",
    sapo: "Công tác phát triển đảng viên là công nhân trực tiếp sản xuất trong doanh nghiệp ngoài nhà nước đang được Đảng bộ thành phố Hà Nội quan tâm chỉ đạo. Tổ chức Công đoàn giữ vai trò quan trọng trong phát hiện, giới thiệu đoàn viên ưu tú để Đảng xem xét kết nạp.",
    category: "thoi-su",
    tags: ["Xây dựng Đảng", "Công đoàn Thủ đô", "Người lao động"],
    author: "Lê Minh Quang",
    hoursAgo: 180,
    paragraphs: [
      "Tại các khu công nghiệp, số lượng công nhân đông nhưng tỷ lệ đảng viên còn thấp, nhiều doanh nghiệp chưa có tổ chức Đảng. Thực tế này đòi hỏi sự phối hợp chặt chẽ giữa cấp ủy địa phương, tổ chức Công đoàn và chủ doanh nghiệp.",
      "Các cấp Công đoàn Thủ đô đã đẩy mạnh phong trào thi đua, qua đó phát hiện những đoàn viên có tinh thần trách nhiệm, tay nghề giỏi, được đồng nghiệp tín nhiệm. Những đoàn viên này được giới thiệu học lớp nhận thức về Đảng, được bồi dưỡng, rèn luyện trước khi xem xét kết nạp.",
      "> Mỗi đảng viên là công nhân sẽ là hạt nhân gắn kết người lao động, góp phần xây dựng quan hệ lao động hài hòa, ổn định trong doanh nghiệp.",
      "Nhiều doanh nghiệp có vốn đầu tư nước ngoài cũng bày tỏ sự ủng hộ, tạo điều kiện về thời gian để công nhân tham gia sinh hoạt, học tập. Đây là tín hiệu tích cực để công tác xây dựng Đảng trong khu vực kinh tế ngoài nhà nước đạt hiệu quả cao hơn."
    ],
    coverCaption: "Lễ kết nạp đảng viên mới là công nhân trực tiếp sản xuất tại một doanh nghiệp ở Hà Nội. Ảnh: Lê Minh Quang"
  },
  {
    title: "Hà Nội khẩn trương chuẩn bị các điều kiện vận hành chính quyền địa phương hai cấp",
    sapo: "Các sở, ngành và địa phương của Hà Nội đang gấp rút hoàn thiện trụ sở, nhân sự, hạ tầng công nghệ thông tin để chính quyền địa phương hai cấp đi vào hoạt động thông suốt. Mục tiêu xuyên suốt là không để gián đoạn việc giải quyết thủ tục cho người dân, doanh nghiệp.",
    category: "thoi-su",
    tags: ["Sắp xếp bộ máy", "Cải cách hành chính", "Chuyển đổi số"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 40,
    paragraphs: [
      "Theo phương án đã được thông qua, Hà Nội sẽ sắp xếp các phường, xã hiện nay thành các đơn vị hành chính cấp xã mới, đồng thời kết thúc hoạt động của cấp huyện. Việc chuẩn bị được thực hiện song song trên nhiều mặt từ tổ chức bộ máy đến cơ sở vật chất.",
      "## Ưu tiên bộ phận một cửa",
      "Bộ phận tiếp nhận và trả kết quả thủ tục hành chính tại các xã, phường mới được ưu tiên bố trí ở vị trí thuận tiện, trang bị đầy đủ máy tính, máy quét và đường truyền ổn định. Cán bộ được tập huấn sử dụng hệ thống phần mềm dùng chung của thành phố.",
      "Nhiều địa phương đã tổ chức chạy thử quy trình tiếp nhận hồ sơ, phát hiện và khắc phục kịp thời những điểm nghẽn về phân quyền tài khoản, kết nối dữ liệu dân cư.",
      "Người dân được khuyến khích sử dụng dịch vụ công trực tuyến, đồng thời theo dõi thông tin chính thức của chính quyền để nắm rõ địa điểm, cách thức giải quyết thủ tục sau khi sắp xếp."
    ],
    coverCaption: "Cán bộ một phường ở Hà Nội chạy thử quy trình tiếp nhận hồ sơ tại bộ phận một cửa. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Hà Nội và Đà Nẵng tăng cường hợp tác phát triển đô thị thông minh",
    sapo: "Đoàn công tác của thành phố Hà Nội đã có buổi làm việc với thành phố Đà Nẵng nhằm trao đổi kinh nghiệm về xây dựng đô thị thông minh, chuyển đổi số và thu hút đầu tư công nghệ cao. Hai bên thống nhất nhiều nội dung hợp tác cụ thể trong thời gian tới.",
    category: "thoi-su",
    tags: ["Đà Nẵng", "Chuyển đổi số", "Hạ tầng đô thị"],
    author: "Phạm Thị Lan",
    hoursAgo: 330,
    paragraphs: [
      "Đà Nẵng là một trong những địa phương đi đầu cả nước về chính quyền số, với hệ thống trung tâm giám sát, điều hành đô thị thông minh hoạt động hiệu quả. Những kinh nghiệm này được Hà Nội đánh giá cao trong bối cảnh Thủ đô đang đẩy mạnh chuyển đổi số toàn diện.",
      "Tại buổi làm việc, hai bên trao đổi về cách thức tích hợp dữ liệu giao thông, môi trường, an ninh trật tự; cách thu hút doanh nghiệp công nghệ tham gia cung cấp dịch vụ; cũng như kinh nghiệm đào tạo nguồn nhân lực số cho cán bộ, công chức.",
      "> Mỗi thành phố có thế mạnh riêng; chia sẻ kinh nghiệm sẽ giúp cả hai địa phương đi nhanh hơn và tránh được những bước đi lãng phí.",
      "Hà Nội và Đà Nẵng thống nhất duy trì cơ chế trao đổi định kỳ, phối hợp tổ chức các sự kiện xúc tiến đầu tư, đồng thời mở rộng hợp tác trong lĩnh vực du lịch, văn hóa và giáo dục."
    ],
    coverCaption: "Đoàn công tác Hà Nội tham quan Trung tâm giám sát, điều hành đô thị thông minh Đà Nẵng. Ảnh: Phạm Thị Lan"
  },
  {
    title: "Tuyến đường sắt đô thị Nhổn - ga Hà Nội: Đoạn trên cao duy trì lượng khách ổn định",
    sapo: "Sau thời gian vận hành thương mại, đoạn trên cao của tuyến đường sắt đô thị Nhổn - ga Hà Nội đã trở thành lựa chọn quen thuộc của nhiều người dân khu vực phía Tây Thủ đô. Lượng hành khách ổn định, đặc biệt vào giờ cao điểm.",
    category: "thoi-su",
    tags: ["Giao thông", "Đường sắt đô thị", "Hạ tầng đô thị"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 450,
    paragraphs: [
      "Vào các khung giờ sáng sớm và chiều muộn ngày thường, nhiều chuyến tàu chật kín sinh viên, công nhân viên chức di chuyển từ khu vực Nhổn, Phú Diễn về nội đô. Ưu điểm về thời gian di chuyển đúng giờ, không phụ thuộc ùn tắc khiến nhiều người chuyển từ xe máy sang tàu điện.",
      "## Kết nối xe buýt là chìa khóa",
      "Để thu hút thêm hành khách, đơn vị vận hành đã phối hợp điều chỉnh một số tuyến xe buýt gom khách về các nhà ga. Người dân cũng mong muốn có thêm bãi gửi xe máy, xe đạp công cộng tại các ga để thuận tiện hơn cho chặng đầu và chặng cuối.",
      "Trong khi đó, đoạn đi ngầm của tuyến đang được các nhà thầu tập trung thi công. Khi toàn tuyến hoàn thành, hành khách có thể đi thẳng từ Nhổn vào khu vực trung tâm, tiếp cận ga Hà Nội chỉ trong khoảng nửa giờ."
    ],
    coverCaption: "Hành khách lên tàu tại một nhà ga trên cao của tuyến đường sắt đô thị Nhổn - ga Hà Nội. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "Lắp đặt thêm camera giám sát giao thông tại các nút giao trọng điểm",
    sapo: "Hà Nội tiếp tục mở rộng hệ thống camera giám sát, xử lý vi phạm giao thông tại nhiều nút giao, tuyến đường có mật độ phương tiện cao. Hình ảnh từ camera được sử dụng để điều tiết giao thông và phạt nguội các hành vi vi phạm.",
    category: "thoi-su",
    tags: ["Giao thông", "Chuyển đổi số", "An toàn giao thông"],
    author: "Bùi Quốc Việt",
    hoursAgo: 260,
    paragraphs: [
      "Các camera mới được ưu tiên lắp đặt tại những nút giao thường xuyên ùn tắc và những vị trí ghi nhận nhiều vi phạm như vượt đèn đỏ, đi sai làn, đi ngược chiều. Hệ thống có khả năng nhận diện biển số, ghi lại hình ảnh phương tiện vi phạm theo thời gian thực.",
      "Theo lực lượng chức năng, từ khi hệ thống được mở rộng, ý thức chấp hành của người tham gia giao thông tại nhiều tuyến đường có chuyển biến rõ rệt. Tình trạng lấn làn, dừng đỗ sai quy định giảm đáng kể.",
      "> Camera không thay thế được ý thức của người tham gia giao thông, nhưng là công cụ quan trọng để xây dựng thói quen tuân thủ pháp luật.",
      "Người dân có thể tra cứu thông tin phạt nguội trên cổng thông tin điện tử của lực lượng Cảnh sát giao thông hoặc ứng dụng định danh điện tử quốc gia để chủ động thực hiện nghĩa vụ."
    ],
    coverCaption: "Camera giám sát giao thông được lắp đặt tại một nút giao trên đường Vành đai 3. Ảnh: Bùi Quốc Việt"
  },
  // ───────────────────────── Công đoàn ─────────────────────────
  {
    title: "Đối thoại thường xuyên là “chìa khóa” giữ chân người lao động",
    sapo: "Với hơn mười năm làm chủ tịch Công đoàn cơ sở tại một doanh nghiệp may trong Khu công nghiệp Thạch Thất - Quốc Oai, chị Nguyễn Thị Hạnh chia sẻ với phóng viên về cách công đoàn lắng nghe, đồng hành để công nhân yên tâm gắn bó với doanh nghiệp.",
    category: "cong-doan",
    kind: "INTERVIEW",
    role: "Thực hiện",
    tags: ["Công đoàn cơ sở", "Quan hệ lao động", "Người lao động"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 210,
    paragraphs: [
      "Theo chị Hạnh, điều người lao động cần nhất ở Công đoàn không phải là những món quà lớn, mà là cảm giác có người đứng về phía mình khi gặp khó khăn. Vì vậy, mỗi tuần chị đều dành thời gian xuống từng tổ sản xuất, trò chuyện với công nhân trong giờ nghỉ trưa.",
      "Những ý kiến thu thập được sẽ được Ban Chấp hành Công đoàn tổng hợp, mang ra hội nghị đối thoại định kỳ với Ban Giám đốc. Nhờ đó, nhiều kiến nghị đã được giải quyết như cải thiện bữa ăn ca, lắp thêm quạt thông gió, bố trí xe đưa đón công nhân ở xa.",
      "## “Doanh nghiệp cũng được lợi”",
      "Chị Hạnh cho biết, ban đầu phía doanh nghiệp còn e ngại đối thoại sẽ phát sinh thêm chi phí. Nhưng thực tế cho thấy, khi công nhân gắn bó, tỷ lệ nghỉ việc giảm mạnh, doanh nghiệp tiết kiệm được chi phí tuyển dụng, đào tạo lại và chất lượng sản phẩm ổn định hơn.",
      "> Người lao động chỉ ở lại khi họ thấy mình được tôn trọng. Đối thoại thật lòng là cách nhanh nhất để xây dựng niềm tin hai chiều.",
      "Chia sẻ về mong muốn, chị Hạnh hy vọng cán bộ Công đoàn cơ sở được tập huấn thêm kỹ năng thương lượng, được bảo vệ tốt hơn khi đứng ra đại diện cho người lao động, để yên tâm làm tròn vai trò của mình."
    ],
    coverCaption: "Chủ tịch Công đoàn cơ sở trò chuyện với công nhân trong giờ nghỉ giữa ca. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "“Phiên chợ Công đoàn” đưa hàng bình ổn giá đến công nhân Khu công nghiệp Bắc Thăng Long",
    sapo: "Hàng nghìn công nhân Khu công nghiệp Bắc Thăng Long đã được mua sắm hàng hóa thiết yếu với giá ưu đãi tại “Phiên chợ Công đoàn” do Công đoàn các KCN&CX Hà Nội phối hợp với các doanh nghiệp phân phối tổ chức. Mỗi đoàn viên còn được tặng phiếu mua hàng trị giá 100.000 đồng.",
    category: "cong-doan",
    tags: ["Công đoàn KCN&CX Hà Nội", "Phiên chợ Công đoàn", "Người lao động"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 350,
    paragraphs: [
      "Từ chiều muộn, sau giờ tan ca, dòng người đã đổ về khu vực tổ chức phiên chợ. Các gian hàng bày bán gạo, dầu ăn, mì tôm, đồ dùng gia đình, quần áo với mức giá thấp hơn thị trường từ 10 đến 30%.",
      "Nhiều công nhân cho biết, với mức thu nhập còn hạn chế, những phiên chợ như thế này giúp họ tiết kiệm đáng kể chi tiêu hằng tháng. Đặc biệt, phiếu mua hàng được phát trực tiếp đến tay đoàn viên, bảo đảm đúng đối tượng.",
      "> Tôi mua đủ gạo, dầu ăn cho cả tháng mà chỉ trả thêm một ít tiền. Phiên chợ mở ngay sau giờ tan ca nên rất tiện cho chúng tôi.",
      "Bên cạnh hoạt động mua sắm, phiên chợ còn có gian tư vấn pháp luật lao động, đăng ký khám sức khỏe miễn phí và các trò chơi dân gian, tạo không khí vui tươi cho công nhân."
    ],
    coverCaption: "Công nhân Khu công nghiệp Bắc Thăng Long mua sắm tại “Phiên chợ Công đoàn”. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "Trao “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở",
    sapo: "Liên đoàn Lao động thành phố Hà Nội vừa trao hỗ trợ xây mới, sửa chữa nhà ở cho nhiều đoàn viên công đoàn có hoàn cảnh đặc biệt khó khăn. Mỗi “Mái ấm Công đoàn” là sự sẻ chia thiết thực, giúp người lao động an cư để lạc nghiệp.",
    category: "cong-doan",
    tags: ["Mái ấm Công đoàn", "An sinh xã hội", "Công đoàn Thủ đô"],
    author: "Trần Thu Hà",
    hoursAgo: 520,
    paragraphs: [
      "Các đoàn viên được hỗ trợ đều là những người có hoàn cảnh khó khăn, nhà ở xuống cấp nghiêm trọng, có người là lao động chính trong gia đình nhưng không may mắc bệnh hiểm nghèo. Kinh phí hỗ trợ được trích từ quỹ “Trợ giúp đoàn viên Công đoàn Thủ đô” cùng sự đóng góp của các đơn vị, doanh nghiệp.",
      "## Niềm vui về nhà mới",
      "Tại buổi trao hỗ trợ, nhiều đoàn viên không giấu được xúc động. Với họ, số tiền hỗ trợ cùng sự giúp sức của Công đoàn cơ sở, đồng nghiệp đã giúp hoàn thiện ước mơ có được một mái nhà kiên cố.",
      "Theo LĐLĐ thành phố, chương trình “Mái ấm Công đoàn” sẽ tiếp tục được duy trì, ưu tiên đoàn viên ở khu vực ngoại thành, đoàn viên là lao động nữ, người nuôi con nhỏ một mình. Các Công đoàn cơ sở được đề nghị rà soát, giới thiệu kịp thời những trường hợp đủ điều kiện."
    ],
    coverCaption: "Đại diện LĐLĐ thành phố Hà Nội trao biển “Mái ấm Công đoàn” cho đoàn viên. Ảnh: Trần Thu Hà"
  },
  {
    title: "Hàng nghìn đoàn viên được khám sức khỏe, tư vấn y tế miễn phí",
    sapo: "Trong chương trình “Vì sức khỏe người lao động”, các cấp Công đoàn Thủ đô đã phối hợp với các bệnh viện tổ chức khám sức khỏe, tư vấn y tế miễn phí cho hàng nghìn đoàn viên tại các khu công nghiệp và khu nhà trọ.",
    category: "cong-doan",
    tags: ["Y tế", "Người lao động", "Công đoàn Thủ đô"],
    author: "Phạm Thị Lan",
    hoursAgo: 730,
    paragraphs: [
      "Các đoàn viên được khám tổng quát, đo huyết áp, xét nghiệm đường huyết, siêu âm và tư vấn dinh dưỡng. Lao động nữ được khám, tầm soát các bệnh phụ khoa phổ biến, được hướng dẫn cách chăm sóc sức khỏe sinh sản.",
      "Nhiều công nhân cho biết, vì bận rộn với ca kíp, họ hiếm khi có thời gian đi khám định kỳ. Việc khám sức khỏe ngay tại nơi làm việc giúp họ phát hiện sớm một số vấn đề về sức khỏe và chủ động điều trị.",
      "> Sức khỏe là vốn quý nhất của người lao động. Công đoàn muốn đồng hành để đoàn viên không phải đánh đổi sức khỏe lấy thu nhập.",
      "Các trường hợp phát hiện bệnh lý được bác sĩ tư vấn, giới thiệu đến cơ sở y tế phù hợp để điều trị theo chế độ bảo hiểm y tế."
    ],
    coverCaption: "Bác sĩ khám sức khỏe miễn phí cho công nhân tại khu công nghiệp. Ảnh: Phạm Thị Lan"
  },
  // ───────────────────────── Kinh tế ─────────────────────────
  {
    title: "Doanh nghiệp nhỏ và vừa Hà Nội kỳ vọng vào chính sách phát triển kinh tế tư nhân",
    sapo: "Những chủ trương mới của Đảng và Nhà nước về phát triển kinh tế tư nhân đang tạo thêm động lực cho cộng đồng doanh nghiệp nhỏ và vừa Thủ đô. Các doanh nghiệp mong muốn chính sách sớm được cụ thể hóa, đi vào cuộc sống.",
    category: "kinh-te",
    tags: ["Kinh tế Thủ đô", "Doanh nghiệp", "Kinh tế tư nhân"],
    author: "Phạm Thị Lan",
    hoursAgo: 150,
    paragraphs: [
      "Hà Nội hiện có hàng trăm nghìn doanh nghiệp đang hoạt động, trong đó phần lớn là doanh nghiệp nhỏ và vừa. Khu vực này tạo việc làm cho đông đảo người lao động nhưng vẫn gặp nhiều khó khăn về vốn, mặt bằng sản xuất và khả năng tiếp cận thị trường.",
      "## Mong thủ tục thông thoáng hơn",
      "Nhiều chủ doanh nghiệp cho biết, điều họ mong muốn nhất là thủ tục hành chính được cắt giảm thực chất, hạn chế thanh tra, kiểm tra chồng chéo và được tiếp cận đất đai, tín dụng bình đẳng như các khu vực kinh tế khác.",
      "> Doanh nghiệp nhỏ không cần ưu đãi đặc biệt, chúng tôi chỉ cần một sân chơi công bằng và chi phí tuân thủ hợp lý.",
      "Thành phố đang rà soát các chương trình hỗ trợ doanh nghiệp, tập trung vào đổi mới sáng tạo, chuyển đổi số, đào tạo nguồn nhân lực và kết nối doanh nghiệp Thủ đô tham gia chuỗi cung ứng của các tập đoàn lớn."
    ],
    coverCaption: "Sản xuất tại một doanh nghiệp cơ khí nhỏ ở cụm công nghiệp Hà Nội. Ảnh: Phạm Thị Lan"
  },
  {
    title: "Sản phẩm OCOP Hà Nội tìm đường vào thị trường Đà Nẵng",
    sapo: "Hàng trăm sản phẩm OCOP tiêu biểu của Hà Nội đã được giới thiệu tới người tiêu dùng và doanh nghiệp phân phối tại Đà Nẵng trong chương trình kết nối cung cầu giữa hai địa phương. Nhiều biên bản hợp tác tiêu thụ đã được ký kết.",
    category: "kinh-te",
    tags: ["Đà Nẵng", "OCOP", "Kinh tế Thủ đô"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 390,
    paragraphs: [
      "Các gian hàng của Hà Nội mang đến nhiều sản phẩm đặc trưng như gốm Bát Tràng, lụa Vạn Phúc, chè Ba Vì, miến dong, giò chả Ước Lễ. Không ít du khách và người dân Đà Nẵng tỏ ra thích thú với những sản phẩm mang đậm dấu ấn làng nghề Thủ đô.",
      "Bên lề chương trình, các doanh nghiệp, hợp tác xã của Hà Nội đã gặp gỡ hệ thống siêu thị, cửa hàng đặc sản tại Đà Nẵng để bàn phương án đưa hàng lên kệ lâu dài, đồng thời tìm hiểu nhu cầu của thị trường du lịch miền Trung.",
      "## Cần chuẩn hóa bao bì, truy xuất nguồn gốc",
      "Đại diện các nhà phân phối cho rằng, để đứng vững tại các thị trường mới, sản phẩm OCOP cần đầu tư hơn vào bao bì, nhãn mác, mã truy xuất nguồn gốc và bảo đảm nguồn hàng ổn định.",
      "Chương trình là hoạt động cụ thể hóa thỏa thuận hợp tác giữa Hà Nội và Đà Nẵng, góp phần mở rộng thị trường cho nông sản, sản phẩm làng nghề của cả hai địa phương."
    ],
    coverCaption: "Du khách tìm hiểu sản phẩm gốm Bát Tràng tại gian hàng OCOP Hà Nội ở Đà Nẵng. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Làng nghề Thủ đô chuyển mình với thương mại điện tử",
    sapo: "Từ những xưởng sản xuất nhỏ, nhiều hộ làng nghề ở Hà Nội đã bán hàng trực tiếp tới khách trong và ngoài nước qua các sàn thương mại điện tử và mạng xã hội. Doanh thu tăng, song bài toán chất lượng và thương hiệu vẫn cần lời giải.",
    category: "kinh-te",
    tags: ["Làng nghề", "Thương mại điện tử", "Kinh tế Thủ đô"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 610,
    paragraphs: [
      "Ở làng gốm Bát Tràng, làng mây tre đan Phú Vinh hay làng lụa Vạn Phúc, hình ảnh những người trẻ livestream giới thiệu sản phẩm ngay tại xưởng đã trở nên quen thuộc. Các phiên bán hàng trực tuyến giúp người làng nghề tiếp cận khách hàng ở xa mà không mất chi phí trung gian.",
      "Nhiều hộ cho biết, đơn hàng trực tuyến hiện chiếm tỷ trọng đáng kể trong tổng doanh thu. Khách hàng có thể đặt làm sản phẩm theo yêu cầu, theo dõi quá trình sản xuất qua video, tạo sự tin tưởng.",
      "> Trước đây làng nghề chờ thương lái đến mua, giờ mỗi hộ có thể tự làm thương hiệu của mình trên mạng.",
      "Tuy nhiên, sự cạnh tranh trên các sàn cũng khiến xuất hiện tình trạng hàng kém chất lượng gắn mác làng nghề. Các chuyên gia khuyến nghị địa phương sớm đăng ký chỉ dẫn địa lý, nhãn hiệu tập thể để bảo vệ uy tín sản phẩm truyền thống."
    ],
    coverCaption: "Người trẻ làng gốm Bát Tràng livestream giới thiệu sản phẩm. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Sức mua hàng hóa tại Hà Nội tăng dần vào mùa hè",
    sapo: "Thị trường hàng hóa Thủ đô những ngày đầu tháng 6 ghi nhận sức mua tăng ở nhóm hàng điện máy, đồ uống và du lịch. Nguồn cung dồi dào, giá cả các mặt hàng thiết yếu cơ bản ổn định.",
    category: "kinh-te",
    tags: ["Thị trường", "Kinh tế Thủ đô", "Tiêu dùng"],
    author: "Phạm Thị Lan",
    hoursAgo: 88,
    paragraphs: [
      "Tại các siêu thị điện máy, doanh số điều hòa, quạt điện, tủ lạnh tăng mạnh khi Hà Nội bước vào những đợt nắng nóng đầu tiên. Nhiều hệ thống bán lẻ tung chương trình khuyến mãi, hỗ trợ lắp đặt miễn phí để kích cầu.",
      "Nhóm hàng lương thực, thực phẩm được các doanh nghiệp bình ổn thị trường bảo đảm nguồn cung, giá không có biến động lớn. Một số mặt hàng rau xanh tăng nhẹ do ảnh hưởng của thời tiết nhưng vẫn trong tầm kiểm soát.",
      "## Du lịch hè khởi sắc",
      "Các doanh nghiệp lữ hành cho biết lượng khách đặt tour hè tăng so với cùng kỳ năm trước, trong đó các tuyến biển miền Trung như Đà Nẵng, Quy Nhơn, Nha Trang được nhiều gia đình lựa chọn.",
      "Cơ quan quản lý thị trường đề nghị người tiêu dùng mua sắm tại các địa chỉ uy tín, giữ hóa đơn, chứng từ và phản ánh kịp thời các hành vi gian lận thương mại."
    ],
    coverCaption: "Người dân chọn mua điều hòa tại một siêu thị điện máy trên đường Trần Duy Hưng. Ảnh: Phạm Thị Lan"
  },
  // ───────────────────────── Tài chính ─────────────────────────
  {
    title: "Giá vàng miếng trong nước giảm nhẹ phiên cuối tuần",
    sapo: "Giá vàng miếng và vàng nhẫn trong nước được các doanh nghiệp điều chỉnh giảm nhẹ trong phiên cuối tuần, theo diễn biến của giá vàng thế giới sau báo cáo việc làm tích cực của Mỹ. Chênh lệch giữa giá mua và giá bán vẫn ở mức cao.",
    category: "tai-chinh",
    tags: ["Giá vàng", "Thị trường", "Ngân hàng"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 8,
    paragraphs: [
      "Tại các cửa hàng kinh doanh vàng trên phố Trần Nhân Tông, Cầu Giấy, lượng khách giao dịch trong sáng nay không đông. Phần lớn người mua là những người có nhu cầu tích lũy lâu dài, mua với số lượng nhỏ.",
      "Trên thị trường thế giới, giá vàng giảm khi đồng USD phục hồi và kỳ vọng về việc Cục Dự trữ Liên bang Mỹ (Fed) sớm hạ lãi suất suy yếu. Dù vậy, căng thẳng địa chính trị vẫn là yếu tố hỗ trợ giá kim loại quý.",
      "> Với biên độ mua - bán còn lớn, người mua vàng để lướt sóng trong ngắn hạn rất dễ chịu thua lỗ.",
      "Các chuyên gia khuyến nghị người dân cân nhắc kỹ trước khi xuống tiền, chỉ giao dịch tại các tổ chức được cấp phép và không nên dùng tiền vay để đầu tư vàng."
    ],
    coverCaption: "Khách hàng giao dịch tại một cửa hàng vàng bạc trên phố Trần Nhân Tông, Hà Nội. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "VN-Index giữ vững vùng 1.300 điểm, dòng tiền lan tỏa nhiều nhóm ngành",
    sapo: "Thị trường chứng khoán Việt Nam khép lại tuần giao dịch đầu tháng 6 với sắc xanh chiếm ưu thế, VN-Index duy trì trên vùng 1.300 điểm. Thanh khoản cải thiện cho thấy dòng tiền đang quay lại thị trường.",
    category: "tai-chinh",
    tags: ["Chứng khoán", "Thị trường", "Đầu tư"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 44,
    paragraphs: [
      "Trong tuần, dòng tiền luân chuyển giữa các nhóm ngành ngân hàng, chứng khoán, bất động sản khu công nghiệp và bán lẻ. Nhiều cổ phiếu vốn hóa vừa và nhỏ tăng giá tốt nhờ kỳ vọng kết quả kinh doanh quý II khả quan.",
      "## Khối ngoại vẫn thận trọng",
      "Khối nhà đầu tư nước ngoài tiếp tục giao dịch đan xen mua - bán. Theo các công ty chứng khoán, yếu tố vĩ mô toàn cầu và diễn biến chính sách thuế quan vẫn là những biến số khiến dòng vốn ngoại chưa quay lại mạnh mẽ.",
      "Các chuyên gia nhận định thị trường có thể tiếp tục dao động trong biên độ hẹp, tích lũy để chờ thông tin mới. Nhà đầu tư được khuyến nghị giữ tỷ trọng hợp lý, ưu tiên doanh nghiệp có nền tảng tài chính lành mạnh và hạn chế sử dụng đòn bẩy cao."
    ],
    coverCaption: "Nhà đầu tư theo dõi bảng điện tại một công ty chứng khoán ở Hà Nội. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "Hộ kinh doanh chuyển sang hóa đơn điện tử khởi tạo từ máy tính tiền: Những điều cần biết",
    sapo: "Từ ngày 1/6/2025, hộ, cá nhân kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên thuộc một số ngành nghề phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Cơ quan thuế Hà Nội đang tích cực hỗ trợ người nộp thuế chuyển đổi.",
    category: "tai-chinh",
    tags: ["Thuế - phí", "Hóa đơn điện tử", "Hộ kinh doanh"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 120,
    paragraphs: [
      "Quy định này áp dụng với các hộ kinh doanh trong lĩnh vực bán lẻ, ăn uống, nhà hàng, khách sạn, dịch vụ vận tải hành khách, vui chơi giải trí và một số dịch vụ khác có bán hàng trực tiếp đến người tiêu dùng.",
      "## Chi phí chuyển đổi không lớn",
      "Để sử dụng hóa đơn điện tử từ máy tính tiền, hộ kinh doanh chỉ cần có thiết bị kết nối Internet như máy tính, điện thoại thông minh cùng phần mềm bán hàng có chức năng kết nối với cơ quan thuế. Nhiều nhà cung cấp đã triển khai gói phần mềm miễn phí hoặc chi phí thấp cho hộ kinh doanh nhỏ.",
      "Cơ quan thuế tổ chức các tổ công tác đến từng tuyến phố, chợ, trung tâm thương mại để hướng dẫn trực tiếp. Người nộp thuế gặp vướng mắc có thể liên hệ đường dây nóng để được giải đáp.",
      "> Hóa đơn điện tử giúp minh bạch doanh thu, bảo vệ quyền lợi người tiêu dùng và tạo môi trường cạnh tranh công bằng giữa các hộ kinh doanh."
    ],
    coverCaption: "Cán bộ thuế hướng dẫn hộ kinh doanh trên phố Hàng Bạc cài đặt phần mềm xuất hóa đơn điện tử. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Ngân hàng đẩy mạnh cho vay ưu đãi mua nhà ở xã hội đối với người trẻ",
    sapo: "Nhiều ngân hàng thương mại đang mở rộng gói tín dụng ưu đãi cho người dưới 35 tuổi mua nhà ở xã hội, với lãi suất thấp hơn mặt bằng chung. Đây là cơ hội để công nhân, người lao động trẻ tại Hà Nội sớm an cư.",
    category: "tai-chinh",
    tags: ["Ngân hàng", "Nhà ở xã hội", "Người lao động"],
    author: "Lê Minh Quang",
    hoursAgo: 270,
    paragraphs: [
      "Theo các ngân hàng, khách hàng đủ điều kiện mua nhà ở xã hội có thể được vay với thời hạn dài, lãi suất ưu đãi trong những năm đầu và được hỗ trợ thủ tục nhanh gọn. Một số ngân hàng còn phối hợp với chủ đầu tư để giải ngân ngay khi khách hàng ký hợp đồng.",
      "Dù vậy, nhiều người lao động vẫn băn khoăn về khả năng trả nợ khi hết thời gian ưu đãi. Thu nhập bình quân của công nhân ở mức vừa phải khiến việc cân đối chi tiêu hằng tháng không dễ dàng.",
      "## Cần tính toán kỹ khả năng tài chính",
      "Các chuyên gia tài chính khuyến nghị người vay chỉ nên dành không quá 40% thu nhập hằng tháng để trả nợ, đồng thời đọc kỹ điều khoản về lãi suất thả nổi sau giai đoạn ưu đãi.",
      "Công đoàn các cấp cũng đang phối hợp với ngân hàng tổ chức các buổi tư vấn tại khu công nghiệp, giúp đoàn viên nắm rõ điều kiện, thủ tục vay vốn mua nhà ở xã hội."
    ],
    coverCaption: "Người lao động tìm hiểu thông tin vay vốn mua nhà ở xã hội tại một ngân hàng. Ảnh: Lê Minh Quang"
  },
  {
    title: "Thu ngân sách Hà Nội 5 tháng đầu năm vượt tiến độ dự toán",
    sapo: "Tổng thu ngân sách nhà nước trên địa bàn Hà Nội 5 tháng đầu năm 2025 tăng khá so với cùng kỳ, vượt tiến độ dự toán được giao. Thu nội địa tiếp tục là nguồn thu chủ lực.",
    category: "tai-chinh",
    tags: ["Ngân sách", "Thuế - phí", "Kinh tế Thủ đô"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 230,
    paragraphs: [
      "Kết quả thu ngân sách khả quan phản ánh hoạt động sản xuất, kinh doanh trên địa bàn tiếp tục phục hồi. Các khoản thu từ khu vực doanh nghiệp ngoài nhà nước, thuế thu nhập cá nhân và thu từ thương mại điện tử đều tăng.",
      "Cơ quan thuế đã đẩy mạnh ứng dụng công nghệ trong quản lý, triển khai hóa đơn điện tử, đối soát dữ liệu với ngân hàng và nền tảng số để chống thất thu. Công tác đôn đốc, thu hồi nợ thuế cũng được triển khai quyết liệt.",
      "> Tăng thu phải đi đôi với nuôi dưỡng nguồn thu, tạo điều kiện tốt nhất cho doanh nghiệp phát triển.",
      "Thành phố yêu cầu các đơn vị tiếp tục thực hiện nghiêm các chính sách miễn, giảm, gia hạn thuế theo quy định, đồng thời điều hành chi ngân sách chặt chẽ, tiết kiệm, ưu tiên cho đầu tư phát triển và an sinh xã hội."
    ],
    coverCaption: "Người nộp thuế làm thủ tục tại bộ phận một cửa của cơ quan thuế Hà Nội. Ảnh: Vũ Thanh Tâm"
  },
  // ───────────────────────── Xã hội ─────────────────────────
  {
    title: "Những “chiến binh áo cam” giữa nắng nóng đỉnh điểm",
    sapo: "Khi nhiệt độ ngoài trời Hà Nội vượt ngưỡng 38 độ C, những công nhân vệ sinh môi trường vẫn miệt mài trên các tuyến đường, giữ cho phố phường sạch đẹp. Loạt ảnh ghi lại một ngày làm việc vất vả của họ.",
    category: "xa-hoi",
    kind: "PHOTO_STORY",
    role: "Ảnh",
    tags: ["Người lao động", "Nắng nóng", "Đô thị"],
    author: "Bùi Quốc Việt",
    hoursAgo: 110,
    paragraphs: [
      "Từ sáng sớm, khi thành phố còn chưa thức giấc, các tổ công nhân đã bắt đầu ca làm việc, quét dọn lá cây, thu gom rác dọc các tuyến phố. Đến giữa trưa, mặt đường hầm hập như chảo lửa, nhưng công việc vẫn không thể dừng lại.",
      "Khẩu trang, mũ rộng vành, áo chống nắng và chai nước mát là những vật dụng không thể thiếu. Nhiều công nhân tranh thủ nghỉ dưới bóng cây vài phút rồi lại tiếp tục đẩy xe rác trên quãng đường dài.",
      "> Nắng thế này thì ai cũng mệt, nhưng thấy phố sạch là mình vui rồi.",
      "Để hỗ trợ công nhân trong những ngày nắng nóng, các đơn vị vệ sinh môi trường đã điều chỉnh giờ làm việc, bổ sung nước uống, thuốc phòng say nắng. Công đoàn cơ sở cũng tổ chức thăm hỏi, tặng quà động viên người lao động."
    ],
    coverCaption: "Công nhân vệ sinh môi trường làm việc dưới nắng gắt trên đường Giải Phóng. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Hà Nội ra quân Tháng hành động vì trẻ em năm 2025",
    sapo: "Với chủ đề bảo vệ trẻ em an toàn trên môi trường mạng và phòng chống tai nạn thương tích, Tháng hành động vì trẻ em năm 2025 tại Hà Nội được triển khai với nhiều hoạt động thiết thực ở cơ sở.",
    category: "xa-hoi",
    tags: ["Trẻ em", "An sinh xã hội", "Gia đình"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 170,
    paragraphs: [
      "Trong tháng hành động, các địa phương tổ chức thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật; tu sửa sân chơi, điểm vui chơi cộng đồng; mở lớp dạy bơi miễn phí cho trẻ em trong dịp hè.",
      "## Bảo vệ trẻ trên môi trường mạng",
      "Một nội dung được chú trọng năm nay là trang bị kỹ năng an toàn trên môi trường mạng. Phụ huynh được hướng dẫn cách kiểm soát thời gian sử dụng thiết bị, nhận diện các nguy cơ lừa đảo, xâm hại trực tuyến và cách phản ánh khi phát hiện nội dung độc hại.",
      "Các cấp Công đoàn Thủ đô cũng phối hợp tổ chức ngày hội cho con đoàn viên tại khu công nghiệp, trao học bổng cho con công nhân vượt khó học giỏi, góp phần mang lại một mùa hè an toàn, ý nghĩa cho các em."
    ],
    coverCaption: "Trẻ em tham gia lớp học bơi miễn phí dịp hè tại một bể bơi ở Hà Nội. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Nhà ở xã hội cho công nhân: Kỳ vọng từ các dự án mới khởi công",
    sapo: "Hà Nội đang thúc đẩy nhiều dự án nhà ở xã hội, trong đó có các dự án dành cho công nhân khu công nghiệp. Người lao động kỳ vọng giấc mơ an cư sẽ sớm thành hiện thực với mức giá phù hợp thu nhập.",
    category: "xa-hoi",
    tags: ["Nhà ở xã hội", "Người lao động", "An sinh xã hội"],
    author: "Lê Minh Quang",
    hoursAgo: 300,
    paragraphs: [
      "Hiện phần lớn công nhân tại các khu công nghiệp Hà Nội vẫn phải thuê trọ trong các khu nhà do người dân tự xây, diện tích chật hẹp, điều kiện an toàn phòng cháy hạn chế. Chi phí thuê trọ, điện nước chiếm tỷ trọng không nhỏ trong thu nhập hằng tháng.",
      "Thành phố đã rà soát quỹ đất, giao chủ đầu tư triển khai các dự án nhà ở xã hội gần khu công nghiệp, đồng thời đơn giản hóa thủ tục xét duyệt đối tượng mua, thuê mua.",
      "> Chúng tôi không mong nhà to, chỉ cần một chỗ ở ổn định, gần nơi làm việc để con cái được học hành đàng hoàng.",
      "Tổ chức Công đoàn kiến nghị ưu tiên hình thức cho thuê, thuê mua với giá phù hợp, bởi nhiều công nhân trẻ chưa đủ khả năng tài chính để mua nhà ngay."
    ],
    coverCaption: "Khu nhà trọ công nhân gần Khu công nghiệp Quang Minh. Ảnh: Lê Minh Quang"
  },
  {
    title: "Phòng tránh đuối nước cho trẻ em dịp hè",
    sapo: "Bước vào kỳ nghỉ hè, nguy cơ đuối nước ở trẻ em gia tăng khi các em có nhiều thời gian vui chơi gần ao, hồ, sông suối. Các chuyên gia khuyến cáo phụ huynh không được lơ là việc giám sát con trẻ.",
    category: "xa-hoi",
    tags: ["Trẻ em", "Gia đình", "Y tế"],
    author: "Trần Thu Hà",
    hoursAgo: 190,
    paragraphs: [
      "Tại khu vực ngoại thành, nhiều ao, hồ, hố công trình không có rào chắn, biển cảnh báo là mối nguy hiểm tiềm ẩn. Không ít trẻ em tự rủ nhau đi tắm mà không có người lớn đi kèm.",
      "## Dạy bơi là giải pháp căn cơ",
      "Theo ngành thể thao, việc trang bị kỹ năng bơi an toàn cho trẻ là giải pháp lâu dài. Nhiều trường học, địa phương đã mở lớp dạy bơi miễn phí, tận dụng bể bơi di động, bể bơi của trường học và trung tâm thể thao.",
      "Các bác sĩ cũng hướng dẫn cách sơ cứu ban đầu khi phát hiện trẻ đuối nước: nhanh chóng đưa trẻ lên bờ, kiểm tra đường thở, hô hấp nhân tạo nếu trẻ ngừng thở và gọi ngay cấp cứu 115."
    ],
    coverCaption: "Học sinh ngoại thành Hà Nội học bơi tại bể bơi di động. Ảnh: Trần Thu Hà"
  },
  {
    title: "Nắng nóng kéo dài, nhu cầu sử dụng điện tại Hà Nội tăng cao",
    sapo: "Những ngày đầu tháng 6, phụ tải điện trên địa bàn Hà Nội liên tục tăng do nắng nóng gay gắt. Ngành điện khuyến cáo người dân sử dụng điện tiết kiệm, an toàn, đặc biệt trong các khung giờ cao điểm.",
    category: "xa-hoi",
    tags: ["Nắng nóng", "Tiết kiệm điện", "Đô thị"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 64,
    paragraphs: [
      "Sản lượng điện tiêu thụ của thành phố tăng mạnh vào buổi trưa và buổi tối khi người dân sử dụng nhiều điều hòa, quạt điện. Một số trạm biến áp khu vực nội đô vận hành ở mức tải cao.",
      "Ngành điện Hà Nội đã bố trí lực lượng trực 24/24 giờ, tăng cường kiểm tra, bảo dưỡng lưới điện và chuẩn bị sẵn máy phát dự phòng tại các điểm có nguy cơ quá tải.",
      "> Chỉ cần mỗi gia đình đặt điều hòa ở mức 26 - 27 độ C và tắt thiết bị khi không dùng, phụ tải toàn thành phố sẽ giảm đáng kể.",
      "Người dân được khuyến cáo không sử dụng đồng thời nhiều thiết bị công suất lớn, thường xuyên kiểm tra hệ thống dây dẫn trong nhà để phòng ngừa chập điện, cháy nổ."
    ],
    coverCaption: "Công nhân ngành điện kiểm tra trạm biến áp trong những ngày nắng nóng. Ảnh: Vũ Thanh Tâm"
  },
  // ───────────────────────── Môi trường ─────────────────────────
  {
    title: "Đẩy mạnh phân loại rác thải sinh hoạt tại nguồn ở khu dân cư",
    sapo: "Nhiều phường, xã của Hà Nội đang triển khai thí điểm phân loại rác thải sinh hoạt tại nguồn, hướng tới mục tiêu giảm lượng rác chôn lấp và tăng tỷ lệ tái chế. Bước đầu, ý thức của người dân đã có chuyển biến.",
    category: "moi-truong",
    tags: ["Môi trường", "Chất thải rắn", "Đô thị"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 250,
    paragraphs: [
      "Theo hướng dẫn, rác thải sinh hoạt được phân thành ba nhóm: chất thải rắn có khả năng tái chế, chất thải thực phẩm và chất thải rắn sinh hoạt khác. Mỗi nhóm được thu gom vào những thời điểm khác nhau bằng phương tiện riêng.",
      "Tại một số khu dân cư thí điểm, các hộ gia đình được phát túi đựng rác theo màu, tổ dân phố cử người hướng dẫn trực tiếp. Rác tái chế được bán cho các cơ sở thu mua, một phần tiền dùng để chi cho hoạt động chung của khu dân cư.",
      "## Khó nhất là thay đổi thói quen",
      "Dù nhận thức của người dân đã được nâng lên, việc duy trì thói quen phân loại hằng ngày vẫn là thách thức. Một số hộ còn bỏ chung các loại rác, trong khi phương tiện thu gom ở vài nơi chưa đồng bộ.",
      "> Phân loại rác không khó, cái khó là làm đều đặn mỗi ngày. Khi người dân thấy rác đã phân loại được xử lý riêng, họ sẽ tin và làm theo.",
      "Thành phố đặt mục tiêu mở rộng mô hình trên toàn địa bàn trong thời gian tới, đồng thời đầu tư các nhà máy xử lý rác phát điện để giảm áp lực cho các bãi chôn lấp."
    ],
    coverCaption: "Người dân phân loại rác thải sinh hoạt tại một khu dân cư ở quận Hoàn Kiếm. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Bổ cập nước sông Hồng, kỳ vọng hồi sinh sông Tô Lịch",
    sapo: "Hà Nội đang triển khai giải pháp bổ cập nước từ sông Hồng qua hồ Tây vào sông Tô Lịch nhằm cải thiện chất lượng nước, từng bước hồi sinh dòng sông gắn với lịch sử Thăng Long. Người dân ven sông kỳ vọng sẽ sớm không còn cảnh nước đen, bốc mùi.",
    category: "moi-truong",
    tags: ["Môi trường", "Sông Tô Lịch", "Đô thị"],
    author: "Trần Thu Hà",
    hoursAgo: 470,
    paragraphs: [
      "Theo phương án, nước sông Hồng được bơm, xử lý sơ bộ rồi dẫn vào hồ Tây trước khi chảy vào sông Tô Lịch. Dòng chảy liên tục giúp pha loãng nước thải, tăng lượng ô xy hòa tan và cải thiện cảnh quan hai bên bờ.",
      "Song song với bổ cập nước, thành phố đang đẩy nhanh tiến độ các dự án thu gom, xử lý nước thải, hạn chế tối đa nước thải chưa qua xử lý đổ trực tiếp ra sông.",
      "## Cần giải pháp tổng thể",
      "Các nhà khoa học cho rằng bổ cập nước mới chỉ là giải pháp trước mắt. Để sông Tô Lịch thực sự sống lại, cần xử lý triệt để nước thải từ các khu dân cư, cải tạo bờ kè, tạo không gian công cộng ven sông gắn với bảo tồn giá trị văn hóa.",
      "Người dân sinh sống ven sông bày tỏ phấn khởi khi thấy dòng nước đã bớt mùi, mong muốn thành phố sớm hoàn thiện tuyến đường đi bộ, trồng thêm cây xanh dọc hai bên bờ."
    ],
    coverCaption: "Dòng nước sông Tô Lịch đoạn qua quận Cầu Giấy những ngày được bổ cập nước. Ảnh: Trần Thu Hà"
  },
  {
    title: "Những tuyến đường rợp sắc tím bằng lăng mùa hạ",
    sapo: "Tháng 6, bằng lăng nở rộ trên nhiều tuyến đường của Thủ đô, điểm xuyết sắc tím dịu dàng giữa cái nắng chói chang đầu hạ. Những hàng cây xanh không chỉ tạo cảnh quan mà còn góp phần làm dịu không khí đô thị.",
    category: "moi-truong",
    kind: "PHOTO_STORY",
    role: "Ảnh",
    tags: ["Cây xanh đô thị", "Môi trường", "Hà Nội đẹp"],
    author: "Bùi Quốc Việt",
    hoursAgo: 130,
    paragraphs: [
      "Trên các tuyến đường Hoàng Quốc Việt, Nguyễn Chí Thanh, Kim Mã, những hàng bằng lăng đồng loạt khoe sắc. Nhiều bạn trẻ tranh thủ sáng sớm hoặc chiều muộn tìm đến chụp ảnh lưu niệm.",
      "Những năm gần đây, Hà Nội chú trọng trồng cây bóng mát có hoa trên các tuyến phố mới, công viên, vườn hoa. Bằng lăng, phượng vĩ, sưa, ban… tạo nên những con đường mang màu sắc riêng theo từng mùa.",
      "> Mỗi mùa hoa là một lời nhắc rằng thành phố cần thêm nhiều mảng xanh hơn nữa.",
      "Các chuyên gia đô thị cho rằng, bên cạnh giá trị thẩm mỹ, hệ thống cây xanh giúp giảm nhiệt độ bề mặt, hấp thụ bụi mịn và tiếng ồn, góp phần nâng cao chất lượng sống của người dân Thủ đô."
    ],
    coverCaption: "Hàng bằng lăng nở tím trên đường Nguyễn Chí Thanh, Hà Nội. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Phát triển xe buýt điện, góp phần giảm phát thải trong giao thông đô thị",
    sapo: "Hà Nội đang từng bước chuyển đổi phương tiện giao thông công cộng sang sử dụng năng lượng xanh, trong đó xe buýt điện được xác định là giải pháp quan trọng để giảm ô nhiễm không khí và tiếng ồn đô thị.",
    category: "moi-truong",
    tags: ["Môi trường", "Giao thông", "Chất lượng không khí"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 560,
    paragraphs: [
      "Hiện nhiều tuyến xe buýt điện đã được đưa vào khai thác, kết nối các khu đô thị mới với trung tâm thành phố. Hành khách đánh giá cao sự êm ái, sạch sẽ và không có khói thải của loại phương tiện này.",
      "## Lộ trình chuyển đổi rõ ràng",
      "Theo định hướng của thành phố, các tuyến buýt mở mới và các xe thay thế sẽ ưu tiên sử dụng điện hoặc năng lượng xanh. Hạ tầng trạm sạc tại các điểm đầu cuối cũng đang được đầu tư đồng bộ.",
      "Các chuyên gia môi trường nhận định, cùng với việc phát triển đường sắt đô thị, chuyển đổi xe buýt sang điện sẽ góp phần đáng kể vào việc cải thiện chất lượng không khí Thủ đô, nhất là vào những tháng mùa khô.",
      "Để thu hút thêm người dân, các doanh nghiệp vận tải đang tối ưu hóa lộ trình, tăng tần suất vào giờ cao điểm và tích hợp thanh toán vé điện tử."
    ],
    coverCaption: "Xe buýt điện đón khách tại điểm dừng trên đường Phạm Hùng. Ảnh: Đỗ Văn Hưng"
  },
  // ───────────────────────── Văn hóa ─────────────────────────
  {
    title: "Phố sách Hà Nội rộn ràng những ngày hè",
    sapo: "Kỳ nghỉ hè đến, Phố sách Hà Nội trên đường 19 Tháng 12 trở thành điểm hẹn quen thuộc của nhiều gia đình. Những giá sách đầy màu sắc, các hoạt động giao lưu tác giả và góc đọc dành cho thiếu nhi tạo nên không gian văn hóa sôi động giữa lòng Thủ đô.",
    category: "van-hoa",
    kind: "PHOTO_STORY",
    role: "Ảnh",
    tags: ["Văn hóa Thủ đô", "Văn hóa đọc", "Hà Nội đẹp"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 100,
    paragraphs: [
      "Vào dịp cuối tuần, dòng người đổ về phố sách từ sáng đến tối muộn. Nhiều phụ huynh đưa con đến chọn sách tham khảo, truyện tranh, sách kỹ năng cho kỳ nghỉ hè.",
      "Các nhà xuất bản, công ty phát hành tổ chức nhiều chương trình giảm giá, ra mắt sách mới và giao lưu với tác giả. Góc đọc sách miễn phí luôn kín chỗ với những em nhỏ say sưa bên trang sách.",
      "> Giữa thời đại màn hình, được thấy các con ngồi đọc sách giấy là một niềm vui giản dị.",
      "Không chỉ là nơi mua bán sách, phố sách còn là điểm đến của du khách trong và ngoài nước, góp phần lan tỏa văn hóa đọc và hình ảnh Hà Nội - Thành phố sáng tạo."
    ],
    coverCaption: "Các em nhỏ đọc sách tại Phố sách Hà Nội trên đường 19 Tháng 12. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Giữ lửa ca trù giữa lòng phố cổ: Cần những sân khấu gần gũi với người trẻ",
    sapo: "Ca trù là di sản văn hóa phi vật thể cần được bảo vệ khẩn cấp. Phóng viên đã có cuộc trò chuyện với nghệ nhân trẻ Lê Thu Trang, người nhiều năm duy trì các buổi diễn ca trù định kỳ tại một không gian nhỏ trong phố cổ Hà Nội.",
    category: "van-hoa",
    kind: "INTERVIEW",
    role: "Thực hiện",
    tags: ["Văn hóa Thủ đô", "Di sản", "Nghệ thuật truyền thống"],
    author: "Trần Thu Hà",
    hoursAgo: 370,
    paragraphs: [
      "Nghệ nhân Thu Trang cho biết, chị đến với ca trù từ năm mười tuổi, theo học các nghệ nhân cao niên trong giáo phường. Điều khiến chị gắn bó là sự tinh tế trong lối hát, đòi hỏi người nghe phải tĩnh tâm mới cảm được cái hay.",
      "## Khán giả trẻ đang quay lại",
      "Theo chị, mấy năm gần đây, số khán giả trẻ đến nghe ca trù tăng lên rõ rệt. Nhiều người tìm đến sau khi xem các video ngắn trên mạng xã hội, rồi muốn được trải nghiệm trực tiếp không khí của một canh hát.",
      "> Ca trù không xa lạ với người trẻ, chỉ là họ chưa có dịp được nghe đúng cách. Khi được giải thích, được ngồi gần đào nương, kép đàn, họ sẽ thấy gần gũi.",
      "Chị mong muốn thành phố có thêm những không gian biểu diễn nhỏ, chi phí thuê hợp lý trong khu phố cổ, đồng thời đưa ca trù vào các chương trình giáo dục di sản tại trường học, để lớp trẻ được tiếp cận từ sớm."
    ],
    coverCaption: "Một buổi biểu diễn ca trù tại không gian văn hóa trong phố cổ Hà Nội. Ảnh: Trần Thu Hà"
  },
  {
    title: "Hoàng thành Thăng Long thu hút du khách với tour đêm mùa hè",
    sapo: "Chương trình tham quan đêm tại Hoàng thành Thăng Long đang trở thành sản phẩm du lịch hấp dẫn trong mùa hè. Du khách được khám phá di sản qua ánh sáng, âm thanh và lời kể của các hướng dẫn viên.",
    category: "van-hoa",
    tags: ["Di sản", "Du lịch", "Văn hóa Thủ đô"],
    author: "Lê Minh Quang",
    hoursAgo: 290,
    paragraphs: [
      "Hành trình bắt đầu từ Đoan Môn, đi qua các khu di tích trung tâm, nơi du khách được nghe kể về lịch sử kinh thành qua các triều đại. Hệ thống chiếu sáng nghệ thuật giúp các công trình cổ hiện lên lung linh, huyền ảo.",
      "Điểm nhấn của tour là trải nghiệm tương tác với hiện vật, tìm hiểu nghề thủ công và thưởng thức nghệ thuật truyền thống. Nhiều gia đình đưa con em đến tham quan như một bài học lịch sử sinh động.",
      "## Đánh thức giá trị di sản",
      "Các chuyên gia du lịch nhận định, việc khai thác di sản vào ban đêm vừa giúp giảm tải cho ban ngày, vừa kéo dài thời gian lưu trú của du khách, góp phần phát triển kinh tế đêm của Thủ đô.",
      "Ban quản lý di tích cho biết sẽ tiếp tục làm mới nội dung, bổ sung các câu chuyện lịch sử và bảo đảm yêu cầu bảo tồn trong quá trình khai thác."
    ],
    coverCaption: "Du khách tham quan Hoàng thành Thăng Long vào buổi tối. Ảnh: Lê Minh Quang"
  },
  {
    title: "Liên hoan văn nghệ quần chúng công nhân, viên chức, lao động Thủ đô",
    sapo: "Hàng trăm diễn viên không chuyên là đoàn viên Công đoàn đến từ các doanh nghiệp, cơ quan, trường học đã mang đến liên hoan những tiết mục ca, múa, nhạc giàu cảm xúc, ca ngợi Đảng, Bác Hồ, Thủ đô và người lao động.",
    category: "van-hoa",
    tags: ["Văn hóa Thủ đô", "Công đoàn Thủ đô", "Người lao động"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 660,
    paragraphs: [
      "Liên hoan là hoạt động văn hóa thường niên do Liên đoàn Lao động thành phố Hà Nội tổ chức, nhằm tạo sân chơi lành mạnh, bổ ích cho công nhân, viên chức, lao động sau những giờ làm việc căng thẳng.",
      "Nhiều tiết mục được chính các đoàn viên tự dàn dựng, lấy chất liệu từ cuộc sống lao động hằng ngày. Những bài hát về công nhân khu công nghiệp, về thầy cô giáo, về y bác sĩ đã nhận được tràng pháo tay nồng nhiệt của khán giả.",
      "> Đứng trên sân khấu, chúng tôi không còn là công nhân đứng máy mà là những nghệ sĩ thực thụ. Đó là niềm tự hào rất lớn.",
      "Ban Tổ chức đã trao các giải A, B, C cho những tiết mục xuất sắc, đồng thời lựa chọn các tiết mục tiêu biểu để tham gia các chương trình biểu diễn phục vụ công nhân tại khu công nghiệp."
    ],
    coverCaption: "Một tiết mục múa của đoàn viên Công đoàn tại Liên hoan văn nghệ quần chúng. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "Không gian ẩm thực phố cổ hút khách những tối cuối tuần",
    sapo: "Những món ăn truyền thống như phở, bún chả, bánh cuốn, chè Hà Nội được giới thiệu tại không gian ẩm thực khu phố cổ vào các tối cuối tuần. Đây là điểm hẹn thu hút du khách trong và ngoài nước trải nghiệm văn hóa ẩm thực Thủ đô.",
    category: "van-hoa",
    tags: ["Ẩm thực", "Du lịch", "Văn hóa Thủ đô"],
    author: "Phạm Thị Lan",
    hoursAgo: 500,
    paragraphs: [
      "Các gian hàng được bố trí gọn gàng, bảo đảm vệ sinh an toàn thực phẩm, niêm yết giá công khai. Nhiều cửa hàng lâu năm trong phố cổ cũng tham gia, mang đến hương vị đặc trưng được gìn giữ qua nhiều thế hệ.",
      "Không chỉ thưởng thức món ăn, du khách còn được nghe kể về nguồn gốc, cách chế biến và văn hóa ăn uống của người Hà Nội. Một số gian hàng tổ chức cho khách tự tay cuốn bánh, pha chè.",
      "## Gắn ẩm thực với phát triển du lịch",
      "Theo ngành du lịch Thủ đô, ẩm thực là một trong những lý do quan trọng khiến du khách quay lại Hà Nội. Việc tổ chức bài bản các không gian ẩm thực sẽ góp phần nâng cao trải nghiệm và xây dựng thương hiệu điểm đến."
    ],
    coverCaption: "Du khách nước ngoài thưởng thức ẩm thực tại khu phố cổ Hà Nội. Ảnh: Phạm Thị Lan"
  },
  // ───────────────────────── Giáo dục ─────────────────────────
  {
    title: "Đề Ngữ văn vào lớp 10 Hà Nội gắn với thực tiễn, thí sinh hào hứng",
    sapo: "Buổi thi đầu tiên của kỳ thi tuyển sinh vào lớp 10 THPT công lập tại Hà Nội diễn ra an toàn, nghiêm túc. Nhiều thí sinh nhận xét đề Ngữ văn vừa sức, có tính mở và gắn với những vấn đề gần gũi của đời sống.",
    category: "giao-duc",
    tags: ["Tuyển sinh lớp 10", "Giáo dục Hà Nội", "Thi cử"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 28,
    paragraphs: [
      "Rời phòng thi với gương mặt tươi tắn, nhiều thí sinh cho biết các em có đủ thời gian để hoàn thành bài làm. Phần nghị luận xã hội được đánh giá là “chạm” đến suy nghĩ của người trẻ, giúp các em có cơ hội bày tỏ quan điểm riêng.",
      "Các giáo viên Ngữ văn nhận định, đề thi có sự phân hóa hợp lý, bảo đảm học sinh nắm chắc kiến thức cơ bản có thể đạt điểm khá, đồng thời tạo cơ hội cho học sinh giỏi thể hiện năng lực sáng tạo.",
      "> Đề thi khuyến khích học sinh tư duy độc lập, không học thuộc văn mẫu. Đây là hướng đi phù hợp với chương trình giáo dục phổ thông mới.",
      "Buổi chiều cùng ngày, thí sinh tiếp tục làm bài thi môn Ngoại ngữ. Theo ghi nhận, công tác tổ chức tại các điểm thi bảo đảm đúng quy chế, không có thí sinh vi phạm nghiêm trọng."
    ],
    coverCaption: "Thí sinh rời phòng thi sau khi hoàn thành bài thi môn Ngữ văn. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Hà Nội chuẩn bị chu đáo cho kỳ thi tốt nghiệp THPT năm 2025",
    sapo: "Là năm đầu tiên tổ chức thi tốt nghiệp THPT theo chương trình giáo dục phổ thông 2018, Hà Nội đang khẩn trương chuẩn bị nhân lực, cơ sở vật chất để kỳ thi diễn ra an toàn, nghiêm túc. Thành phố là địa phương có số thí sinh đông nhất cả nước.",
    category: "giao-duc",
    tags: ["Thi tốt nghiệp THPT", "Giáo dục Hà Nội", "Thi cử"],
    author: "Lê Minh Quang",
    hoursAgo: 200,
    paragraphs: [
      "Các điểm thi đã được rà soát kỹ lưỡng về cơ sở vật chất, hệ thống camera giám sát, phòng chống cháy nổ. Lực lượng cán bộ coi thi được tập huấn quy chế, đặc biệt là các điểm mới của kỳ thi năm nay.",
      "## Ôn tập theo hướng tinh giản",
      "Tại các trường THPT, giáo viên đang tập trung hướng dẫn học sinh ôn tập theo cấu trúc đề minh họa, rèn kỹ năng làm bài và phân bổ thời gian hợp lý. Nhà trường cũng chú trọng tư vấn tâm lý, giúp học sinh giữ sức khỏe, tâm lý ổn định trước kỳ thi.",
      "Các cấp Công đoàn ngành Giáo dục phối hợp tổ chức thăm hỏi, động viên giáo viên, nhân viên tham gia phục vụ kỳ thi, nhất là những người làm nhiệm vụ tại các điểm thi xa nhà.",
      "> Kỳ thi năm nay có nhiều điểm mới, nên điều quan trọng nhất là học sinh được hướng dẫn đầy đủ, không bị bất ngờ khi vào phòng thi."
    ],
    coverCaption: "Học sinh lớp 12 một trường THPT ở Hà Nội ôn tập trước kỳ thi tốt nghiệp. Ảnh: Lê Minh Quang"
  },
  {
    title: "Trường nghề Thủ đô mở rộng tuyển sinh các ngành công nghệ cao",
    sapo: "Nhiều trường cao đẳng, trung cấp trên địa bàn Hà Nội đang mở thêm các ngành đào tạo về vi mạch bán dẫn, tự động hóa, logistics, đáp ứng nhu cầu nhân lực của doanh nghiệp. Học sinh tốt nghiệp THCS có thêm lựa chọn học nghề gắn với việc làm.",
    category: "giao-duc",
    tags: ["Giáo dục nghề nghiệp", "Giáo dục Hà Nội", "Việc làm"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 440,
    paragraphs: [
      "Các trường đã chủ động liên kết với doanh nghiệp để xây dựng chương trình đào tạo, bố trí sinh viên thực tập tại nhà máy ngay từ năm thứ hai. Nhiều doanh nghiệp cam kết tuyển dụng sinh viên tốt nghiệp đạt yêu cầu.",
      "Theo đại diện các trường, nhu cầu tuyển dụng kỹ thuật viên trong lĩnh vực điện tử, cơ điện tử, logistics đang tăng nhanh, trong khi nguồn cung nhân lực có tay nghề còn thiếu hụt.",
      "## Phân luồng cần bắt đầu sớm",
      "Các chuyên gia giáo dục cho rằng, công tác tư vấn hướng nghiệp cần được thực hiện từ sớm, giúp học sinh và phụ huynh có cái nhìn đúng về giáo dục nghề nghiệp, tránh tâm lý bằng mọi giá phải vào THPT công lập.",
      "Học sinh theo học hệ cao đẳng, trung cấp được hưởng nhiều chính sách hỗ trợ về học phí, đồng thời có thể học văn hóa song song để liên thông lên các bậc học cao hơn."
    ],
    coverCaption: "Sinh viên thực hành lắp ráp mạch điện tử tại một trường cao đẳng ở Hà Nội. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "Giáo viên Thủ đô ứng dụng trí tuệ nhân tạo trong soạn giảng",
    sapo: "Nhiều giáo viên tại Hà Nội đã chủ động sử dụng các công cụ trí tuệ nhân tạo để thiết kế bài giảng, xây dựng ngân hàng câu hỏi và cá nhân hóa việc học. Tuy nhiên, ngành giáo dục lưu ý việc ứng dụng cần có kiểm soát, tránh lạm dụng.",
    category: "giao-duc",
    tags: ["Chuyển đổi số", "Giáo dục Hà Nội", "Giáo viên"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 620,
    paragraphs: [
      "Tại một số trường THCS nội thành, giáo viên dùng công cụ AI để gợi ý hoạt động học tập, tạo hình ảnh minh họa và bài tập phân hóa cho từng nhóm học sinh. Việc này giúp tiết kiệm thời gian soạn bài, dành nhiều thời gian hơn cho tương tác trên lớp.",
      "> AI là trợ lý tốt, nhưng người thầy vẫn phải là người quyết định nội dung và định hướng cho học sinh.",
      "Các trường đã tổ chức tập huấn cho giáo viên về kỹ năng sử dụng công cụ số, đồng thời xây dựng quy định về việc học sinh sử dụng AI trong làm bài, bảo đảm tính trung thực trong học tập.",
      "Ngành giáo dục Thủ đô định hướng tiếp tục đẩy mạnh chuyển đổi số trong dạy học, gắn với bồi dưỡng năng lực số cho đội ngũ nhà giáo."
    ],
    coverCaption: "Giáo viên sử dụng công cụ trí tuệ nhân tạo trong giờ soạn giảng. Ảnh: Hoàng Bảo Ngọc"
  },
  // ───────────────────────── Thể thao ─────────────────────────
  {
    title: "Giải chạy “Vì người lao động Thủ đô” thu hút hàng nghìn vận động viên",
    sapo: "Hàng nghìn đoàn viên công đoàn, người lao động và người dân đã tham gia giải chạy “Vì người lao động Thủ đô” quanh hồ Hoàn Kiếm. Toàn bộ kinh phí tài trợ được dành cho quỹ hỗ trợ đoàn viên có hoàn cảnh khó khăn.",
    category: "the-thao",
    tags: ["Chạy bộ", "Công đoàn Thủ đô", "Thể thao phong trào"],
    author: "Bùi Quốc Việt",
    hoursAgo: 480,
    paragraphs: [
      "Giải được tổ chức với các cự ly 5km và 10km, phù hợp với nhiều lứa tuổi. Từ tờ mờ sáng, khu vực xuất phát đã rực rỡ sắc áo của các đội chạy đến từ doanh nghiệp, cơ quan, trường học trên địa bàn thành phố.",
      "Nhiều vận động viên là công nhân lần đầu tham gia một giải chạy chính thức. Với họ, về đích không chỉ là thành tích cá nhân mà còn là niềm vui được góp sức cho đồng nghiệp gặp khó khăn.",
      "## Lan tỏa phong trào rèn luyện thân thể",
      "Ban Tổ chức cho biết, giải chạy là một trong những hoạt động hưởng ứng cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, khuyến khích người lao động duy trì thói quen tập luyện để nâng cao sức khỏe.",
      "> Chạy vì sức khỏe của chính mình và vì những người đồng nghiệp đang cần được giúp đỡ, đó là ý nghĩa lớn nhất của giải."
    ],
    coverCaption: "Các vận động viên xuất phát tại giải chạy “Vì người lao động Thủ đô” quanh hồ Hoàn Kiếm. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Thể thao Hà Nội tích cực chuẩn bị lực lượng cho SEA Games 33",
    sapo: "Với mục tiêu đóng góp đông đảo vận động viên cho đoàn thể thao Việt Nam tại SEA Games 33, ngành thể thao Hà Nội đang tăng cường tập huấn, chăm lo chế độ dinh dưỡng, y học thể thao cho các vận động viên trọng điểm.",
    category: "the-thao",
    tags: ["SEA Games", "Thể thao Hà Nội", "Thể thao thành tích cao"],
    author: "Bùi Quốc Việt",
    hoursAgo: 360,
    paragraphs: [
      "Hà Nội luôn là địa phương đóng góp nhiều vận động viên nhất cho các đội tuyển quốc gia. Ở nhiều môn như điền kinh, bơi lội, võ thuật, thể dục dụng cụ, các vận động viên Thủ đô giữ vai trò nòng cốt.",
      "Các trung tâm huấn luyện đã xây dựng giáo án riêng cho từng vận động viên, kết hợp kiểm tra y học định kỳ, phòng ngừa chấn thương. Nhiều vận động viên được cử đi tập huấn, thi đấu cọ xát tại nước ngoài.",
      "> Mục tiêu của chúng tôi không chỉ là số lượng huy chương, mà còn là chuẩn bị lực đội kế cận cho những đấu trường lớn hơn như ASIAD và Olympic.",
      "Bên cạnh đó, công tác tuyển chọn vận động viên trẻ từ các giải thể thao học sinh, Hội khỏe Phù Đổng cũng được chú trọng nhằm bảo đảm tính kế thừa."
    ],
    coverCaption: "Vận động viên điền kinh Hà Nội tập luyện tại Khu liên hợp thể thao quốc gia Mỹ Đình. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Pickleball nở rộ tại các khu đô thị Hà Nội",
    sapo: "Chỉ trong thời gian ngắn, pickleball đã trở thành môn thể thao được nhiều người dân Thủ đô yêu thích. Các sân tập mọc lên nhanh chóng tại khu đô thị, trường học và cả trong khuôn viên doanh nghiệp.",
    category: "the-thao",
    tags: ["Thể thao phong trào", "Thể thao Hà Nội", "Đô thị"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 680,
    paragraphs: [
      "Với sân nhỏ, luật chơi đơn giản và chi phí dụng cụ không cao, pickleball phù hợp với nhiều lứa tuổi. Những buổi tối, các sân tập tại khu đô thị thường kín chỗ, người chơi phải đặt lịch trước nhiều ngày.",
      "Nhiều Công đoàn cơ sở đã đưa pickleball vào chương trình hoạt động thể thao của đơn vị, tổ chức giải giao hữu giữa các phòng ban, tạo sự gắn kết giữa người lao động.",
      "## Cần quy hoạch sân bãi hợp lý",
      "Sự phát triển nhanh của môn thể thao này cũng đặt ra yêu cầu về quản lý sân bãi, tránh tình trạng chiếm dụng không gian công cộng, gây tiếng ồn ảnh hưởng đến cư dân xung quanh.",
      "Ngành thể thao Thủ đô đang hướng tới việc tổ chức các giải phong trào bài bản, đào tạo trọng tài, huấn luyện viên để môn pickleball phát triển lành mạnh."
    ],
    coverCaption: "Người dân chơi pickleball tại một sân tập trong khu đô thị ở quận Hà Đông. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "Hội khỏe Phù Đổng Hà Nội: Sân chơi tìm kiếm tài năng thể thao trẻ",
    sapo: "Hàng nghìn học sinh tiểu học, trung học trên địa bàn Thủ đô đã tranh tài tại Hội khỏe Phù Đổng cấp thành phố ở nhiều môn thi đấu. Giải là cơ hội để phát hiện, bồi dưỡng những tài năng thể thao trẻ.",
    category: "the-thao",
    tags: ["Thể thao học đường", "Thể thao Hà Nội", "Giáo dục Hà Nội"],
    author: "Bùi Quốc Việt",
    hoursAgo: 800,
    paragraphs: [
      "Các môn thi đấu gồm điền kinh, bơi, cờ vua, bóng đá, bóng rổ, cầu lông, võ thuật và nhiều môn thể thao dân tộc. Không khí thi đấu sôi nổi, tinh thần fair-play được các đội thể hiện rõ nét.",
      "Nhiều vận động viên nhỏ tuổi đã đạt thành tích ấn tượng, được các huấn luyện viên của trung tâm đào tạo thể thao thành phố lưu ý để tuyển chọn vào các đội tuyển trẻ.",
      "> Thể thao học đường là nền móng. Không có một phong trào học đường rộng khắp thì khó có những vận động viên đỉnh cao.",
      "Ban Tổ chức đánh giá cao sự đầu tư của các trường học trong công tác giáo dục thể chất, đồng thời đề nghị tiếp tục cải thiện cơ sở vật chất, sân bãi phục vụ tập luyện cho học sinh."
    ],
    coverCaption: "Học sinh thi đấu môn điền kinh tại Hội khỏe Phù Đổng thành phố Hà Nội. Ảnh: Bùi Quốc Việt"
  },
  // ───────────────────────── Bóng đá ─────────────────────────
  {
    title: "Đội tuyển Việt Nam sẵn sàng cho trận gặp Malaysia tại vòng loại Asian Cup 2027",
    sapo: "Đội tuyển Việt Nam đã lên đường sang Kuala Lumpur, chuẩn bị cho trận đấu với đội tuyển Malaysia ngày 10/6 tại sân Bukit Jalil thuộc vòng loại Asian Cup 2027. Đây được xem là trận đấu có tính chất quyết định cho cuộc đua ngôi đầu bảng.",
    category: "bong-da",
    tags: ["Đội tuyển Việt Nam", "Asian Cup 2027", "Bóng đá Việt Nam"],
    author: "Bùi Quốc Việt",
    hoursAgo: 18,
    paragraphs: [
      "Trước khi lên đường, các tuyển thủ đã có những buổi tập trung cao độ dưới sự chỉ đạo của HLV Kim Sang-sik. Ban huấn luyện chú trọng các bài tập chuyển trạng thái, phối hợp phòng ngự và khai thác bóng chết.",
      "## Thận trọng trước chủ nhà",
      "Đội tuyển Malaysia được bổ sung nhiều cầu thủ nhập tịch, có chất lượng đồng đều hơn so với trước. Thi đấu trên sân nhà trước sự cổ vũ của đông đảo khán giả, đội chủ nhà được đánh giá sẽ gây nhiều khó khăn cho Việt Nam.",
      "Giới chuyên môn cho rằng, đội tuyển Việt Nam cần giữ sự tập trung và kỷ luật chiến thuật trong suốt 90 phút. Khả năng tận dụng cơ hội sẽ là yếu tố then chốt quyết định kết quả trận đấu.",
      "> Mỗi trận đấu ở vòng loại đều là một trận chung kết. Chúng ta cần tôn trọng đối thủ nhưng không được e ngại."
    ],
    coverCaption: "Các cầu thủ đội tuyển Việt Nam trong buổi tập trước khi lên đường sang Malaysia. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "SHB Đà Nẵng quyết tâm trong cuộc đua trụ hạng V-League",
    sapo: "Đứng trước nguy cơ xuống hạng, SHB Đà Nẵng đang tận dụng quãng nghỉ của V-League để củng cố lực lượng, cải thiện lối chơi. Những trận đấu còn lại sẽ quyết định số phận của đội bóng sông Hàn.",
    category: "bong-da",
    tags: ["V-League", "Đà Nẵng", "Bóng đá Việt Nam"],
    author: "Bùi Quốc Việt",
    hoursAgo: 240,
    paragraphs: [
      "Mùa giải năm nay, SHB Đà Nẵng gặp nhiều khó khăn khi lực lượng mỏng, thường xuyên đánh rơi điểm số ở những phút cuối trận. Hàng công thiếu sắc bén khiến đội bóng khó có được những chiến thắng cần thiết.",
      "Trong quãng nghỉ, ban huấn luyện tập trung cải thiện thể lực, điều chỉnh sơ đồ chiến thuật và tăng cường tâm lý cho các cầu thủ trẻ. Đội bóng cũng nhận được sự động viên của người hâm mộ Đà Nẵng.",
      "## Cuộc đua căng thẳng đến vòng cuối",
      "Nhóm cuối bảng xếp hạng đang có khoảng cách điểm số rất sít sao. Mỗi trận đấu còn lại đều mang tính chất “chung kết” với các đội trong cuộc đua trụ hạng.",
      "Người hâm mộ bóng đá miền Trung kỳ vọng đội bóng từng hai lần vô địch V-League sẽ phát huy bản lĩnh để tiếp tục có mặt ở sân chơi cao nhất."
    ],
    coverCaption: "Các cầu thủ SHB Đà Nẵng trong một trận đấu tại sân Hòa Xuân. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Tây Ban Nha thắng Pháp trong trận bán kết 9 bàn thắng, vào chung kết Nations League",
    sapo: "Trong trận bán kết UEFA Nations League đầy kịch tính, đội tuyển Tây Ban Nha đánh bại Pháp với tỷ số 5-4 để giành quyền vào chung kết. Lamine Yamal tỏa sáng với cú đúp.",
    category: "bong-da",
    tags: ["Bóng đá quốc tế", "Nations League", "Bóng đá châu Âu"],
    author: "Bùi Quốc Việt",
    hoursAgo: 66,
    paragraphs: [
      "Trên sân Stuttgart, Tây Ban Nha nhập cuộc hứng khởi và nhanh chóng tạo ra khoảng cách an toàn với lối chơi kiểm soát bóng đặc trưng. Các đợt tấn công nhanh, phối hợp nhỏ tại trung lộ liên tục khiến hàng thủ Pháp chao đảo.",
      "## Cuộc rượt đuổi không thành",
      "Bị dẫn nhiều bàn, đội tuyển Pháp nỗ lực vùng lên trong hiệp hai và liên tiếp rút ngắn cách biệt, khiến những phút cuối trận trở nên vô cùng căng thẳng. Tuy nhiên, nỗ lực của “Những chú gà trống Gaulois” dừng lại ở bàn thắng thứ tư.",
      "> Một trận cầu 9 bàn thắng ở bán kết là món quà cho người hâm mộ, nhưng cũng là lời cảnh báo về sự chủ quan của Tây Ban Nha ở hàng phòng ngự.",
      "Ở trận chung kết, Tây Ban Nha sẽ gặp Bồ Đào Nha trong màn so tài được chờ đợi giữa hai đội bóng bán đảo Iberia."
    ],
    coverCaption: "Lamine Yamal ăn mừng bàn thắng vào lưới đội tuyển Pháp. Ảnh: Reuters"
  },
  {
    title: "Khởi tranh Giải bóng đá công nhân, viên chức, lao động Thủ đô",
    sapo: "Giải bóng đá công nhân, viên chức, lao động Thủ đô năm 2025 do Liên đoàn Lao động thành phố Hà Nội tổ chức đã chính thức khởi tranh với sự tham gia của nhiều đội bóng đến từ các Công đoàn cấp trên trực tiếp cơ sở.",
    category: "bong-da",
    tags: ["Bóng đá phong trào", "Công đoàn Thủ đô", "Thể thao phong trào"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 760,
    paragraphs: [
      "Các đội được chia thành nhiều bảng, thi đấu vòng tròn tính điểm để chọn ra những đội xuất sắc nhất vào vòng chung kết. Các trận đấu diễn ra vào buổi chiều, tối để cầu thủ là người lao động có thể tham gia sau giờ làm việc.",
      "Ngay trận khai mạc, khán giả được chứng kiến màn so tài hấp dẫn với nhiều pha bóng đẹp mắt. Trên khán đài, các cổ động viên là đồng nghiệp mang theo băng rôn, trống cổ vũ nhiệt tình.",
      "> Sân cỏ là nơi những người công nhân, viên chức gặp gỡ, giao lưu và thêm gắn bó với tổ chức Công đoàn.",
      "Ban Tổ chức yêu cầu các đội thi đấu trung thực, cao thượng, đề cao tinh thần đoàn kết, tuyệt đối không để xảy ra tình trạng bạo lực trên sân."
    ],
    coverCaption: "Pha tranh bóng trong trận khai mạc Giải bóng đá CNVCLĐ Thủ đô năm 2025. Ảnh: Nguyễn Hoàng Anh"
  },
  // ───────────────────────── Pháp luật ─────────────────────────
  {
    title: "Người lao động cần làm gì khi bị doanh nghiệp chậm trả lương?",
    sapo: "Chậm trả, nợ lương là một trong những vấn đề người lao động thường gặp khi doanh nghiệp gặp khó khăn. Pháp luật lao động đã quy định cụ thể trách nhiệm của người sử dụng lao động và các kênh để người lao động bảo vệ quyền lợi, trong đó có vai trò của tổ chức công đoàn.",
    category: "phap-luat",
    tags: ["Tư vấn pháp luật", "Người lao động", "Quan hệ lao động"],
    author: "Lê Minh Quang",
    hoursAgo: 160,
    paragraphs: [
      "Theo Bộ luật Lao động năm 2019, người sử dụng lao động phải trả lương trực tiếp, đầy đủ, đúng hạn cho người lao động. Trường hợp vì lý do bất khả kháng mà không thể trả lương đúng hạn thì không được chậm quá 30 ngày, và nếu chậm từ 15 ngày trở lên phải đền bù một khoản tiền tương ứng với tiền lãi trên số tiền chậm trả.",
      "## Các bước bảo vệ quyền lợi",
      "Trước hết, người lao động nên trao đổi trực tiếp hoặc thông qua Công đoàn cơ sở để yêu cầu doanh nghiệp giải thích, cam kết thời hạn trả lương. Nếu không được giải quyết, người lao động có thể gửi đơn đến cơ quan quản lý nhà nước về lao động, hòa giải viên lao động hoặc khởi kiện tại Tòa án.",
      "> Người lao động nên lưu giữ hợp đồng, bảng lương, tin nhắn trao đổi với doanh nghiệp. Đây là căn cứ quan trọng khi cần giải quyết tranh chấp.",
      "Các Văn phòng tư vấn pháp luật của Liên đoàn Lao động thành phố Hà Nội luôn sẵn sàng hỗ trợ miễn phí cho đoàn viên công đoàn, người lao động về thủ tục và quyền lợi liên quan."
    ],
    coverCaption: "Cán bộ tư vấn pháp luật Công đoàn giải đáp thắc mắc cho người lao động. Ảnh: Lê Minh Quang"
  },
  {
    title: "Từ 1/7/2025, nhiều quy định mới về bảo hiểm xã hội có hiệu lực",
    sapo: "Luật Bảo hiểm xã hội năm 2024 chính thức có hiệu lực từ ngày 1/7/2025 với nhiều điểm mới có lợi cho người lao động, như giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm và bổ sung trợ cấp hưu trí xã hội.",
    category: "phap-luat",
    tags: ["Bảo hiểm xã hội", "Người lao động", "Chính sách mới"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 320,
    paragraphs: [
      "Một trong những thay đổi được quan tâm nhất là điều kiện hưởng lương hưu. Người lao động có từ đủ 15 năm đóng bảo hiểm xã hội trở lên và đủ tuổi nghỉ hưu theo quy định sẽ được hưởng lương hưu, tạo cơ hội cho nhiều người lao động tham gia muộn.",
      "Luật cũng mở rộng đối tượng tham gia bảo hiểm xã hội bắt buộc tới chủ hộ kinh doanh có đăng ký, người quản lý doanh nghiệp không hưởng lương và người lao động làm việc không trọn thời gian có thu nhập từ mức nhất định trở lên.",
      "## Hạn chế rút bảo hiểm xã hội một lần",
      "Luật mới quy định chặt chẽ hơn các trường hợp hưởng bảo hiểm xã hội một lần, đồng thời bổ sung quyền lợi để khuyến khích người lao động bảo lưu thời gian đóng, hướng tới mục tiêu an sinh lâu dài khi về già.",
      "Các cấp Công đoàn đang đẩy mạnh tuyên truyền những điểm mới của luật đến đoàn viên, người lao động, giúp họ hiểu rõ quyền lợi và cân nhắc kỹ trước khi quyết định rút bảo hiểm xã hội một lần."
    ],
    coverCaption: "Người lao động tìm hiểu quy định mới về bảo hiểm xã hội tại buổi tuyên truyền. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Cảnh giác thủ đoạn lừa đảo tuyển dụng “việc nhẹ lương cao” qua mạng",
    sapo: "Lợi dụng nhu cầu tìm việc làm thêm của sinh viên, người lao động, các đối tượng lừa đảo đã giăng bẫy tuyển dụng “việc nhẹ lương cao” trên mạng xã hội để chiếm đoạt tiền. Công an Hà Nội khuyến cáo người dân cảnh giác.",
    category: "phap-luat",
    tags: ["Lừa đảo trực tuyến", "An ninh trật tự", "Người lao động"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 141,
    paragraphs: [
      "Thủ đoạn phổ biến là đăng tin tuyển cộng tác viên làm nhiệm vụ đơn giản như thả tim, đánh giá sản phẩm, đặt đơn hàng ảo với hoa hồng hấp dẫn. Ban đầu, nạn nhân được trả thưởng đầy đủ để tạo lòng tin, sau đó bị yêu cầu nạp số tiền ngày càng lớn để “hoàn thành nhiệm vụ”.",
      "Khi nạn nhân muốn rút tiền, các đối tượng viện nhiều lý do như thao tác sai, tài khoản bị khóa, yêu cầu nộp thêm phí để mở khóa. Đến khi nhận ra bị lừa, nhiều người đã mất hàng chục đến hàng trăm triệu đồng.",
      "> Không có công việc nào yêu cầu người lao động phải nộp tiền trước để được nhận lương. Đó là dấu hiệu lừa đảo rõ ràng nhất.",
      "Cơ quan công an khuyến cáo người dân chỉ tìm việc qua các kênh tuyển dụng chính thống, không chuyển tiền cho người lạ và trình báo ngay với cơ quan công an gần nhất khi phát hiện dấu hiệu lừa đảo."
    ],
    coverCaption: "Hình ảnh một tin nhắn tuyển dụng “việc nhẹ lương cao” có dấu hiệu lừa đảo. Ảnh chụp màn hình"
  },
  {
    title: "Xử lý nghiêm hành vi đổ trộm phế thải xây dựng ra đường, ven đê",
    sapo: "Lực lượng chức năng Hà Nội đang tăng cường tuần tra, kiểm soát, xử lý nghiêm các phương tiện chở phế thải xây dựng đổ trộm ra đường giao thông, ven đê và đất nông nghiệp. Mức phạt đối với hành vi này có thể lên tới hàng trăm triệu đồng.",
    category: "phap-luat",
    tags: ["Chất thải rắn", "Xử phạt vi phạm", "Môi trường"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 34,
    paragraphs: [
      "Tình trạng đổ trộm phế thải thường diễn ra vào ban đêm, tại những tuyến đường vắng, khu vực giáp ranh giữa các địa phương. Hành vi này không chỉ gây ô nhiễm môi trường mà còn tiềm ẩn nguy cơ mất an toàn giao thông.",
      "## Tăng cường giám sát bằng camera",
      "Nhiều địa phương đã lắp đặt camera giám sát tại các điểm “nóng”, thành lập tổ tuần tra liên ngành trực đêm. Người dân phát hiện và cung cấp thông tin, hình ảnh về phương tiện đổ trộm sẽ được khen thưởng.",
      "Theo quy định, hành vi đổ chất thải rắn xây dựng không đúng nơi quy định bị xử phạt hành chính, buộc khắc phục hậu quả; phương tiện vi phạm có thể bị tạm giữ. Trường hợp gây hậu quả nghiêm trọng có thể bị truy cứu trách nhiệm hình sự.",
      "> Phải xử lý tận gốc, từ chủ công trình phát sinh phế thải đến đơn vị vận chuyển, chứ không chỉ bắt quả tang người lái xe."
    ],
    coverCaption: "Tổ công tác liên ngành kiểm tra xe chở phế thải trên tuyến đường ven đê sông Hồng. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Giả danh cơ quan thuế, nhân viên điện lực để chiếm đoạt tài sản",
    sapo: "Thời gian gần đây, nhiều người dân tại Hà Nội nhận được cuộc gọi từ đối tượng tự xưng là cán bộ thuế, nhân viên điện lực yêu cầu cập nhật thông tin, cài đặt ứng dụng lạ. Cơ quan chức năng khuyến cáo người dân tuyệt đối không làm theo.",
    category: "phap-luat",
    tags: ["Lừa đảo trực tuyến", "An ninh trật tự", "Thuế - phí"],
    author: "Lê Minh Quang",
    hoursAgo: 540,
    paragraphs: [
      "Các đối tượng thường nắm được một số thông tin cá nhân của nạn nhân như họ tên, địa chỉ, mã số thuế, khiến nhiều người tin tưởng. Sau đó, chúng gửi đường link yêu cầu tải ứng dụng giả mạo để “hoàn thuế” hoặc “tránh bị cắt điện”.",
      "Khi người dân cài đặt, ứng dụng độc hại sẽ chiếm quyền điều khiển điện thoại, đánh cắp mật khẩu ngân hàng và chuyển tiền khỏi tài khoản chỉ trong vài phút.",
      "## Cơ quan thuế, điện lực không gọi điện yêu cầu cài ứng dụng",
      "Cơ quan thuế và ngành điện khẳng định không liên hệ qua điện thoại để yêu cầu người dân cài đặt ứng dụng hay cung cấp mã OTP. Mọi giao dịch đều được thực hiện qua kênh chính thức hoặc trực tiếp tại trụ sở.",
      "Người dân nhận được cuộc gọi đáng ngờ cần ngắt máy, liên hệ đường dây nóng của cơ quan liên quan để xác minh, đồng thời báo ngay cho ngân hàng nếu nghi ngờ tài khoản bị xâm nhập."
    ],
    coverCaption: "Cán bộ công an tuyên truyền phòng chống lừa đảo công nghệ cao cho người dân. Ảnh: Lê Minh Quang"
  },
];
