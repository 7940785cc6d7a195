import type { SeedStory } from "./stories";

/** More stories, so the busiest sections have several pages (pagination, rails). */
export const moreStories: SeedStory[] = [
  // ───────────────────────── Công đoàn ─────────────────────────
  {
    title: "Thỏa ước lao động tập thể: Từ văn bản đến quyền lợi thực chất của công nhân",
    sapo: "Nhiều Công đoàn cơ sở tại Hà Nội đã thương lượng, ký kết thỏa ước lao động tập thể với những điều khoản cao hơn quy định của pháp luật. Điều quan trọng là các cam kết ấy được thực hiện nghiêm túc, đến được với từng người lao động.",
    category: "cong-doan",
    tags: ["Thỏa ước lao động tập thể", "Quan hệ lao động", "Công đoàn cơ sở"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 7,
    paragraphs: [
      "Tại một doanh nghiệp cơ khí chính xác ở Khu công nghiệp Thăng Long, bản thỏa ước lao động tập thể mới ký có thêm các khoản hỗ trợ tiền nhà trọ, tiền gửi trẻ và quà sinh nhật cho đoàn viên. Trước khi ký, dự thảo đã được Ban Chấp hành Công đoàn cơ sở lấy ý kiến tới từng tổ sản xuất.",
      "## Thương lượng dựa trên số liệu",
      "Theo cán bộ Công đoàn, muốn thương lượng hiệu quả thì phải nắm chắc tình hình sản xuất, kinh doanh của doanh nghiệp và mặt bằng thu nhập trong khu vực. Khi đề xuất có căn cứ, phía người sử dụng lao động dễ chấp nhận hơn và việc thương lượng cũng ít căng thẳng.",
      "> Thỏa ước chỉ có giá trị khi mỗi công nhân biết mình được hưởng những gì và Công đoàn theo dõi đến cùng việc thực hiện.",
      "Sau khi ký kết, nhiều Công đoàn cơ sở đã in tóm tắt nội dung thỏa ước, niêm yết tại nhà ăn, bảng tin và gửi qua nhóm Zalo của từng bộ phận. Định kỳ 6 tháng, hai bên cùng rà soát kết quả thực hiện để bổ sung những điều khoản mới cho phù hợp."
    ],
    coverCaption: "Đại diện Công đoàn cơ sở và Ban Giám đốc doanh nghiệp ký kết thỏa ước lao động tập thể. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "Nâng chất lượng bữa ăn ca cho công nhân khu công nghiệp",
    sapo: "Bữa ăn ca đủ chất là điều kiện để công nhân có sức khỏe bảo đảm năng suất lao động. Thời gian qua, nhiều Công đoàn cơ sở ở các khu công nghiệp Hà Nội đã thương lượng thành công việc nâng giá trị suất ăn và đa dạng thực đơn.",
    category: "cong-doan",
    tags: ["Bữa ăn ca", "Công đoàn KCN&CX Hà Nội", "Người lao động"],
    author: "Phạm Thị Lan",
    hoursAgo: 23,
    paragraphs: [
      "Tại nhiều doanh nghiệp điện tử, may mặc ở Khu công nghiệp Quang Minh và Nội Bài, giá trị suất ăn ca đã được điều chỉnh tăng so với năm trước. Ngoài món chính, công nhân được bổ sung thêm hoa quả, sữa chua hoặc đồ uống giải nhiệt trong những ngày nắng nóng.",
      "Công đoàn các KCN&CX Hà Nội cho biết, bên cạnh mức tiền, chất lượng bữa ăn còn phụ thuộc vào khâu giám sát. Nhiều Công đoàn cơ sở đã thành lập tổ kiểm tra bếp ăn có đại diện công nhân, thường xuyên kiểm tra nguồn gốc thực phẩm, khẩu phần và vệ sinh nhà ăn.",
      "> Công nhân làm việc tám tiếng, có khi tăng ca thêm vài giờ, nên bữa ăn giữa ca phải thực sự no và ngon.",
      "Thời gian tới, Công đoàn các KCN&CX Hà Nội tiếp tục đưa nội dung bữa ăn ca vào đối thoại định kỳ và thương lượng tập thể, đồng thời biểu dương những doanh nghiệp làm tốt để nhân rộng."
    ],
    coverCaption: "Công nhân dùng bữa ăn giữa ca tại nhà ăn của một doanh nghiệp trong Khu công nghiệp Quang Minh. Ảnh: Phạm Thị Lan"
  },
  {
    title: "LĐLĐ huyện Đông Anh nỗ lực phát triển đoàn viên tại doanh nghiệp ngoài nhà nước",
    sapo: "Xác định phát triển đoàn viên, thành lập Công đoàn cơ sở là nhiệm vụ trọng tâm, Liên đoàn Lao động (LĐLĐ) huyện Đông Anh đã chủ động tiếp cận doanh nghiệp ngoài nhà nước, vận động người lao động gia nhập tổ chức Công đoàn.",
    category: "cong-doan",
    tags: ["Phát triển đoàn viên", "Đông Anh", "Công đoàn Thủ đô"],
    author: "Trần Thu Hà",
    hoursAgo: 57,
    paragraphs: [
      "Đông Anh có nhiều khu, cụm công nghiệp với số lượng lớn doanh nghiệp nhỏ và vừa, lao động biến động thường xuyên. Để nắm chắc địa bàn, LĐLĐ huyện phối hợp với cơ quan thuế, bảo hiểm xã hội rà soát danh sách doanh nghiệp có từ 25 lao động trở lên chưa có tổ chức Công đoàn.",
      "## Thuyết phục bằng lợi ích thiết thực",
      "Cán bộ Công đoàn trực tiếp gặp chủ doanh nghiệp, giới thiệu vai trò của Công đoàn trong xây dựng quan hệ lao động hài hòa. Với người lao động, các buổi tư vấn pháp luật, tặng quà, hỗ trợ khi ốm đau được tổ chức ngay tại nơi làm việc để họ thấy rõ quyền lợi khi trở thành đoàn viên.",
      "Nhờ cách làm bền bỉ, từ đầu năm đến nay, nhiều Công đoàn cơ sở mới đã được thành lập và kết nạp thêm hàng trăm đoàn viên. LĐLĐ huyện cũng chú trọng bồi dưỡng nghiệp vụ cho cán bộ Công đoàn cơ sở mới để tổ chức hoạt động hiệu quả ngay từ đầu."
    ],
    coverCaption: "Cán bộ LĐLĐ huyện Đông Anh trao quyết định thành lập Công đoàn cơ sở tại một doanh nghiệp. Ảnh: Trần Thu Hà"
  },
  {
    title: "Tháng hành động về an toàn, vệ sinh lao động: Phòng ngừa bắt đầu từ những thao tác nhỏ",
    sapo: "Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2025, các cấp Công đoàn Thủ đô đã phối hợp với doanh nghiệp rà soát nguy cơ, huấn luyện kỹ năng và kiện toàn mạng lưới an toàn, vệ sinh viên tại cơ sở.",
    category: "cong-doan",
    tags: ["An toàn vệ sinh lao động", "Người lao động", "Công đoàn Thủ đô"],
    author: "Bùi Quốc Việt",
    hoursAgo: 845,
    paragraphs: [
      "Ngay trong những ngày đầu tháng 5, nhiều doanh nghiệp xây dựng, cơ khí, chế biến thực phẩm trên địa bàn thành phố đã tổ chức diễn tập sơ cứu, cấp cứu tai nạn lao động và kiểm tra lại thiết bị có yêu cầu nghiêm ngặt về an toàn.",
      "Mạng lưới an toàn, vệ sinh viên do Công đoàn cơ sở phối hợp xây dựng được xem là “tai mắt” tại từng tổ sản xuất. Họ là người nhắc nhở đồng nghiệp sử dụng phương tiện bảo vệ cá nhân, kịp thời phát hiện và báo cáo những điểm mất an toàn.",
      "> Phần lớn tai nạn lao động bắt nguồn từ sự chủ quan trong những thao tác quen tay hằng ngày.",
      "LĐLĐ thành phố Hà Nội đề nghị các Công đoàn cơ sở không chỉ tuyên truyền trong một tháng cao điểm, mà duy trì kiểm tra thường xuyên, đưa nội dung an toàn, vệ sinh lao động vào đối thoại và thỏa ước lao động tập thể."
    ],
    coverCaption: "Công nhân xây dựng được hướng dẫn sử dụng dây an toàn khi làm việc trên cao. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Trang bị kỹ năng thoát nạn, chữa cháy cho công nhân khu nhà trọ",
    sapo: "Công đoàn các KCN&CX Hà Nội phối hợp với lực lượng Cảnh sát phòng cháy, chữa cháy tổ chức tuyên truyền, thực hành kỹ năng thoát nạn cho công nhân đang thuê trọ quanh các khu công nghiệp.",
    category: "cong-doan",
    tags: ["Phòng cháy chữa cháy", "Nhà ở công nhân", "An toàn vệ sinh lao động"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 415,
    paragraphs: [
      "Buổi tuyên truyền được tổ chức vào buổi tối, sau giờ tan ca, để nhiều công nhân có thể tham gia. Cán bộ phòng cháy, chữa cháy hướng dẫn cách nhận biết nguy cơ cháy từ việc sạc xe điện, câu mắc điện tùy tiện và đun nấu trong phòng trọ chật hẹp.",
      "## Thực hành ngay tại khu trọ",
      "Công nhân được trực tiếp sử dụng bình chữa cháy, thực hành dùng khăn ướt che mũi miệng, di chuyển thấp người theo lối thoát nạn. Nhiều chủ nhà trọ cũng được vận động mở thêm lối thoát hiểm thứ hai, lắp chuông báo cháy và bố trí khu vực để xe riêng.",
      "Công đoàn các KCN&CX Hà Nội cho biết sẽ tiếp tục nhân rộng mô hình tại các khu trọ đông công nhân, đồng thời trao tặng bình chữa cháy, búa thoát hiểm cho những phòng trọ có hoàn cảnh khó khăn."
    ],
    coverCaption: "Công nhân thực hành sử dụng bình chữa cháy tại một khu nhà trọ gần khu công nghiệp. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Mùa hè cho con công nhân: Sân chơi, lớp kỹ năng ngay cạnh khu công nghiệp",
    sapo: "Khi con nghỉ hè, nhiều công nhân phải gửi con về quê hoặc để trẻ ở nhà một mình. Năm nay, Công đoàn các KCN&CX Hà Nội phối hợp mở các điểm sinh hoạt hè miễn phí để cha mẹ yên tâm làm việc.",
    category: "cong-doan",
    tags: ["Con công nhân", "Trẻ em", "Công đoàn KCN&CX Hà Nội"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 93,
    paragraphs: [
      "Các điểm sinh hoạt hè được bố trí tại nhà văn hóa thôn, trường học gần khu công nghiệp, mở cửa vào buổi chiều và tối các ngày trong tuần. Trẻ được tham gia đọc sách, vẽ tranh, học kỹ năng phòng tránh xâm hại và an toàn khi ở nhà một mình.",
      "Đoàn viên thanh niên tại các doanh nghiệp và sinh viên tình nguyện được huy động làm người hướng dẫn. Một số doanh nghiệp cũng hỗ trợ kinh phí mua đồ dùng, sữa và bữa phụ cho các em.",
      "> Biết con được chơi ở nơi an toàn, có người trông, chúng tôi đi làm ca chiều cũng thấy nhẹ lòng hơn.",
      "Công đoàn các KCN&CX Hà Nội cho biết sẽ tiếp tục kiến nghị địa phương quan tâm quy hoạch nhà trẻ, trường học và thiết chế văn hóa gần khu công nghiệp, bởi đây là nhu cầu lâu dài của hàng chục nghìn gia đình công nhân."
    ],
    coverCaption: "Con công nhân tham gia sinh hoạt hè tại một nhà văn hóa gần Khu công nghiệp Thăng Long. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "LĐLĐ quận Ba Đình khen thưởng con đoàn viên đạt thành tích cao trong học tập",
    sapo: "Kết thúc năm học 2024 - 2025, LĐLĐ quận Ba Đình đã tổ chức tuyên dương, khen thưởng các em học sinh là con đoàn viên đạt thành tích xuất sắc, đồng thời trao học bổng cho học sinh vượt khó học giỏi.",
    category: "cong-doan",
    tags: ["Ba Đình", "Con công nhân", "Công đoàn Thủ đô"],
    author: "Lê Minh Quang",
    hoursAgo: 285,
    paragraphs: [
      "Các em được tuyên dương đều đạt danh hiệu học sinh giỏi, nhiều em đạt giải trong các kỳ thi học sinh giỏi cấp thành phố, các cuộc thi khoa học kỹ thuật và thể thao. Bên cạnh đó là những học sinh có cha mẹ bị bệnh nặng, thu nhập bấp bênh nhưng vẫn nỗ lực vươn lên.",
      "Phát biểu tại buổi lễ, đại diện LĐLĐ quận nhấn mạnh, chăm lo cho con đoàn viên là một cách thiết thực để chia sẻ với người lao động, giúp họ yên tâm công tác, gắn bó với cơ quan, đơn vị.",
      "Kinh phí khen thưởng được trích từ nguồn tài chính Công đoàn và sự đóng góp của các Công đoàn cơ sở. LĐLĐ quận Ba Đình cho biết sẽ duy trì hoạt động này hằng năm, ưu tiên con đoàn viên có hoàn cảnh đặc biệt khó khăn."
    ],
    coverCaption: "Học sinh là con đoàn viên nhận giấy khen của LĐLĐ quận Ba Đình. Ảnh: Lê Minh Quang"
  },
  {
    title: "Công đoàn Thủ đô rút kinh nghiệm từ chương trình “Tết Sum vầy” năm 2025",
    sapo: "LĐLĐ thành phố Hà Nội vừa tổ chức sơ kết công tác chăm lo cho đoàn viên, người lao động dịp Tết Nguyên đán Ất Tỵ. Bên cạnh kết quả đạt được, nhiều ý kiến đề xuất đổi mới cách làm để các hoạt động “Tết Sum vầy” năm sau đến đúng người, đúng thời điểm hơn.",
    category: "cong-doan",
    tags: ["LĐLĐ thành phố Hà Nội", "An sinh xã hội", "Công đoàn Thủ đô"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 1175,
    paragraphs: [
      "Dịp Tết vừa qua, các cấp Công đoàn Thủ đô đã trao quà cho đoàn viên có hoàn cảnh khó khăn, tổ chức “Chợ Tết Công đoàn”, “Chuyến xe Công đoàn” đưa công nhân về quê đón Tết và thăm hỏi người lao động phải ở lại làm việc trong những ngày Tết.",
      "## Rà soát đối tượng từ sớm",
      "Tại hội nghị, nhiều Công đoàn cấp trên cơ sở cho rằng việc rà soát danh sách đoàn viên khó khăn cần bắt đầu từ quý III, tránh dồn vào cuối năm. Việc đăng ký vé xe về quê cũng nên thực hiện trực tuyến để công nhân không phải nghỉ làm đi đăng ký.",
      "> Món quà Tết có giá trị nhất là khi đến tay người lao động đúng lúc họ cần, bằng cách thuận tiện nhất.",
      "LĐLĐ thành phố đề nghị các đơn vị sớm xây dựng kế hoạch, chủ động vận động nguồn lực xã hội hóa, đồng thời tăng cường phối hợp với doanh nghiệp để mức thưởng Tết và chế độ phúc lợi được bảo đảm."
    ],
    coverCaption: "Công nhân lên “Chuyến xe Công đoàn” về quê đón Tết Nguyên đán Ất Tỵ. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "LĐLĐ quận Long Biên đưa Tháng Công nhân về tận khu nhà trọ",
    sapo: "Thay vì tổ chức tập trung tại hội trường, trong Tháng Công nhân năm nay, LĐLĐ quận Long Biên đưa nhiều hoạt động đến khu nhà trọ, nơi công nhân sinh sống sau giờ làm việc.",
    category: "cong-doan",
    tags: ["Long Biên", "Tháng Công nhân", "Nhà ở công nhân"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 615,
    paragraphs: [
      "Các buổi tối cuối tuần, sân chung của nhiều khu trọ trở nên rộn ràng với chương trình giao lưu văn nghệ, chiếu phim, trò chơi dân gian. Công nhân được tặng quà gồm gạo, dầu ăn, sữa và đồ dùng thiết yếu.",
      "Cùng với đó, cán bộ Công đoàn tổ chức tư vấn pháp luật về hợp đồng lao động, tiền lương, bảo hiểm xã hội và lắng nghe những khó khăn trong cuộc sống. Nhiều ý kiến về giá điện, nước tại phòng trọ đã được ghi nhận để phối hợp với chính quyền cơ sở giải quyết.",
      "> Đến tận nơi ở của công nhân, chúng tôi mới hiểu hết những lo toan của họ sau ca làm việc.",
      "LĐLĐ quận Long Biên cho biết sẽ duy trì mô hình “Công đoàn đến khu trọ” định kỳ hằng quý, không chỉ trong Tháng Công nhân, để tổ chức Công đoàn thực sự gần gũi với đoàn viên."
    ],
    coverCaption: "Công nhân giao lưu văn nghệ tại một khu nhà trọ trên địa bàn quận Long Biên. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "Đối thoại với công nhân: Nhiều kiến nghị về nhà ở, trường học và bữa ăn ca",
    sapo: "Trong khuôn khổ Tháng Công nhân năm 2025, hội nghị đối thoại giữa lãnh đạo thành phố Hà Nội với công nhân, lao động đã ghi nhận nhiều kiến nghị thiết thực, tập trung vào nhà ở, trường học cho con và chất lượng bữa ăn ca.",
    category: "cong-doan",
    tags: ["Tháng Công nhân", "Bữa ăn ca", "Quan hệ lao động"],
    author: "Lê Minh Quang",
    hoursAgo: 705,
    paragraphs: [
      "Công nhân đến từ nhiều khu công nghiệp đã thẳng thắn nêu những băn khoăn về giá thuê nhà trọ tăng, thiếu trường mầm non công lập gần nơi làm việc và thời gian chờ đợi khi mua nhà ở xã hội.",
      "## Trả lời cụ thể, có địa chỉ",
      "Đại diện các sở, ngành đã trả lời trực tiếp từng nhóm vấn đề, thông tin về các dự án nhà ở xã hội đang triển khai và kế hoạch bổ sung trường, lớp tại những địa bàn tập trung đông công nhân. Những kiến nghị chưa thể trả lời ngay được giao cơ quan chuyên môn nghiên cứu, phản hồi bằng văn bản.",
      "Về bữa ăn ca, LĐLĐ thành phố cho biết sẽ tiếp tục chỉ đạo Công đoàn cơ sở đưa nội dung này vào thương lượng tập thể. Các kiến nghị tại hội nghị sẽ được tổng hợp, theo dõi đến khi có kết quả giải quyết."
    ],
    coverCaption: "Công nhân nêu kiến nghị tại hội nghị đối thoại trong Tháng Công nhân năm 2025. Ảnh: Lê Minh Quang"
  },
  {
    title: "Chủ nhà trọ cam kết giữ giá, công nhân Đông Anh bớt gánh nặng chi tiêu",
    sapo: "Nhiều chủ nhà trọ ở huyện Đông Anh đã ký cam kết với tổ chức Công đoàn về việc không tăng giá phòng tùy tiện, thu tiền điện, nước theo đúng giá quy định. Mô hình giúp công nhân tiết kiệm một khoản đáng kể mỗi tháng.",
    category: "cong-doan",
    tags: ["Nhà ở công nhân", "Đông Anh", "Người lao động"],
    author: "Trần Thu Hà",
    hoursAgo: 133,
    paragraphs: [
      "Khu vực quanh các khu công nghiệp Thăng Long và Bắc Thăng Long có hàng nghìn phòng trọ cho công nhân thuê. Trước đây, không ít nơi thu tiền điện cao hơn giá bậc thang, tiền nước tính theo đầu người khiến chi phí sinh hoạt của công nhân bị đội lên.",
      "Thông qua vận động của Công đoàn và chính quyền cơ sở, các chủ trọ tham gia mô hình cam kết niêm yết giá công khai, bảo đảm điều kiện an toàn phòng cháy và tạo điều kiện để con công nhân ở cùng cha mẹ.",
      "> Mỗi tháng tiền điện nước giảm vài trăm nghìn đồng, với công nhân chúng tôi đó là khoản tiền không nhỏ.",
      "Những khu trọ thực hiện tốt được gắn biển nhận diện, giới thiệu cho đoàn viên có nhu cầu thuê. Công đoàn cũng thiết lập đường dây nóng để công nhân phản ánh khi cam kết không được thực hiện."
    ],
    coverCaption: "Biển nhận diện khu nhà trọ thực hiện cam kết với Công đoàn tại huyện Đông Anh. Ảnh: Trần Thu Hà"
  },
  {
    title: "Công đoàn ngành Giáo dục Hà Nội hướng về giáo viên mầm non ngoài công lập",
    sapo: "Đội ngũ giáo viên tại các cơ sở mầm non ngoài công lập đông về số lượng nhưng thu nhập chưa ổn định, nhiều người chưa là đoàn viên. Công đoàn ngành Giáo dục Hà Nội đang có nhiều cách làm để tiếp cận, chăm lo cho lực lượng này.",
    category: "cong-doan",
    tags: ["Giáo viên", "Phát triển đoàn viên", "Công đoàn Thủ đô"],
    author: "Phạm Thị Lan",
    hoursAgo: 347,
    paragraphs: [
      "Phần lớn giáo viên mầm non ngoài công lập là phụ nữ trẻ, làm việc từ sáng sớm đến chiều muộn, áp lực chăm sóc trẻ lớn. Không ít người chưa được ký hợp đồng lao động đầy đủ hoặc chưa tham gia bảo hiểm xã hội.",
      "## Vận động thành lập Công đoàn cơ sở",
      "Công đoàn ngành phối hợp với phòng giáo dục các quận, huyện gặp gỡ chủ cơ sở, tuyên truyền về quyền lợi của người lao động và lợi ích khi có tổ chức Công đoàn. Tại những nơi chưa đủ điều kiện thành lập, giáo viên được vận động gia nhập nghiệp đoàn hoặc Công đoàn cơ sở ghép.",
      "Các đoàn viên mới được tham gia tập huấn chuyên môn, tư vấn pháp luật và nhận hỗ trợ khi gặp khó khăn. Công đoàn ngành cũng kiến nghị có thêm chính sách hỗ trợ giáo viên mầm non ngoài công lập, nhất là ở khu vực có đông con công nhân."
    ],
    coverCaption: "Giáo viên một cơ sở mầm non ngoài công lập chăm sóc trẻ trong giờ ăn trưa. Ảnh: Phạm Thị Lan"
  },
  {
    title: "Bồi dưỡng kỹ năng thương lượng tập thể cho cán bộ Công đoàn cơ sở",
    sapo: "LĐLĐ thành phố Hà Nội tổ chức lớp bồi dưỡng kỹ năng đối thoại, thương lượng tập thể cho cán bộ Công đoàn cơ sở tại các doanh nghiệp. Học viên được thực hành trên các tình huống sát với thực tế.",
    category: "cong-doan",
    tags: ["Thỏa ước lao động tập thể", "Công đoàn cơ sở", "Quan hệ lao động"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 178,
    paragraphs: [
      "Nội dung bồi dưỡng gồm quy định của Bộ luật Lao động về thương lượng tập thể, cách thu thập ý kiến người lao động, xây dựng phương án thương lượng và xử lý khi các bên chưa đạt được thống nhất.",
      "Điểm mới của lớp học là phần đóng vai, trong đó học viên lần lượt đại diện cho Công đoàn và người sử dụng lao động. Nhờ đó, cán bộ Công đoàn hiểu hơn góc nhìn của doanh nghiệp để đưa ra đề xuất hợp lý.",
      "> Thương lượng không phải là cuộc đối đầu, mà là quá trình tìm điểm chung để cả người lao động và doanh nghiệp cùng có lợi.",
      "Nhiều học viên cho biết, sau khóa học họ tự tin hơn khi ngồi vào bàn thương lượng. LĐLĐ thành phố dự kiến tiếp tục mở các lớp tương tự tại khu công nghiệp và các địa bàn có đông doanh nghiệp."
    ],
    coverCaption: "Cán bộ Công đoàn cơ sở thực hành tình huống thương lượng tập thể tại lớp bồi dưỡng. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Tôn vinh công nhân giỏi có sáng kiến làm lợi cho doanh nghiệp",
    sapo: "Nhiều công nhân trực tiếp sản xuất được các cấp Công đoàn Thủ đô biểu dương vì có sáng kiến, cải tiến kỹ thuật giúp tăng năng suất, tiết kiệm chi phí và bảo đảm an toàn cho người lao động.",
    category: "cong-doan",
    tags: ["Thi đua", "Công đoàn Thủ đô", "Người lao động"],
    author: "Bùi Quốc Việt",
    hoursAgo: 535,
    paragraphs: [
      "Các sáng kiến được biểu dương đa dạng, từ cải tiến đồ gá giúp rút ngắn thời gian lắp ráp, thiết kế lại quy trình kiểm tra chất lượng đến giải pháp tiết kiệm điện năng trong nhà xưởng. Có sáng kiến giúp doanh nghiệp tiết kiệm hàng trăm triệu đồng mỗi năm.",
      "## Xuất phát từ chính công việc hằng ngày",
      "Điểm chung của các tác giả là gắn bó lâu năm với dây chuyền, hiểu rõ từng công đoạn nên nhận ra những điểm bất hợp lý. Công đoàn cơ sở đóng vai trò khuyến khích, giúp họ hoàn thiện hồ sơ và đề nghị doanh nghiệp khen thưởng xứng đáng.",
      "Các cấp Công đoàn Thủ đô cho biết sẽ tiếp tục đẩy mạnh phong trào “Lao động giỏi, lao động sáng tạo”, đồng thời đề nghị doanh nghiệp có cơ chế trích thưởng theo giá trị làm lợi để khích lệ người lao động."
    ],
    coverCaption: "Công nhân giới thiệu sáng kiến cải tiến đồ gá trên dây chuyền lắp ráp. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Công nhân học kỹ năng số theo phong trào “Bình dân học vụ số”",
    sapo: "Hưởng ứng phong trào “Bình dân học vụ số”, nhiều Công đoàn cơ sở tại Hà Nội đã mở lớp hướng dẫn công nhân sử dụng dịch vụ công trực tuyến, thanh toán điện tử an toàn và các ứng dụng phục vụ công việc.",
    category: "cong-doan",
    tags: ["Bình dân học vụ số", "Chuyển đổi số", "Phát triển đoàn viên"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 963,
    paragraphs: [
      "Lớp học được tổ chức ngay tại nhà ăn, phòng họp của doanh nghiệp vào giờ nghỉ hoặc cuối tuần. Công nhân được hướng dẫn cài đặt, sử dụng ứng dụng định danh điện tử, tra cứu quá trình đóng bảo hiểm xã hội và nộp hồ sơ trực tuyến.",
      "Bên cạnh đó, học viên được trang bị kiến thức nhận diện tin nhắn, cuộc gọi lừa đảo, cách bảo vệ thông tin cá nhân trên mạng xã hội. Đây là nội dung được nhiều công nhân trẻ quan tâm.",
      "> Trước đây muốn xem mình đã đóng bảo hiểm bao nhiêu tháng phải nhờ người khác, giờ tôi tự tra trên điện thoại được rồi.",
      "Thông qua các lớp học, Công đoàn cơ sở cũng giới thiệu ứng dụng của tổ chức Công đoàn, hướng dẫn đoàn viên đăng ký, nhận thông tin và các chương trình ưu đãi, qua đó góp phần thu hút thêm người lao động gia nhập Công đoàn."
    ],
    coverCaption: "Công nhân được hướng dẫn sử dụng dịch vụ công trực tuyến trên điện thoại. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Phòng vắt, trữ sữa tại doanh nghiệp: Món quà thiết thực cho lao động nữ",
    sapo: "Nhiều Công đoàn cơ sở ở Hà Nội đã vận động doanh nghiệp bố trí phòng vắt, trữ sữa cho lao động nữ đang nuôi con nhỏ. Không gian nhỏ nhưng mang lại sự yên tâm lớn cho các bà mẹ trở lại làm việc sau thời gian nghỉ thai sản.",
    category: "cong-doan",
    tags: ["Lao động nữ", "Công đoàn cơ sở", "Gia đình"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 1045,
    paragraphs: [
      "Phòng vắt, trữ sữa thường được bố trí gần khu vực sản xuất, có rèm che, ghế ngồi, bồn rửa tay và tủ lạnh riêng. Lao động nữ được sắp xếp thời gian nghỉ hợp lý trong ca để sử dụng mà không bị trừ lương.",
      "Trước khi có mô hình, nhiều chị em phải vắt sữa trong nhà vệ sinh hoặc cai sữa sớm cho con. Sau khi Công đoàn đề xuất, doanh nghiệp đã hỗ trợ kinh phí cải tạo phòng và mua sắm thiết bị.",
      "Theo các cán bộ nữ công, mô hình không đòi hỏi chi phí lớn nhưng thể hiện sự quan tâm thực chất của doanh nghiệp và Công đoàn tới lao động nữ. Các cấp Công đoàn Thủ đô đang khuyến khích nhân rộng mô hình, nhất là tại doanh nghiệp dệt may, điện tử có đông lao động nữ."
    ],
    coverCaption: "Phòng vắt, trữ sữa dành cho lao động nữ tại một doanh nghiệp điện tử ở Hà Nội. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Chống nóng trong nhà xưởng, bảo vệ sức khỏe công nhân",
    sapo: "Nắng nóng gay gắt khiến nhiệt độ trong nhiều nhà xưởng tăng cao. Các Công đoàn cơ sở đã đề nghị doanh nghiệp bổ sung thiết bị làm mát, nước uống và điều chỉnh thời gian làm việc hợp lý để bảo vệ sức khỏe người lao động.",
    category: "cong-doan",
    tags: ["Nắng nóng", "An toàn vệ sinh lao động", "Người lao động"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 37,
    paragraphs: [
      "Tại các xưởng cơ khí, đúc, ép nhựa, nhiệt độ vào buổi trưa có thể cao hơn ngoài trời vài độ. Nhiều doanh nghiệp đã lắp thêm quạt hơi nước, hệ thống phun sương trên mái và cấp nước điện giải, nước đậu xanh miễn phí cho công nhân.",
      "## Không để người lao động làm việc quá sức",
      "Công đoàn cơ sở đề nghị bố trí thêm thời gian nghỉ giải lao, luân phiên vị trí làm việc ở những khu vực có nhiệt độ cao. Với lao động làm ngoài trời như công trường xây dựng, giờ làm được dịch chuyển sớm hơn buổi sáng và tránh khung giờ nắng gắt nhất.",
      "> Chỉ một cơn say nắng cũng có thể dẫn tới tai nạn lao động; phòng ngừa lúc nào cũng rẻ hơn khắc phục.",
      "Cán bộ Công đoàn cũng khuyến cáo công nhân chủ động uống đủ nước, báo ngay cho tổ trưởng khi có dấu hiệu chóng mặt, mệt mỏi để được sơ cứu kịp thời."
    ],
    coverCaption: "Quạt hơi nước được bố trí trong một xưởng sản xuất tại Hà Nội những ngày nắng nóng. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "LĐLĐ huyện Chương Mỹ đưa tư vấn pháp luật đến doanh nghiệp",
    sapo: "Nhằm giúp người lao động nắm rõ quyền, nghĩa vụ của mình, LĐLĐ huyện Chương Mỹ đã tổ chức nhiều buổi tư vấn pháp luật lưu động tại doanh nghiệp và cụm công nghiệp trên địa bàn.",
    category: "cong-doan",
    tags: ["Chương Mỹ", "Tư vấn pháp luật", "Người lao động"],
    author: "Trần Thu Hà",
    hoursAgo: 227,
    paragraphs: [
      "Các câu hỏi được người lao động quan tâm nhiều nhất là chế độ bảo hiểm xã hội, cách tính lương làm thêm giờ, thời hạn hợp đồng lao động và quyền lợi khi nghỉ việc. Luật sư, chuyên viên pháp lý trả lời trực tiếp, đưa ra hướng xử lý cụ thể.",
      "Với những quy định mới về bảo hiểm xã hội có hiệu lực từ ngày 1/7/2025, cán bộ Công đoàn đã phát tài liệu tóm tắt, giải thích những điểm thay đổi liên quan trực tiếp đến người lao động.",
      "LĐLĐ huyện Chương Mỹ cho biết, những vụ việc phức tạp sẽ được Công đoàn theo dõi, hỗ trợ người lao động làm việc với doanh nghiệp hoặc cơ quan chức năng. Hoạt động tư vấn lưu động sẽ được tổ chức định kỳ tại các cụm công nghiệp."
    ],
    coverCaption: "Luật sư tư vấn pháp luật cho công nhân tại một doanh nghiệp ở huyện Chương Mỹ. Ảnh: Trần Thu Hà"
  },
  // ───────────────────────── Thời sự ─────────────────────────
  {
    title: "Hà Nội lấy ý kiến cử tri về phương án sắp xếp đơn vị hành chính cấp xã",
    sapo: "Các phường, xã trên địa bàn Hà Nội đồng loạt tổ chức lấy ý kiến cử tri về đề án sắp xếp đơn vị hành chính cấp xã. Người dân được cung cấp đầy đủ thông tin về tên gọi, phạm vi và trụ sở dự kiến của đơn vị mới.",
    category: "thoi-su",
    tags: ["Sắp xếp bộ máy", "Cải cách hành chính"],
    author: "Vũ Thanh Tâm",
    hoursAgo: 1135,
    paragraphs: [
      "Việc lấy ý kiến được thực hiện theo hình thức phát phiếu đến hộ gia đình, do tổ trưởng tổ dân phố, trưởng thôn phối hợp tổ chức. Trước đó, chính quyền cơ sở đã niêm yết công khai nội dung đề án tại trụ sở, nhà văn hóa và trên các nền tảng số.",
      "## Tên gọi gắn với lịch sử, văn hóa",
      "Nhiều cử tri quan tâm đến tên gọi của đơn vị hành chính mới, mong muốn giữ được những địa danh gắn với truyền thống lịch sử, văn hóa của vùng đất. Các ý kiến đóng góp được tổng hợp, báo cáo cấp có thẩm quyền xem xét.",
      "Thành phố yêu cầu các địa phương tổ chức lấy ý kiến công khai, dân chủ, đúng quy định; đồng thời làm tốt công tác tư tưởng cho cán bộ, công chức và người dân để việc sắp xếp diễn ra thuận lợi, không ảnh hưởng đến đời sống nhân dân."
    ],
    coverCaption: "Tổ trưởng tổ dân phố phát phiếu lấy ý kiến cử tri về phương án sắp xếp đơn vị hành chính. Ảnh: Vũ Thanh Tâm"
  },
  {
    title: "Hà Nội chủ động các phương án chống úng ngập trước mùa mưa bão",
    sapo: "Trước mùa mưa bão, các đơn vị thoát nước của Hà Nội đã nạo vét cống, kênh mương, kiểm tra trạm bơm và bố trí lực lượng thường trực tại các điểm có nguy cơ úng ngập.",
    category: "thoi-su",
    tags: ["Hạ tầng đô thị", "Đô thị", "Môi trường"],
    author: "Đỗ Văn Hưng",
    hoursAgo: 83,
    paragraphs: [
      "Tại khu vực nội đô, công tác nạo vét được tập trung trên các tuyến cống chính, ga thu nước và các hồ điều hòa. Nhiều tuyến mương hở được vớt rác, phát quang, bảo đảm dòng chảy thông suốt khi có mưa lớn.",
      "Các trạm bơm đầu mối được kiểm tra, bảo dưỡng máy móc, vận hành thử. Ở những điểm thường xuyên úng ngập, đơn vị thoát nước bố trí sẵn máy bơm di động, biển cảnh báo và nhân lực phân luồng giao thông.",
      "> Khi mưa lớn xảy ra, yếu tố quyết định là lực lượng có mặt kịp thời tại hiện trường để hạ mực nước nhanh nhất.",
      "Thành phố cũng đề nghị người dân không xả rác, phế thải xuống cống, ga thu nước và kịp thời thông tin cho đường dây nóng khi phát hiện điểm ùn ứ, tắc nghẽn."
    ],
    coverCaption: "Công nhân thoát nước nạo vét một tuyến cống trong khu vực nội đô Hà Nội. Ảnh: Đỗ Văn Hưng"
  },
  {
    title: "Siết chặt phòng cháy tại nhà trọ, chung cư mini quanh khu công nghiệp",
    sapo: "Lực lượng chức năng Hà Nội tăng cường kiểm tra an toàn phòng cháy, chữa cháy tại nhà trọ, chung cư mini, nhất là khu vực có đông công nhân thuê trọ. Những cơ sở chưa bảo đảm điều kiện được yêu cầu khắc phục trong thời hạn nhất định.",
    category: "thoi-su",
    tags: ["Phòng cháy chữa cháy", "Nhà ở công nhân", "An ninh trật tự"],
    author: "Bùi Quốc Việt",
    hoursAgo: 455,
    paragraphs: [
      "Qua kiểm tra, nhiều nhà trọ vẫn tồn tại tình trạng khu để xe, sạc xe điện bố trí chung với lối đi, thiếu lối thoát nạn thứ hai, hệ thống điện lắp đặt tạm bợ. Chủ cơ sở được hướng dẫn cụ thể các giải pháp khắc phục phù hợp điều kiện thực tế.",
      "## Trách nhiệm không chỉ của chủ trọ",
      "Bên cạnh yêu cầu với chủ nhà trọ, người thuê cũng được tuyên truyền không sạc xe qua đêm trong phòng, không đun nấu bằng bếp than, không để đồ dễ cháy trên lối thoát hiểm.",
      "Chính quyền cơ sở phối hợp với tổ chức Công đoàn lập danh sách nhà trọ đông công nhân để kiểm tra định kỳ, đồng thời vận động chủ trọ tham gia mô hình “Điểm chữa cháy công cộng” tại khu dân cư."
    ],
    coverCaption: "Cán bộ Cảnh sát phòng cháy, chữa cháy kiểm tra một khu nhà trọ công nhân. Ảnh: Bùi Quốc Việt"
  },
  {
    title: "Hà Nội đẩy nhanh tiến độ các dự án nhà ở xã hội",
    sapo: "Thành phố Hà Nội yêu cầu các sở, ngành, chủ đầu tư tháo gỡ vướng mắc, rút ngắn thủ tục để đẩy nhanh tiến độ các dự án nhà ở xã hội, trong đó ưu tiên những dự án phục vụ công nhân khu công nghiệp.",
    category: "thoi-su",
    tags: ["Nhà ở xã hội", "Nhà ở công nhân", "Hạ tầng đô thị"],
    author: "Lê Minh Quang",
    hoursAgo: 765,
    paragraphs: [
      "Theo đánh giá của các cơ quan chuyên môn, nhu cầu nhà ở xã hội của công nhân, người thu nhập thấp tại Thủ đô rất lớn, trong khi nguồn cung những năm qua còn hạn chế. Nhiều dự án chậm triển khai do vướng mắc về giải phóng mặt bằng, quy hoạch và thủ tục đầu tư.",
      "Thành phố yêu cầu rà soát quỹ đất 20% trong các dự án nhà ở thương mại, quỹ đất tại khu công nghiệp để bố trí nhà ở xã hội, đồng thời công khai thông tin dự án, điều kiện mua, thuê mua để người dân dễ theo dõi.",
      "> Nhà ở xã hội phải đến được với đúng đối tượng, với giá phù hợp thu nhập của người lao động.",
      "Tổ chức Công đoàn Thủ đô cho biết sẽ tiếp tục tham gia giám sát việc xét duyệt đối tượng, kiến nghị ưu tiên hình thức cho thuê để công nhân có thu nhập thấp sớm có chỗ ở ổn định."
    ],
    coverCaption: "Một dự án nhà ở xã hội đang thi công tại khu vực ngoại thành Hà Nội. Ảnh: Lê Minh Quang"
  },
  // ───────────────────────── Xã hội ─────────────────────────
  {
    title: "Phiên giao dịch việc làm thu hút đông đảo lao động trẻ",
    sapo: "Phiên giao dịch việc làm do Trung tâm Dịch vụ việc làm Hà Nội tổ chức đã thu hút nhiều doanh nghiệp tham gia tuyển dụng với hàng nghìn chỉ tiêu, tập trung vào các ngành sản xuất, dịch vụ và công nghệ.",
    category: "xa-hoi",
    tags: ["Việc làm", "Người lao động", "An sinh xã hội"],
    author: "Nguyễn Hoàng Anh",
    hoursAgo: 157,
    paragraphs: [
      "Các vị trí tuyển dụng khá đa dạng, từ công nhân lắp ráp điện tử, nhân viên bán hàng, lái xe đến kỹ thuật viên, lập trình viên. Nhiều doanh nghiệp phỏng vấn trực tiếp ngay tại phiên, một số trường hợp được hẹn nhận việc sau vài ngày.",
      "Ngoài tuyển dụng, người lao động còn được tư vấn chính sách bảo hiểm thất nghiệp, học nghề và định hướng nghề nghiệp. Học sinh, sinh viên sắp tốt nghiệp được hướng dẫn cách viết hồ sơ, chuẩn bị cho buổi phỏng vấn.",
      "Theo Trung tâm Dịch vụ việc làm Hà Nội, các phiên giao dịch được tổ chức định kỳ, kết hợp hình thức trực tuyến để người lao động ở xa có thể tham gia. Người lao động nên tìm hiểu kỹ thông tin doanh nghiệp, tránh các lời mời “việc nhẹ lương cao” trên mạng."
    ],
    coverCaption: "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch việc làm. Ảnh: Nguyễn Hoàng Anh"
  },
  {
    title: "Nhóm trẻ gần khu công nghiệp: Nỗi lo gửi con của công nhân",
    sapo: "Thiếu trường mầm non công lập gần khu công nghiệp khiến nhiều công nhân phải gửi con ở các nhóm trẻ tư thục nhỏ lẻ. Bài toán vừa an toàn, vừa phù hợp túi tiền vẫn chưa có lời giải trọn vẹn.",
    category: "xa-hoi",
    tags: ["Con công nhân", "Lao động nữ", "Trẻ em"],
    author: "Phạm Thị Lan",
    hoursAgo: 395,
    paragraphs: [
      "Quanh các khu công nghiệp ở phía Bắc Hà Nội, nhiều nhóm trẻ mở cửa từ sáng sớm đến tối muộn để phù hợp với giờ làm ca của công nhân. Học phí thấp hơn trường tư thục lớn, nhưng điều kiện cơ sở vật chất ở không ít nơi còn hạn chế.",
      "## Cần thêm trường công lập",
      "Ngành giáo dục các địa phương đã tăng cường kiểm tra, hướng dẫn các nhóm trẻ độc lập hoàn thiện điều kiện hoạt động, bồi dưỡng chuyên môn cho người trông trẻ. Tuy vậy, giải pháp căn cơ vẫn là bổ sung trường mầm non công lập tại những nơi tập trung đông công nhân.",
      "Tổ chức Công đoàn đã nhiều lần kiến nghị nội dung này tại các hội nghị đối thoại. Một số doanh nghiệp lớn cũng nghiên cứu hỗ trợ tiền gửi trẻ hằng tháng, giúp lao động nữ yên tâm làm việc."
    ],
    coverCaption: "Phụ huynh là công nhân đón con tại một nhóm trẻ gần khu công nghiệp. Ảnh: Phạm Thị Lan"
  },
  {
    title: "Chăm sóc sức khỏe người cao tuổi ngay tại cộng đồng",
    sapo: "Nhiều trạm y tế phường, xã ở Hà Nội đã triển khai khám, quản lý bệnh mạn tính cho người cao tuổi, kết hợp tư vấn dinh dưỡng và vận động. Mô hình giúp người cao tuổi không phải đi xa, giảm tải cho bệnh viện tuyến trên.",
    category: "xa-hoi",
    tags: ["Y tế", "An sinh xã hội", "Gia đình"],
    author: "Hoàng Bảo Ngọc",
    hoursAgo: 655,
    paragraphs: [
      "Người cao tuổi mắc tăng huyết áp, đái tháo đường được lập hồ sơ sức khỏe điện tử, khám định kỳ và cấp thuốc theo bảo hiểm y tế tại trạm y tế. Những trường hợp đi lại khó khăn được nhân viên y tế đến thăm khám tại nhà.",
      "> Được khám ngay gần nhà, có bác sĩ theo dõi thường xuyên, các cụ yên tâm hơn và con cháu cũng bớt lo.",
      "Các câu lạc bộ người cao tuổi cũng phối hợp tổ chức tập dưỡng sinh, nói chuyện chuyên đề về phòng té ngã, phòng đột quỵ. Ngành y tế Hà Nội cho biết sẽ tiếp tục nâng cao năng lực y tế cơ sở, đáp ứng nhu cầu chăm sóc sức khỏe của dân số đang già hóa nhanh."
    ],
    coverCaption: "Nhân viên y tế đo huyết áp cho người cao tuổi tại trạm y tế phường. Ảnh: Hoàng Bảo Ngọc"
  },
  {
    title: "Lan tỏa phong trào “Bình dân học vụ số” đến từng khu dân cư",
    sapo: "Tại nhiều tổ dân phố, thôn, xóm ở Hà Nội, các lớp hướng dẫn kỹ năng số cho người dân đã được mở ra. Người cao tuổi, người lao động tự do được trang bị kiến thức để sử dụng dịch vụ công trực tuyến và giao dịch an toàn trên môi trường mạng.",
    category: "xa-hoi",
    tags: ["Bình dân học vụ số", "Chuyển đổi số", "Đô thị"],
    author: "Lê Minh Quang",
    hoursAgo: 885,
    paragraphs: [
      "Lực lượng hướng dẫn chủ yếu là đoàn viên thanh niên, cán bộ phường, xã và tổ công nghệ số cộng đồng. Nội dung học được thiết kế ngắn gọn, thực hành ngay trên điện thoại của người học.",
      "## Học để tự làm được",
      "Sau mỗi buổi học, người dân có thể tự đăng nhập tài khoản định danh điện tử, nộp hồ sơ trực tuyến, thanh toán hóa đơn điện, nước. Nhiều người cao tuổi lần đầu biết cách gọi video cho con cháu ở xa.",
      "Các địa phương xác định phổ cập kỹ năng số là nhiệm vụ lâu dài, gắn với xây dựng chính quyền số. Những lớp học tại khu dân cư sẽ được duy trì, kết hợp tuyên truyền phòng chống lừa đảo trực tuyến."
    ],
    coverCaption: "Đoàn viên thanh niên hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến. Ảnh: Lê Minh Quang"
  }
];
