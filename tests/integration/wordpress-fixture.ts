import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

/**
 * A small WordPress export (WXR 1.2) with everything the importer must cope with, written
 * to `dir` with its wp-content/uploads folder: Vietnamese text, a child category, a
 * percent-encoded Vietnamese slug, [caption] and <figure> photos (present, missing and
 * broken files), a featured image, an author missing from the author list, a post without
 * author or category, a slug already used on the site, bytes that are not UTF-8, control
 * characters, malformed HTML, a huge post, and items that must be skipped (trash, page,
 * revision, auto-draft).
 */
export const SITE = "http://baocu.vn";

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

interface PostSpec {
  id: number;
  title: string;
  name: string;
  status?: string;
  type?: string;
  creator?: string;
  date?: string;
  content: string;
  excerpt?: string;
  link?: string;
  categories?: [string, string][];
  tags?: [string, string][];
  meta?: Record<string, string>;
  rawContent?: string;
}

function item(p: PostSpec): string {
  const date = p.date ?? "2015-03-12 07:30:00";
  const terms = [
    ...(p.categories ?? []).map(([slug, name]) => `<category domain="category" nicename="${slug}">${cdata(name)}</category>`),
    ...(p.tags ?? []).map(([slug, name]) => `<category domain="post_tag" nicename="${slug}">${cdata(name)}</category>`),
  ].join("\n");
  const meta = Object.entries(p.meta ?? {})
    .map(([k, v]) => `<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>`)
    .join("\n");
  return `
<item>
  <title>${p.title}</title>
  <link>${p.link ?? `${SITE}/2015/03/12/${p.name}/`}</link>
  <pubDate>Thu, 12 Mar 2015 00:30:00 +0000</pubDate>
  <dc:creator>${cdata(p.creator ?? "phongvien1")}</dc:creator>
  <guid isPermaLink="false">${SITE}/?p=${p.id}</guid>
  <description></description>
  <content:encoded>${p.rawContent ?? cdata(p.content)}</content:encoded>
  <excerpt:encoded>${cdata(p.excerpt ?? "")}</excerpt:encoded>
  <wp:post_id>${p.id}</wp:post_id>
  <wp:post_date>${cdata(date)}</wp:post_date>
  <wp:post_date_gmt>${cdata(p.status === "draft" ? "0000-00-00 00:00:00" : date.replace(" 07:", " 00:"))}</wp:post_date_gmt>
  <wp:post_modified_gmt>${cdata("2015-03-13 01:00:00")}</wp:post_modified_gmt>
  <wp:comment_status>${cdata("open")}</wp:comment_status>
  <wp:post_name>${cdata(p.name)}</wp:post_name>
  <wp:status>${cdata(p.status ?? "publish")}</wp:status>
  <wp:post_parent>0</wp:post_parent>
  <wp:post_type>${cdata(p.type ?? "post")}</wp:post_type>
  ${terms}
  ${meta}
  <wp:comment>
    <wp:comment_id>1</wp:comment_id>
    <wp:comment_author>${cdata("Bạn đọc")}</wp:comment_author>
    <wp:comment_content>${cdata("<p>Bình luận <b>không</b> được nhập</p>")}</wp:comment_content>
  </wp:comment>
</item>`;
}

function attachment(id: number, file: string, caption = "", alt = ""): string {
  return `
<item>
  <title>${path.basename(file)}</title>
  <link>${SITE}/?attachment_id=${id}</link>
  <dc:creator>${cdata("phongvien1")}</dc:creator>
  <guid isPermaLink="false">${SITE}/wp-content/uploads/${file}</guid>
  <content:encoded>${cdata("")}</content:encoded>
  <excerpt:encoded>${cdata(caption)}</excerpt:encoded>
  <wp:post_id>${id}</wp:post_id>
  <wp:post_date>${cdata("2015-03-12 07:00:00")}</wp:post_date>
  <wp:post_date_gmt>${cdata("2015-03-12 00:00:00")}</wp:post_date_gmt>
  <wp:post_name>${cdata(path.basename(file, path.extname(file)))}</wp:post_name>
  <wp:status>${cdata("inherit")}</wp:status>
  <wp:post_parent>10</wp:post_parent>
  <wp:post_type>${cdata("attachment")}</wp:post_type>
  <wp:attachment_url>${cdata(`${SITE}/wp-content/uploads/${file}`)}</wp:attachment_url>
  <wp:postmeta><wp:meta_key>${cdata("_wp_attached_file")}</wp:meta_key><wp:meta_value>${cdata(file)}</wp:meta_value></wp:postmeta>
  ${alt ? `<wp:postmeta><wp:meta_key>${cdata("_wp_attachment_image_alt")}</wp:meta_key><wp:meta_value>${cdata(alt)}</wp:meta_value></wp:postmeta>` : ""}
</item>`;
}

