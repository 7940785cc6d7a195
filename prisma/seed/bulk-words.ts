/**
 * Word lists for the generated archive (bulk.ts): headlines, leads and paragraphs that read
 * like a Vietnamese city newspaper, with diacritics, per category. Nothing here is news.
 */

export interface CategoryWords {
  /** Share of the generated archive (weights add up to 100). */
  weight: number;
  /** Headlines name a place or a time most of the time (not sport results). */
  local?: false;
  subjects: string[];
  /** Verb + object phrases: "đẩy mạnh tuyên truyền Luật Công đoàn". */
  actions: string[];
  /** Tags only this category uses (the first ones are used most). */
  tags: string[];
}

export const CATEGORY_WORDS: Record<string, CategoryWords> = {
  "thoi-su": {
    weight: 18,
    subjects: ["Hà Nội", "UBND Thành phố", "Thủ tướng Chính phủ", "Quốc hội", "Sở Giao thông vận tải", "Sở Xây dựng", "Bộ Nội vụ", "Hội đồng nhân dân Thành phố", "Chủ tịch UBND Thành phố", "Ban Thường vụ Thành ủy"],
    actions: ["đẩy mạnh cải cách thủ tục hành chính", "khởi công tuyến đường vành đai mới", "chỉ đạo khắc phục hậu quả mưa bão", "thông qua nghị quyết về đầu tư công", "kiểm tra tiến độ các dự án trọng điểm", "siết chặt kỷ luật, kỷ cương hành chính", "triển khai chính quyền địa phương hai cấp", "đôn đốc giải ngân vốn đầu tư công", "lấy ý kiến về quy hoạch chung Thủ đô", "khánh thành cầu vượt nút giao", "tiếp xúc cử tri trước kỳ họp", "phát động phong trào chuyển đổi số"],
    tags: ["Chính quyền hai cấp", "Đầu tư công", "Cải cách hành chính", "Quy hoạch Thủ đô", "Giao thông đô thị", "Kỳ họp Quốc hội", "Chuyển đổi số", "Mưa bão", "Cầu vượt", "Vành đai 4", "Tiếp xúc cử tri", "Thành ủy Hà Nội", "Đường sắt đô thị", "Phòng chống thiên tai", "Ngập úng"],
  },
  "cong-doan": {
    weight: 10,
    subjects: ["LĐLĐ Thành phố", "Công đoàn cơ sở", "Công đoàn ngành Y tế", "Công đoàn Viên chức Thành phố", "LĐLĐ quận Long Biên", "Công đoàn KCN&CX Hà Nội", "Tổng LĐLĐ Việt Nam", "Công đoàn ngành Giáo dục", "LĐLĐ huyện Đông Anh"],
    actions: ["tổ chức Tết Sum vầy cho công nhân", "trao Mái ấm Công đoàn cho đoàn viên khó khăn", "đối thoại với người lao động về tiền lương", "phát động thi đua lao động giỏi", "ký kết thỏa ước lao động tập thể", "nâng chất lượng bữa ăn ca", "tuyên truyền Luật Công đoàn năm 2024", "phát triển đoàn viên ở doanh nghiệp ngoài nhà nước", "hỗ trợ công nhân thuê nhà trọ", "khen thưởng sáng kiến cải tiến kỹ thuật", "tổ chức Đại hội Công đoàn các cấp", "chăm lo con công nhân học giỏi"],
    tags: ["Công đoàn Thủ đô", "Người lao động", "Tết Sum vầy", "Mái ấm Công đoàn", "Thỏa ước lao động tập thể", "Bữa ăn ca", "Phát triển đoàn viên", "Đại hội Công đoàn", "Thi đua", "An toàn vệ sinh lao động", "Nhà ở công nhân", "Tiền lương", "Sáng kiến", "Quan hệ lao động"],
  },
  "kinh-te": {
    weight: 9,
    subjects: ["Doanh nghiệp Thủ đô", "Hiệp hội Doanh nghiệp nhỏ và vừa", "Sở Công Thương", "Các chuỗi siêu thị", "Nông dân ngoại thành", "Làng nghề Bát Tràng", "Các khu công nghiệp", "Nhà đầu tư nước ngoài"],
    actions: ["kích cầu tiêu dùng dịp cuối năm", "mở rộng xuất khẩu nông sản", "đẩy mạnh thương mại điện tử", "bình ổn giá hàng Tết", "thu hút vốn đầu tư trực tiếp nước ngoài", "tháo gỡ khó khăn về mặt bằng sản xuất", "phát triển sản phẩm OCOP", "ứng dụng công nghệ vào sản xuất", "tìm đầu ra cho hàng Việt", "giữ chân lao động sau Tết"],
    tags: ["Doanh nghiệp", "Xuất khẩu", "Thương mại điện tử", "Bình ổn giá", "Hàng Việt", "OCOP", "Đầu tư nước ngoài", "Làng nghề", "Khu công nghiệp", "Tiêu dùng", "Kinh tế tư nhân", "Khởi nghiệp"],
  },
  "tai-chinh": {
    weight: 9,
    subjects: ["Bộ Tài chính", "Ngân hàng Nhà nước", "Cục Thuế Hà Nội", "Các ngân hàng thương mại", "Thị trường chứng khoán", "Kho bạc Nhà nước", "Giá vàng trong nước"],
    actions: ["đề xuất giảm thuế giá trị gia tăng", "hạ lãi suất cho vay mua nhà", "hoàn thuế cho doanh nghiệp xuất khẩu", "siết quản lý hóa đơn điện tử", "điều chỉnh lệ phí trước bạ", "tăng trưởng tín dụng cuối năm", "thanh tra hoạt động phát hành trái phiếu", "biến động mạnh trong phiên cuối tuần", "triển khai thu thuế hộ kinh doanh theo doanh thu", "công bố tỷ giá trung tâm"],
    tags: ["Thuế - phí", "Lãi suất", "Chứng khoán", "Giá vàng", "Trái phiếu doanh nghiệp", "Hóa đơn điện tử", "Tín dụng", "Tỷ giá", "Lệ phí trước bạ", "Ngân hàng", "Hộ kinh doanh", "Ngân sách"],
  },
  "xa-hoi": {
    weight: 10,
    subjects: ["Người dân Thủ đô", "Bệnh viện Bạch Mai", "Sở Y tế", "Các phường nội thành", "Bảo hiểm xã hội Hà Nội", "Tình nguyện viên", "Người cao tuổi", "Công an phường"],
    actions: ["tiêm vắc xin phòng cúm mùa", "chăm lo hộ nghèo dịp Tết", "cải tạo chung cư cũ", "mở rộng bảo hiểm y tế hộ gia đình", "chỉnh trang vỉa hè, lòng đường", "khám bệnh miễn phí cho người già", "lắp camera giám sát an ninh trật tự", "hiến máu cứu người", "giải quyết chế độ hưu trí", "xây dựng nếp sống văn minh đô thị"],
    tags: ["Y tế", "An sinh xã hội", "Bảo hiểm y tế", "Bảo hiểm xã hội", "Chung cư cũ", "Trật tự đô thị", "Hiến máu", "Người cao tuổi", "Vắc xin", "Hộ nghèo", "Nếp sống văn minh", "Dịch bệnh"],
  },
  "moi-truong": {
    weight: 6,
    subjects: ["Hà Nội", "Sở Tài nguyên và Môi trường", "Các đơn vị vệ sinh môi trường", "Người dân ven sông Tô Lịch", "Chuyên gia môi trường", "Các trường học"],
    actions: ["xử lý điểm nóng ô nhiễm không khí", "phân loại rác thải tại nguồn", "hồi sinh sông Tô Lịch", "trồng thêm cây xanh đô thị", "xử phạt đổ trộm phế thải xây dựng", "giảm rác thải nhựa dùng một lần", "quan trắc chất lượng nước hồ", "chuyển đổi xe buýt chạy điện"],
    tags: ["Môi trường", "Ô nhiễm không khí", "Rác thải nhựa", "Sông Tô Lịch", "Cây xanh", "Chất thải rắn", "Phế thải xây dựng", "Xe điện", "Biến đổi khí hậu", "Phân loại rác"],
  },
  "van-hoa": {
    weight: 8,
    subjects: ["Nhà hát Lớn Hà Nội", "Bảo tàng Hà Nội", "Các nghệ sĩ trẻ", "Phố đi bộ Hồ Gươm", "Hoàng thành Thăng Long", "Làng cổ Đường Lâm", "Các đoàn chèo", "Du khách quốc tế"],
    actions: ["khai mạc lễ hội mùa thu", "đưa di sản đến gần công chúng", "trình diễn áo dài truyền thống", "phục dựng nghi lễ cổ truyền", "mở tour đêm khám phá phố cổ", "ra mắt liên hoan phim ngắn", "tôn vinh nghệ nhân làng nghề", "đón lượng khách kỷ lục dịp nghỉ lễ"],
    tags: ["Di sản", "Lễ hội", "Du lịch", "Áo dài", "Phố cổ", "Nghệ thuật truyền thống", "Chèo", "Điện ảnh", "Âm nhạc", "Bảo tàng", "Văn hóa đọc", "Ẩm thực Hà Nội"],
  },
  "giao-duc": {
    weight: 8,
    subjects: ["Sở Giáo dục và Đào tạo", "Học sinh Thủ đô", "Các trường đại học", "Giáo viên mầm non", "Phụ huynh", "Bộ Giáo dục và Đào tạo", "Các trường THPT công lập"],
    actions: ["công bố điểm chuẩn vào lớp 10", "tuyển sinh đại học theo phương thức mới", "giảm áp lực thi cử", "giành huy chương Olympic quốc tế", "xây thêm trường học ở vùng ven", "dạy học ngoại ngữ với giáo viên bản ngữ", "quản lý dạy thêm, học thêm", "chuẩn bị cho năm học mới"],
    tags: ["Tuyển sinh", "Thi tốt nghiệp THPT", "Lớp 10", "Đại học", "Học sinh giỏi", "Olympic", "Dạy thêm", "Giáo viên", "Mầm non", "Học phí", "Năm học mới", "Tiếng Anh"],
  },
  "the-thao": {
    weight: 6,
    local: false,
    subjects: ["Đoàn thể thao Việt Nam", "Các vận động viên trẻ", "Tuyển bóng chuyền nữ", "Giải chạy Marathon", "Các tay vợt", "Thể thao Hà Nội"],
    actions: ["giành huy chương vàng SEA Games", "tập huấn dài hạn ở nước ngoài", "khởi tranh mùa giải mới", "phá kỷ lục quốc gia", "chuẩn bị cho Đại hội Thể thao châu Á", "thu hút hàng nghìn người tham gia", "lọt vào bán kết giải châu Á", "đặt mục tiêu huy chương Olympic"],
    tags: ["SEA Games", "ASIAD", "Olympic", "Điền kinh", "Bóng chuyền", "Quần vợt", "Marathon", "Bơi lội", "Cầu lông", "Thể thao quần chúng", "Kỷ lục quốc gia"],
  },
  "bong-da": {
    weight: 8,
    local: false,
    subjects: ["Đội tuyển Việt Nam", "Câu lạc bộ Hà Nội", "U23 Việt Nam", "Đội tuyển nữ Việt Nam", "Huấn luyện viên trưởng", "Các cầu thủ Việt kiều", "V-League"],
    actions: ["thắng đậm ở vòng loại World Cup", "công bố danh sách tập trung", "chia điểm trên sân khách", "lên ngôi vô địch AFF Cup", "chiêu mộ tân binh chất lượng", "vượt qua vòng bảng giải châu Á", "nhận án phạt từ Ban kỷ luật", "khép lại lượt đi đầy kịch tính"],
    tags: ["Đội tuyển Việt Nam", "V-League", "U23 Việt Nam", "AFF Cup", "Vòng loại World Cup", "Bóng đá nữ", "Câu lạc bộ Hà Nội", "Chuyển nhượng", "Ngoại hạng Anh", "Bóng đá châu Âu", "Sân Mỹ Đình"],
  },
  "phap-luat": {
    weight: 8,
    subjects: ["Công an Thành phố", "Tòa án nhân dân Hà Nội", "Viện Kiểm sát", "Cảnh sát giao thông", "Quản lý thị trường", "Thanh tra xây dựng"],
    actions: ["triệt phá đường dây lừa đảo qua mạng", "xét xử vụ án tham nhũng", "xử lý vi phạm nồng độ cồn", "thu giữ hàng giả, hàng nhái", "cưỡng chế công trình xây dựng trái phép", "khởi tố nhóm cho vay nặng lãi", "cảnh báo thủ đoạn giả danh cơ quan chức năng", "truy bắt đối tượng trộm cắp tài sản"],
    tags: ["Lừa đảo qua mạng", "Nồng độ cồn", "Hàng giả", "Tham nhũng", "Xây dựng trái phép", "Tín dụng đen", "An ninh trật tự", "Xét xử", "Ma túy", "Trộm cắp tài sản", "Bạn đọc", "An toàn giao thông"],
  },
};

