import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_CONTENT_CHARS, readWxr, type WxrRecord } from "@/archive/wordpress/wxr-reader";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wxr-reader-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(xml: string | Buffer, options: Parameters<typeof readWxr>[1] = {}): Promise<WxrRecord[]> {
  const file = path.join(dir, `f-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  const records: WxrRecord[] = [];
  for await (const record of readWxr(file, options)) records.push(record);
  return records;
}

const channel = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Báo &amp; Đời</title><link>https://bao.vn</link><wp:base_site_url>https://bao.vn</wp:base_site_url>
<wp:term><wp:term_id>9</wp:term_id><wp:term_taxonomy><![CDATA[post_tag]]></wp:term_taxonomy><wp:term_slug><![CDATA[lao-dong]]></wp:term_slug><wp:term_name><![CDATA[Lao động]]></wp:term_name></wp:term>
<wp:term><wp:term_id>10</wp:term_id><wp:term_taxonomy><![CDATA[nav_menu]]></wp:term_taxonomy><wp:term_slug><![CDATA[menu]]></wp:term_slug><wp:term_name><![CDATA[Menu]]></wp:term_name></wp:term>
${items}
</channel></rss>`;

describe("WXR reader", () => {
  it("streams records across small chunks, keeping Vietnamese, terms and post meta, ignoring comments", async () => {
    const xml = channel(`<item><title>Công đoàn &#8211; tin</title><wp:post_id>5</wp:post_id><wp:post_type><![CDATA[post]]></wp:post_type>
      <content:encoded><![CDATA[<p>Người lao động</p>]]></content:encoded>
      <category domain="post_tag" nicename="lao-dong"><![CDATA[Lao động]]></category>
      <wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[12]]></wp:meta_value></wp:postmeta>
      <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content><![CDATA[Bình luận]]></wp:comment_content></wp:comment></item>`);
    const records = await read(xml, { chunkBytes: 7 });
    expect(records.map((r) => r.type)).toEqual(["term", "site", "item"]);
    expect(records[0]).toEqual({ type: "term", term: { kind: "tag", termId: "9", slug: "lao-dong", name: "Lao động", parent: "", description: "" } });
    expect(records[1]).toMatchObject({ site: { title: "Báo & Đời", baseSiteUrl: "https://bao.vn" } });
    const item = (records[2] as Extract<WxrRecord, { type: "item" }>).item;
    expect(item).toMatchObject({ title: "Công đoàn – tin", postId: "5", postType: "post", content: "<p>Người lao động</p>", meta: { _thumbnail_id: "12" }, problems: [] });
    expect(item.terms).toEqual([{ domain: "post_tag", nicename: "lao-dong", name: "Lao động" }]);
  });

  it("cuts a huge post at MAX_CONTENT_CHARS and says so, and goes on with the next post", async () => {
    const huge = "x".repeat(MAX_CONTENT_CHARS + 10_000);
    const xml = channel(`<item><title>Dài</title><wp:post_id>1</wp:post_id><content:encoded><![CDATA[${huge}]]></content:encoded></item><item><title>Ngắn</title><wp:post_id>2</wp:post_id></item>`);
    const items = (await read(xml)).filter((r): r is Extract<WxrRecord, { type: "item" }> => r.type === "item").map((r) => r.item);
    expect(items.map((i) => [i.postId, i.content.length])).toEqual([["1", MAX_CONTENT_CHARS], ["2", 0]]);
    expect(items[0].problems).toEqual(["bài quá lớn: chỉ giữ 2.000.000 ký tự đầu của nội dung"]);
  });

  it("reports a file that is not an export instead of throwing", async () => {
    expect(await read("<html><body>không phải</body></html>")).toEqual([
      { type: "problem", message: "không thấy thẻ <channel>: đây có phải tệp xuất WordPress (WXR) không?" },
      { type: "site", site: { title: "", link: "", baseSiteUrl: "", baseBlogUrl: "", wxrVersion: "" } },
    ]);
  });
});