export const POSTS = {
  classic: 10,
  gutenberg: 11,
  draftNoAuthor: 12,
  duplicateSlug: 13,
  notUtf8: 14,
  huge: 15,
  trash: 16,
  page: 17,
  future: 18,
  malformed: 19,
  encodedSlug: 20,
  private: 21,
} as const;

/** Writes export.xml (and export-truncated.xml, cut inside an item) and uploads/ into `dir`. */
export async function writeWordPressFixture(dir: string): Promise<{ file: string; truncated: string; uploads: string }> {
  const uploads = path.join(dir, "uploads");
  fs.mkdirSync(path.join(uploads, "2015", "03"), { recursive: true });
  const photo = (r: number, g: number, b: number) => sharp({ create: { width: 800, height: 600, channels: 3, background: { r, g, b } } }).jpeg().toBuffer();
  fs.writeFileSync(path.join(uploads, "2015/03/cong-nhan.jpg"), await photo(200, 40, 40));
  fs.writeFileSync(path.join(uploads, "2015/03/anh-dai-dien.jpg"), await photo(40, 120, 200));
  fs.writeFileSync(path.join(uploads, "2015/03/hong.jpg"), Buffer.from("đây không phải ảnh"));

  const huge = Array.from({ length: 650 }, (_, i) => `<p>Đoạn văn số ${i + 1} của bài rất dài về công nhân.</p>`).join("\n");
  const posts: PostSpec[] = [
    {
      id: POSTS.classic,
      title: "Công nhân Thủ đô đón Tết &amp; nhận quà",
      name: "cong-nhan-thu-do-don-tet",
      excerpt: "Hàng nghìn <b>đoàn viên</b> được hỗ trợ vé xe.",
      categories: [["doi-song", "Đời sống"]],
      tags: [["tet-sum-vay", "Tết Sum vầy"], ["doan-vien", "Đoàn viên"]],
      meta: { _thumbnail_id: "33", _yoast_wpseo_metadesc: "Mô tả SEO của bài" },
      content:
        "Sáng 12/3, <strong>Liên đoàn Lao động</strong> Thành phố trao quà.\n\n" +
        `[caption id="attachment_31" align="aligncenter" width="600"]<a href="${SITE}/wp-content/uploads/2015/03/cong-nhan.jpg"><img class="size-large wp-image-31" src="${SITE}/wp-content/uploads/2015/03/cong-nhan-600x400.jpg" alt="Công nhân nhận quà" /></a> Công nhân nhận quà Tết. Ảnh: Nguyễn Văn Hùng[/caption]\n\n` +
        `Xem thêm <a href="${SITE}/2014/01/05/bai-nam-truoc/">bài năm trước</a>.\n\n<h2>Chương trình năm nay</h2>\nĐoạn cuối.`,
    },
    {
      id: POSTS.gutenberg,
      title: "Hội nghị người lao động năm 2015",
      name: "hoi-nghi-nguoi-lao-dong",
      creator: "khach",
      categories: [["lao-%c4%91%e1%bb%99ng", "Lao động"]],
      content:
        '<!-- wp:paragraph --><p>Hội nghị diễn ra tại <em>Cung Văn hóa</em>.</p><!-- /wp:paragraph -->\n' +
        `<!-- wp:image --><figure class="wp-block-image"><img src="${SITE}/wp-content/uploads/2015/03/thieu.jpg" alt=""/><figcaption>Toàn cảnh hội nghị (Ảnh: Hải Anh)</figcaption></figure><!-- /wp:image -->\n` +
        `<figure><img src="${SITE}/wp-content/uploads/2015/03/hong.jpg"/><figcaption>Ảnh hỏng</figcaption></figure>\n` +
        '<blockquote class="wp-block-quote"><p>Người lao động là trung tâm.</p><cite>Chủ tịch LĐLĐ</cite></blockquote>',
    },
    { id: POSTS.draftNoAuthor, title: "Bản nháp chưa có tác giả", name: "", status: "draft", creator: "", content: "Nội dung nháp." },
    { id: POSTS.duplicateSlug, title: "Bài trùng đường dẫn", name: "bai-co-san", categories: [["doi-song", "Đời sống"]], content: "<p>Trùng.</p>" },
    {
      id: POSTS.notUtf8,
      title: "Bài có byte lạ",
      name: "bai-co-byte-la",
      categories: [["doi-song", "Đời sống"]],
      content: "",
      rawContent: "@@NOT_UTF8@@",
    },
    { id: POSTS.huge, title: "Bài rất dài", name: "bai-rat-dai", categories: [["doi-song", "Đời sống"]], content: `<p>${"chữ ".repeat(8000)}</p>${huge}` },
    { id: POSTS.trash, title: "Bài đã xóa", name: "bai-da-xoa", status: "trash", content: "x" },
    { id: POSTS.page, title: "Giới thiệu", name: "gioi-thieu", type: "page", content: "Trang giới thiệu", link: `${SITE}/gioi-thieu/` },
    { id: POSTS.future, title: "Bài hẹn giờ đăng", name: "bai-hen-gio", status: "future", date: "2030-01-01 07:00:00", categories: [["doi-song", "Đời sống"]], content: "<p>Sắp đăng.</p>" },
    { id: POSTS.malformed, title: "Bài HTML hỏng", name: "bai-html-hong", categories: [["doi-song", "Đời sống"]], content: "<p>Mở <b>đậm <i>nghiêng</p><div>Tiếp &bogus; </span></table> hết<script>alert(1)</script>" },
    {
      id: POSTS.encodedSlug,
      title: "Công đoàn cơ sở",
      name: "c%c3%b4ng-%c4%91o%c3%a0n-c%c6%a1-s%e1%bb%9f",
      link: `${SITE}/2015/03/12/c%c3%b4ng-%c4%91o%c3%a0n-c%c6%a1-s%e1%bb%9f/`,
      categories: [["lao-%c4%91%e1%bb%99ng", "Lao động"]],
      content: "<p>Nội dung.</p>",
    },
    { id: POSTS.private, title: "Bài riêng tư nội bộ", name: "bai-rieng-tu", status: "private", categories: [["doi-song", "Đời sống"]], content: "<p>Nội bộ.</p>" },
    { id: 90, title: "Bản sửa", name: "10-revision-v1", status: "inherit", type: "revision", content: "cũ" },
    { id: 91, title: "Tự động", name: "", status: "auto-draft", content: "" },
  ];

  const head = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Báo Cũ</title>
  <link>${SITE}</link>
  <description>Tin tức</description>
  <language>vi</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${SITE}</wp:base_site_url>
  <wp:base_blog_url>${SITE}</wp:base_blog_url>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata("phongvien1")}</wp:author_login><wp:author_email>${cdata("hoa@baocu.vn")}</wp:author_email><wp:author_display_name>${cdata("Nguyễn Thị Hoa")}</wp:author_display_name></wp:author>
  <wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>${cdata("tin-tuc")}</wp:category_nicename><wp:category_parent>${cdata("")}</wp:category_parent><wp:cat_name>${cdata("Tin tức")}</wp:cat_name></wp:category>
  <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>${cdata("doi-song")}</wp:category_nicename><wp:category_parent>${cdata("tin-tuc")}</wp:category_parent><wp:cat_name>${cdata("Đời sống")}</wp:cat_name></wp:category>
  <wp:category><wp:term_id>4</wp:term_id><wp:category_nicename>${cdata("lao-%c4%91%e1%bb%99ng")}</wp:category_nicename><wp:category_parent>${cdata("")}</wp:category_parent><wp:cat_name>${cdata("Lao động")}</wp:cat_name></wp:category>
  <wp:tag><wp:term_id>5</wp:term_id><wp:tag_slug>${cdata("tet-sum-vay")}</wp:tag_slug><wp:tag_name>${cdata("Tết Sum vầy")}</wp:tag_name></wp:tag>