/** Places (each is also a tag): quận, huyện and provinces. */
export const PLACES = [
  "Hoàn Kiếm", "Ba Đình", "Đống Đa", "Hai Bà Trưng", "Cầu Giấy", "Thanh Xuân", "Tây Hồ", "Long Biên", "Hoàng Mai",
  "Hà Đông", "Nam Từ Liêm", "Bắc Từ Liêm", "Đông Anh", "Gia Lâm", "Sóc Sơn", "Mê Linh", "Thanh Trì", "Chương Mỹ",
  "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức", "Quốc Oai", "Thạch Thất", "Phúc Thọ", "Đan Phượng", "Hoài Đức",
  "Ba Vì", "Sơn Tây", "Thanh Oai", "Hải Phòng", "Đà Nẵng", "Huế", "Cần Thơ", "TP Hồ Chí Minh", "Quảng Ninh",
  "Bắc Ninh", "Hưng Yên", "Nghệ An", "Thanh Hóa", "Lào Cai", "Lâm Đồng", "Khánh Hòa", "Đồng Nai", "Bình Dương",
  "Thái Nguyên", "Ninh Bình", "Nam Định", "Phú Thọ", "Vĩnh Phúc", "Hà Giang", "Sơn La", "Điện Biên", "Quảng Nam",
  "Bình Định", "Gia Lai", "Đắk Lắk", "An Giang", "Kiên Giang", "Cà Mau",
];

