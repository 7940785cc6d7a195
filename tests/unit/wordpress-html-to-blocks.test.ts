import { describe, expect, it } from "vitest";
import { bodySchema } from "@/content/blocks/schema";
import { htmlToBlocks, htmlToText, splitCredit, type DraftBlock } from "@/archive/wordpress/html-to-blocks";
import { ExportTextDecoder } from "@/archive/wordpress/text-decoder";

const convert = (html: string, siteOrigins: string[] = []) => htmlToBlocks(html, { siteOrigins });
/** The blocks with image drafts given a media id, as the importer does: must pass the one schema. */
const asBody = (blocks: DraftBlock[]) =>
  blocks.map((b) => (b.type === "image" ? { type: "image", mediaId: 1, caption: b.caption, credit: b.credit, alt: b.alt } : b));

describe("WordPress HTML → blocks", () => {
  it("keeps paragraphs with bold, italic and links, in Vietnamese", () => {
    const { blocks, warnings } = convert(
      `<p>Sáng 12/3, <strong>Liên đoàn Lao động</strong> Thành phố tổ chức <em>hội nghị</em> tại <a href="https://hanoi.gov.vn/tin">trụ sở</a>.</p>\n<p>Đoạn thứ hai.</p>`,
    );
    expect(warnings).toEqual([]);
    expect(blocks).toEqual([
      {
        type: "paragraph",
        content: [
          { text: "Sáng 12/3, " },
          { text: "Liên đoàn Lao động", bold: true },
          { text: " Thành phố tổ chức " },
          { text: "hội nghị", italic: true },
          { text: " tại " },
          { text: "trụ sở", href: "https://hanoi.gov.vn/tin" },
          { text: "." },
        ],
      },
      { type: "paragraph", content: [{ text: "Đoạn thứ hai." }] },
    ]);
    expect(bodySchema.safeParse(blocks).success).toBe(true);
  });

  it("reads classic-editor text without <p>: blank lines are paragraphs, newlines breaks (wpautop)", () => {
    const { blocks } = convert("Dòng một của đoạn một\ndòng hai\n\n<b>Đoạn hai</b> tiếp theo\n\n\n");
    expect(blocks).toEqual([
      { type: "paragraph", content: [{ text: "Dòng một của đoạn một" }] },
      { type: "paragraph", content: [{ text: "dòng hai" }] },
      { type: "paragraph", content: [{ text: "Đoạn hai", bold: true }, { text: " tiếp theo" }] },
    ]);
  });

  it("keeps layout newlines of classic HTML out of the text, and ignores newlines in block-editor content", () => {
    const classic = convert("<p>Mở đầu</p>\n<table>\n<tr>\n<td>\nHà Nội\n</td>\n<td>12</td>\n</tr>\n</table>\n<ul>\n<li>Một</li>\n</ul>\nDòng\nhai");
    expect(classic.blocks).toEqual([
      { type: "paragraph", content: [{ text: "Mở đầu" }] },
      { type: "paragraph", content: [{ text: "Hà Nội | 12" }] },
      { type: "paragraph", content: [{ text: "• Một" }] },
      { type: "paragraph", content: [{ text: "Dòng" }] },
      { type: "paragraph", content: [{ text: "hai" }] },
    ]);
    const blocks = convert("<!-- wp:paragraph -->\n<p>Câu một\ncâu hai</p>\n<!-- /wp:paragraph -->").blocks;
    expect(blocks).toEqual([{ type: "paragraph", content: [{ text: "Câu một câu hai" }] }]);
  });

  it("makes headings, quotes with attribution, and lists as readable text", () => {
    const { blocks } = convert(
      `<h2>Quyền lợi người lao động</h2><h4>Chi tiết</h4><blockquote><p>Chăm lo cho đoàn viên là nhiệm vụ hàng đầu.</p><cite>Chủ tịch Lê Đình Hùng</cite></blockquote><ul><li>Một</li><li>Hai <ol><li>Hai-một</li></ol></li></ul>`,
    );
    expect(blocks).toEqual([
      { type: "heading", level: 2, text: "Quyền lợi người lao động" },
      { type: "heading", level: 3, text: "Chi tiết" },
      { type: "quote", text: "Chăm lo cho đoàn viên là nhiệm vụ hàng đầu.", attribution: "Chủ tịch Lê Đình Hùng" },
      { type: "paragraph", content: [{ text: "• Một" }] },
      { type: "paragraph", content: [{ text: "• Hai" }] },
      { type: "paragraph", content: [{ text: "  1. Hai-một" }] },
    ]);
  });

  it("turns [caption] shortcodes into photos with caption and credit", () => {
    const { blocks } = convert(
      `[caption id="attachment_31" align="aligncenter" width="600"]<a href="https://baocu.vn/wp-content/uploads/2015/03/cong-nhan.jpg"><img class="size-large wp-image-31" src="https://baocu.vn/wp-content/uploads/2015/03/cong-nhan-600x400.jpg" alt="Công nhân" /></a> Công nhân nhận quà Tết. Ảnh: Nguyễn Văn Hùng[/caption]`,
    );
    expect(blocks).toEqual([
      {
        type: "image",
        src: "https://baocu.vn/wp-content/uploads/2015/03/cong-nhan-600x400.jpg",
        attachmentId: 31,
        caption: "Công nhân nhận quà Tết.",
        credit: "Nguyễn Văn Hùng",
        alt: "Công nhân",
      },
    ]);
  });

  it("turns <figure><figcaption> into photos, credit from a <cite> or '(Ảnh: …)'", () => {
    const { blocks } = convert(
      `<figure class="wp-block-image"><img src="/wp-content/uploads/a.jpg" alt=""><figcaption>Đoàn viên dự lễ <cite>TTXVN</cite></figcaption></figure>` +
        `<figure><img src="/wp-content/uploads/b.jpg"><figcaption>Lễ mít tinh (Ảnh: Hải Anh)</figcaption></figure>`,
    );
    expect(blocks).toEqual([
      { type: "image", src: "/wp-content/uploads/a.jpg", caption: "Đoàn viên dự lễ", credit: "TTXVN" },
      { type: "image", src: "/wp-content/uploads/b.jpg", caption: "Lễ mít tinh.", credit: "Hải Anh" },
    ]);
  });

  it("expands [gallery ids] into images and drops unknown shortcodes with a warning", () => {
    const { blocks, warnings } = convert(`<p>Trước [contact-form-7 id="5" title="Liên hệ"] sau [1]</p>[gallery ids="4,5"][vc_row]<p>Trong hàng</p>[/vc_row]`);
    expect(blocks).toEqual([
      { type: "paragraph", content: [{ text: "Trước sau [1]" }] },
      { type: "image", src: "", attachmentId: 4 },
      { type: "image", src: "", attachmentId: 5 },
      { type: "paragraph", content: [{ text: "Trong hàng" }] },
    ]);
    expect(warnings).toEqual(["shortcode [contact-form-7] không chuyển được: đã bỏ"]);
  });

  it("never keeps HTML: scripts dropped, iframes become links, tables rows of text", () => {
    const { blocks, warnings } = convert(
      `<p>Xem<script>alert(1)</script> clip</p><iframe src="https://www.youtube.com/embed/abc"></iframe><table><tr><th>Năm</th><td>Số</td></tr><tr><td>2015</td><td>12</td></tr></table><div style="x">Chữ <span onclick="x()">trong</span> div</div>`,
    );
    expect(blocks).toEqual([
      { type: "paragraph", content: [{ text: "Xem clip" }] },
      { type: "paragraph", content: [{ text: "Xem video: ", italic: true }, { text: "https://www.youtube.com/embed/abc", href: "https://www.youtube.com/embed/abc" }] },
      { type: "paragraph", content: [{ text: "Năm", bold: true }, { text: " | Số" }] },
      { type: "paragraph", content: [{ text: "2015 | 12" }] },
      { type: "paragraph", content: [{ text: "Chữ trong div" }] },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/<|script|onclick/);
    expect(warnings).toContain("đã bỏ mã <script>");
    expect(warnings.some((w) => w.startsWith("bảng 2 dòng"))).toBe(true);
  });

  it("drops unsafe links but keeps their text; links to the old site become paths", () => {
    const { blocks } = convert(`<p><a href="javascript:alert(1)">bấm</a> <a href="http://baocu.vn/2015/03/12/bai-cu/">bài cũ</a> <a href="mailto:a@b.vn">thư</a></p>`, ["http://baocu.vn"]);
    expect(blocks).toEqual([{ type: "paragraph", content: [{ text: "bấm " }, { text: "bài cũ", href: "/2015/03/12/bai-cu/" }, { text: " thư" }] }]);
  });

  it("survives malformed HTML: unclosed and stray tags, bad entities", () => {
    const { blocks } = convert(`<p>Mở <b>đậm <i>nghiêng</p><p>Tiếp &amp; &nbsp;&bogus; </div></span> hết`);
    expect(bodySchema.safeParse(asBody(blocks)).success).toBe(true);
    const text = blocks.map((b) => (b.type === "paragraph" ? b.content.map((s) => s.text).join("") : "")).join("|");
    expect(text).toBe("Mở đậm nghiêng|Tiếp & &bogus; hết");
  });

  it("stays fast and shallow on pathological HTML: thousands of unclosed tags, brackets without shortcodes", () => {
    const started = performance.now();
    // (htmlparser2's own stack makes 50,000 unclosed tags take seconds: still finished, never a crash)
    const nested = convert(`<p>${"<span>chữ ".repeat(10_000)}</p>`);
    expect(nested.blocks).toHaveLength(2); // 40,000 characters of text in paragraphs of at most 20,000
    const brackets = convert(`<p>${"Ghi chú [1] ".repeat(20_000)}</p>[caption]<img src="/wp-content/uploads/a.jpg"> Chú thích[/caption]`);
    expect(brackets.blocks.at(-1)).toMatchObject({ type: "image", caption: "Chú thích" });
    expect(performance.now() - started).toBeLessThan(10_000); // ~2 s on a busy 2-core machine
  });

  it("normalises decomposed Vietnamese (NFD) to NFC and removes control characters", () => {
    const { blocks } = convert(`<p>${"Công đoàn".normalize("NFD")}\u0007 Việt Nam</p>`);
    expect(blocks).toEqual([{ type: "paragraph", content: [{ text: "Công đoàn Việt Nam" }] }]);
  });

  it("keeps huge posts within the schema: long paragraphs split, at most 500 blocks (reported)", () => {
    const word = "chữ ";
    const long = `<p>${word.repeat(12_000)}</p>`; // 48,000 characters
    const many = Array.from({ length: 600 }, (_, i) => `<p>Đoạn ${i}</p>`).join("");
    const { blocks, warnings } = convert(long + many);
    expect(blocks.length).toBe(500);
    expect(blocks[0].type === "paragraph" && blocks[0].content[0].text.length).toBeLessThanOrEqual(20_000);
    expect(bodySchema.safeParse(asBody(blocks)).success).toBe(true);
    expect(warnings.some((w) => w.includes("quá giới hạn 500"))).toBe(true);
  });

  it("makes over-long headings and quotes ordinary text instead of failing", () => {
    const { blocks, warnings } = convert(`<h2>${"Tiêu đề ".repeat(50)}</h2><blockquote>${"Trích ".repeat(400)}</blockquote>`);
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
    expect(warnings.length).toBe(2);
    expect(bodySchema.safeParse(blocks).success).toBe(true);
  });

  it("reads credits and excerpts as plain text", () => {
    expect(splitCredit("Buổi lễ. Ảnh: Minh Hà")).toEqual({ caption: "Buổi lễ.", credit: "Minh Hà" });
    expect(splitCredit("Không có tác giả")).toEqual({ caption: "Không có tác giả" });
    expect(htmlToText("<p>Tóm <b>tắt</b></p>\n<p>bài</p>")).toBe("Tóm tắt bài");
    expect(htmlToText("A &amp; B")).toBe("A & B");
  });
});

describe("export text decoder", () => {
  const decode = (chunks: Buffer[]) => {
    const decoder = new ExportTextDecoder();
    const pieces = [...chunks.flatMap((c) => decoder.push(c)), ...decoder.end()];
    return {
      text: pieces.map((p) => (typeof p === "string" ? p : p.text)).join(""),
      repairs: pieces.filter((p) => typeof p !== "string").map((p) => (p as { repair: string }).repair),
    };
  };

  it("passes UTF-8 through, even when a chunk cuts a character in two", () => {
    const bytes = Buffer.from("<a>Người lao động Thủ đô</a>");
    for (let cutAt = 1; cutAt < bytes.length; cutAt++) {
      expect(decode([bytes.subarray(0, cutAt), bytes.subarray(cutAt)])).toEqual({ text: "<a>Người lao động Thủ đô</a>", repairs: [] });
    }
  });

  it("reads stray non-UTF-8 bytes as Windows-1252 and removes XML-forbidden characters, reporting each", () => {
    const bytes = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" \u0001đ "), Buffer.from([0x93]), Buffer.from("x")]);
    expect(decode([bytes])).toEqual({ text: "Café đ \u201cx", repairs: ["encoding", "control", "encoding"] });
  });

  it("reads a file declared ISO-8859-1 with that encoding", () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), Buffer.from([0xe9]), Buffer.from("</a>")]);
    expect(decode([bytes]).text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>');
  });
});