`;
  const body = [
    ...posts.map(item),
    attachment(31, "2015/03/cong-nhan.jpg", "Công nhân nhận quà Tết"),
    attachment(33, "2015/03/anh-dai-dien.jpg", "Ảnh đại diện: đoàn viên", "Đoàn viên vui đón Tết"),
  ].join("\n");
  const xml = `${head}${body}\n</channel>\n</rss>\n`;
  // Bytes that are not UTF-8 (Latin-1 é, a Windows-1252 quote) and a control character.
  const [before, after] = xml.split("@@NOT_UTF8@@");
  const bytes = Buffer.concat([
    Buffer.from(before),
    Buffer.from("<![CDATA[<p>Caf"),
    Buffer.from([0xe9]),
    Buffer.from(" s\u0001\u00e1ng "),
    Buffer.from([0x93]),
    Buffer.from("Hà Nội</p>]]>"),
    Buffer.from(after),
  ]);
  const file = path.join(dir, "export.xml");
  fs.writeFileSync(file, bytes);
  // A copy cut in the middle of the Gutenberg post, as a crash or a failed download leaves it.
  const truncated = path.join(dir, "export-truncated.xml");
  const cutAt = bytes.indexOf(Buffer.from("Hội nghị diễn ra"));
  fs.writeFileSync(truncated, bytes.subarray(0, cutAt));
  return { file, truncated, uploads };
}