/** Tags any category may use. */
export const GENERAL_TAGS = [
  "Hà Nội", "Thủ đô", "Chính sách mới", "Tết Nguyên đán", "Mùa hè", "Cuối năm", "Đời sống", "Người trẻ", "Phụ nữ",
  "Trẻ em", "Nông thôn mới", "Công nghệ", "Trí tuệ nhân tạo", "Mạng xã hội", "Kinh tế số", "Văn minh đô thị",
  "Gương sáng", "Phóng sự", "Góc nhìn", "Cảnh báo", "Thời tiết", "Nắng nóng", "Rét đậm", "Ngày Quốc khánh 2/9",
  "Ngày Giải phóng Thủ đô", "Năm 2025", "Năm 2026", "Kỷ niệm", "Hội nghị", "Tổng kết",
];

/** Rare on purpose: search benchmarks look for a word almost no story has. */
export const RARE_PHRASE = "khinh khí cầu";

export const CONNECTORS = ["tại", "ở", "trên địa bàn"];
export const TIME_PHRASES = ["trong năm nay", "dịp cuối năm", "trước mùa mưa bão", "trong quý tới", "ngay từ đầu năm", "sau kỳ nghỉ lễ", "trong tháng này", ""];

/** Sentence templates; {s} subject, {a} action, {p} place, {t} a tag's words, {n} a number. */
export const SENTENCES = [
  "Theo kế hoạch, {s} sẽ {a}, hoàn thành trước cuối quý.",
  "Ghi nhận tại {p}, nhiều người dân bày tỏ sự đồng tình với chủ trương {a}.",
  "Trao đổi với phóng viên, đại diện {s} cho biết đơn vị đã chuẩn bị kỹ lưỡng để {a}.",
  "Trong {n} tháng qua, {s} đã phối hợp với các sở, ngành liên quan để {a}.",
  "Nhiều ý kiến cho rằng việc {a} cần được thực hiện đồng bộ, tránh hình thức.",
  "Đến nay đã có hơn {n} nghìn lượt người hưởng lợi, nhiều nhất là trong lĩnh vực {t}.",
  "Các chuyên gia khuyến nghị cần có lộ trình rõ ràng, minh bạch thông tin để người dân yên tâm.",
  "Lãnh đạo {s} đề nghị các đơn vị tiếp tục rà soát, kịp thời tháo gỡ vướng mắc phát sinh ở {p}.",
  "Kết quả bước đầu cho thấy hướng đi đúng, góp phần nâng cao đời sống vật chất và tinh thần của người dân Thủ đô.",
  "Tuy nhiên, quá trình triển khai vẫn còn một số khó khăn về nguồn lực, mặt bằng và cơ chế phối hợp.",
  "Dự kiến trong thời gian tới, {s} sẽ nhân rộng mô hình này ra {n} địa phương khác.",
  "Theo số liệu thống kê, tỷ lệ hài lòng của người dân đạt trên {n}%, tăng so với cùng kỳ năm trước.",
  "Câu chuyện ở {p} cho thấy khi chính quyền và người dân cùng vào cuộc, việc khó mấy cũng làm được.",
  "Ông Nguyễn Văn Thành, một người dân ở {p}, chia sẻ: “Chúng tôi mong chủ trương này sớm đi vào cuộc sống”.",
  "Bên cạnh đó, công tác kiểm tra, giám sát cũng được tăng cường nhằm phát hiện và xử lý kịp thời các sai phạm.",
];

export const HEADINGS = ["Nhiều chuyển biến tích cực", "Còn không ít khó khăn", "Cần giải pháp đồng bộ", "Kỳ vọng từ cơ sở", "Lan tỏa mô hình hay", "Người dân hưởng lợi"];

export const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ"];
export const MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Thu", "Thanh", "Hữu", "Đức", "Ngọc", "Quang", "Hồng", "Xuân", "Kim", "Bảo", "Hải", "Gia"];
export const GIVEN_NAMES = ["Anh", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Diệp", "Châu", "Đạt"];
