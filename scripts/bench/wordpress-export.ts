// Writes a generated WordPress export (WXR 1.2) to time `npm run import:wordpress` at scale:
//   npx tsx scripts/bench/wordpress-export.ts [--posts 20000] [--out /tmp/wp-bench] [--images 40]
// then, on a fresh embedded database:
//   PGLITE_DATA_DIR=/tmp/wp-bench/pglite MEDIA_DIR=/tmp/wp-bench/media \
//     npm run import:wordpress -- /tmp/wp-bench/export.xml --uploads /tmp/wp-bench/uploads
// Posts are Vietnamese, of mixed shapes (classic text with [caption] photos, Gutenberg blocks
// with figures, lists, quotes), in 24 categories (with parents), 300 tags and 40 authors;
// about a third have a featured image. The file is streamed out, never held in memory.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";

const { values } = parseArgs({ options: { posts: { type: "string" }, out: { type: "string" }, images: { type: "string" } } });
const POSTS = Number(values.posts ?? 20_000);
const OUT = path.resolve(values.out ?? "/tmp/wp-bench");
const IMAGES = Number(values.images ?? 40);
const SITE = "https://baocu.example.vn";

const WORDS = (
  "công nhân lao động thủ đô đoàn viên công đoàn hà nội thành phố chăm lo đời sống việc làm tiền lương " +
  "doanh nghiệp khu công nghiệp hội nghị phong trào thi đua sáng kiến an toàn vệ sinh nhà ở xã hội " +
  "người lao động tết sum vầy hỗ trợ chính sách bảo hiểm xã hội y tế giáo dục văn hóa thể thao mái ấm " +
  "đại hội ban chấp hành liên đoàn quận huyện phường xã chương trình kế hoạch năm nay tháng trước"
).split(" ");
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(list: T[]) => list[Math.floor(rand() * list.length)];
const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
const sentence = () => {
  const s = words(8 + Math.floor(rand() * 14));
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
};
const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join(" ");
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

fs.mkdirSync(path.join(OUT, "uploads", "2020", "05"), { recursive: true });
const imageFiles: string[] = [];
for (let i = 0; i < IMAGES; i++) {
  const file = `2020/05/anh-${i + 1}.jpg`;
  imageFiles.push(file);
  const target = path.join(OUT, "uploads", file);
  if (!fs.existsSync(target)) {
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: (i * 37) % 255, g: (i * 91) % 255, b: (i * 53) % 255 } } })
      .jpeg({ quality: 70 })
      .toFile(target);
  }
}

const out = fs.createWriteStream(path.join(OUT, "export.xml"));
const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve())));

const categories = Array.from({ length: 24 }, (_, i) => {
  const name = `${pick(["Tin", "Đời sống", "Lao động", "Công đoàn", "Pháp luật", "Văn hóa"])} ${i + 1}`;
  return { id: 100 + i, name, slug: slug(name), parent: i >= 6 ? slug(`x`) : "" };
});
categories.forEach((c, i) => (c.parent = i >= 6 ? categories[i % 6].slug : ""));
const tags = Array.from({ length: 300 }, (_, i) => {
  const name = `${words(2)} ${i + 1}`;
  return { name, slug: slug(name) };
});
const authors = Array.from({ length: 40 }, (_, i) => ({ login: `phongvien${i + 1}`, name: `${pick(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"])} ${pick(["Thị", "Văn", "Đức", "Minh"])} ${pick(["Hoa", "Hùng", "Lan", "Tuấn", "Mai"])} ${i + 1}` }));

await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Báo mẫu</title><link>${SITE}</link><language>vi</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${SITE}</wp:base_site_url><wp:base_blog_url>${SITE}</wp:base_blog_url>
`);
for (const a of authors) {
  await write(`<wp:author><wp:author_login>${cdata(a.login)}</wp:author_login><wp:author_email>${cdata(`${a.login}@baocu.example.vn`)}</wp:author_email><wp:author_display_name>${cdata(a.name)}</wp:author_display_name></wp:author>\n`);
}
for (const c of categories) {
  await write(`<wp:category><wp:term_id>${c.id}</wp:term_id><wp:category_nicename>${cdata(c.slug)}</wp:category_nicename><wp:category_parent>${cdata(c.parent)}</wp:category_parent><wp:cat_name>${cdata(c.name)}</wp:cat_name></wp:category>\n`);
}
for (const t of tags) await write(`<wp:tag><wp:tag_slug>${cdata(t.slug)}</wp:tag_slug><wp:tag_name>${cdata(t.name)}</wp:tag_name></wp:tag>\n`);

const ATTACHMENT_BASE = 1_000_000;
const start = Date.UTC(2012, 0, 1);
for (let n = 1; n <= POSTS; n++) {
  const id = n;
  const title = `${sentence().slice(0, -1)} (${n})`;
  const name = slug(title);
  const date = new Date(start + n * 3_600_000 * 3);
  const local = new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
  const gmt = date.toISOString().slice(0, 19).replace("T", " ");
  const ymd = local.slice(0, 10).replace(/-/g, "/");
  const gutenberg = rand() < 0.5;
  const parts: string[] = [];
  const paragraphs = 4 + Math.floor(rand() * 12);
  for (let p = 0; p < paragraphs; p++) {
    const text = paragraph().replace(/(\S+ \S+)/, "<strong>$1</strong>");
    if (p === 2 && rand() < 0.4) {
      const image = pick(imageFiles);
      const caption = `${sentence()} Ảnh: ${pick(authors).name}`;
      parts.push(
        gutenberg
          ? `<!-- wp:image --><figure class="wp-block-image"><img src="${SITE}/wp-content/uploads/${image.replace(".jpg", "-1024x683.jpg")}" alt="${words(4)}"/><figcaption>${caption}</figcaption></figure><!-- /wp:image -->`
          : `[caption id="" align="aligncenter" width="1024"]<img src="${SITE}/wp-content/uploads/${image}" alt="${words(4)}" width="1024" height="683" /> ${caption}[/caption]`,
      );
    } else if (p === 4 && rand() < 0.3) parts.push(gutenberg ? `<h2>${sentence()}</h2>` : `<h3>${sentence()}</h3>`);
    else if (p === 5 && rand() < 0.2) parts.push(`<blockquote><p>${sentence()}</p><cite>${pick(authors).name}</cite></blockquote>`);
    else if (p === 6 && rand() < 0.2) parts.push(`<ul><li>${sentence()}</li><li>${sentence()}</li></ul>`);
    else parts.push(gutenberg ? `<!-- wp:paragraph --><p>${text}</p><!-- /wp:paragraph -->` : text);
  }
  const content = parts.join("\n\n");
  const category = pick(categories);
  const postTags = [pick(tags), pick(tags), pick(tags)];
  const status = rand() < 0.93 ? "publish" : pick(["draft", "pending", "private", "trash"]);
  const featured = rand() < 0.33 ? ATTACHMENT_BASE + Math.floor(rand() * IMAGES) : 0;
  await write(`<item>
<title>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>
<link>${SITE}/${ymd}/${name}/</link>
<pubDate>${date.toUTCString().replace("GMT", "+0000")}</pubDate>
<dc:creator>${cdata(pick(authors).login)}</dc:creator>
<guid isPermaLink="false">${SITE}/?p=${id}</guid>
<description></description>
<content:encoded>${cdata(content)}</content:encoded>
<excerpt:encoded>${cdata(rand() < 0.5 ? sentence() : "")}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date>${cdata(local)}</wp:post_date>
<wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
<wp:post_modified_gmt>${cdata(gmt)}</wp:post_modified_gmt>
<wp:comment_status>${cdata("open")}</wp:comment_status>
<wp:post_name>${cdata(name)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type>${cdata("post")}</wp:post_type>
<category domain="category" nicename="${category.slug}">${cdata(category.name)}</category>
${postTags.map((t) => `<category domain="post_tag" nicename="${t.slug}">${cdata(t.name)}</category>`).join("\n")}
${featured ? `<wp:postmeta><wp:meta_key>${cdata("_thumbnail_id")}</wp:meta_key><wp:meta_value>${cdata(String(featured))}</wp:meta_value></wp:postmeta>` : ""}
<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_content>${cdata(sentence())}</wp:comment_content></wp:comment>
</item>
`);
}
for (const [i, file] of imageFiles.entries()) {
  await write(`<item><title>${path.basename(file)}</title><link>${SITE}/?attachment_id=${ATTACHMENT_BASE + i}</link><dc:creator>${cdata("phongvien1")}</dc:creator><guid isPermaLink="false">${SITE}/wp-content/uploads/${file}</guid><content:encoded>${cdata("")}</content:encoded><excerpt:encoded>${cdata(sentence())}</excerpt:encoded><wp:post_id>${ATTACHMENT_BASE + i}</wp:post_id><wp:status>${cdata("inherit")}</wp:status><wp:post_type>${cdata("attachment")}</wp:post_type><wp:attachment_url>${cdata(`${SITE}/wp-content/uploads/${file}`)}</wp:attachment_url><wp:postmeta><wp:meta_key>${cdata("_wp_attached_file")}</wp:meta_key><wp:meta_value>${cdata(file)}</wp:meta_value></wp:postmeta></item>\n`);
}
await write("</channel>\n</rss>\n");
await new Promise<void>((resolve) => out.end(() => resolve()));
const size = fs.statSync(path.join(OUT, "export.xml")).size;
console.log(`${POSTS} posts, ${IMAGES} images → ${path.join(OUT, "export.xml")} (${(size / 1024 / 1024).toFixed(1)} MB), uploads in ${path.join(OUT, "uploads")}`);
