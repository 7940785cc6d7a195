import { describe, expect, it } from "vitest";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { blocksToDoc, docToBlocks, normalizeBody, type DocNode } from "@/components/admin/body-editor/document";
import { bodySchemaExtensions } from "@/components/admin/body-editor/schema";
import type { BlockInput } from "@/content/blocks/schema";

/** One of each block, as the stored body holds them. */
const BODY: BlockInput[] = [
  {
    type: "paragraph",
    content: [
      { text: "Nhân dịp " },
      { text: "Tết Nguyên đán", bold: true },
      { text: ", phóng viên trao đổi với " },
      { text: "Công đoàn ngành", href: "https://example.org/cong-doan" },
      { text: " và ", italic: true },
      { text: "LĐLĐ", bold: true, italic: true, href: "/chuyen-muc/cong-doan" },
    ],
  },
  { type: "heading", level: 3, text: "Thi đua cao điểm" },
  { type: "interview-turn", speaker: "reporter", label: "Phóng viên", text: "Xin đồng chí cho biết?" },
  { type: "interview-turn", speaker: "guest", label: "Đồng chí Lê Đình Hùng", text: "Kết quả nổi bật." },
  { type: "image", mediaId: 17, caption: "Thí sinh tranh tài", credit: "Hải Nguyễn", alt: "Thợ hàn" },
  { type: "quote", text: "Trách nhiệm, trí tuệ", attribution: "Ông Hùng" },
  { type: "related-links", title: "Đọc thêm", articleIds: [4, 9] },
];

describe("the body editor's document", () => {
  it("maps every block type to a node and back unchanged", () => {
    expect(docToBlocks(blocksToDoc(BODY))).toEqual(BODY);
  });

  it("stores marks as the schema's spans and merges neighbours with the same marks", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Hà " },
            { type: "text", text: "Nội", marks: [{ type: "bold" }] },
            { type: "text", text: " mùa", marks: [{ type: "bold" }] },
            { type: "text", text: " thu", marks: [{ type: "link", attrs: { href: "/bai-viet/ha-noi" } }, { type: "underline" }] },
          ],
        },
      ],
    };
    expect(docToBlocks(doc)).toEqual([
      { type: "paragraph", content: [{ text: "Hà " }, { text: "Nội mùa", bold: true }, { text: " thu", href: "/bai-viet/ha-noi" }] },
    ]);
  });

  it("keeps placeholders of a draft in place, one block per node", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 } },
        { type: "paragraph" },
        { type: "photo", attrs: { mediaId: 0, caption: "", credit: "", alt: "", uploadId: "u1" } },
        { type: "interviewTurn", attrs: { speaker: "guest", label: "" } },
        { type: "paragraph", content: [{ type: "text", text: "Cuối." }] },
      ],
    };
    expect(docToBlocks(doc)).toEqual([
      { type: "heading", level: 2, text: "" },
      { type: "paragraph", content: [{ text: "" }] },
      { type: "image", mediaId: 0, caption: undefined, credit: undefined, alt: undefined },
      { type: "interview-turn", speaker: "guest", label: "", text: "" },
      { type: "paragraph", content: [{ text: "Cuối." }] },
    ]);
  });

  it("does not store the empty lines at the end, and gives an empty body one line to type in", () => {
    expect(blocksToDoc([])).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    // a line to type on below a last block that is not a paragraph
    expect(blocksToDoc([{ type: "image", mediaId: 3 }]).content?.map((n) => n.type)).toEqual(["photo", "paragraph"]);
    expect(blocksToDoc([{ type: "paragraph", content: [{ text: "Cuối." }] }]).content?.map((n) => n.type)).toEqual(["paragraph"]);
    expect(docToBlocks(blocksToDoc([]))).toEqual([]);
    const trailing = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Một." }] }, { type: "paragraph" }, { type: "paragraph" }] };
    expect(docToBlocks(trailing)).toEqual([{ type: "paragraph", content: [{ text: "Một." }] }]);
    expect(normalizeBody([{ type: "paragraph", content: [{ text: "" }] }])).toEqual([]);
  });

  it("never hands out an id the schema refuses, nor a node it has no block for", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "photo", attrs: { mediaId: -3 } },
        { type: "photo", attrs: { mediaId: 1.5 } },
        { type: "relatedBox", attrs: { title: "", articleIds: [3, 0, "7", 2.5, 8] } },
        { type: "horizontalRule" },
        { type: "heading", attrs: { level: 5 }, content: [{ type: "text", text: "Cấp lạ" }] },
      ],
    };
    expect(docToBlocks(doc)).toEqual([
      { type: "image", mediaId: 0, caption: undefined, credit: undefined, alt: undefined },
      { type: "image", mediaId: 0, caption: undefined, credit: undefined, alt: undefined },
      { type: "related-links", title: "Tin liên quan", articleIds: [3, 8] },
      { type: "heading", level: 2, text: "Cấp lạ" },
    ]);
  });

  it("writes no empty text nodes (ProseMirror refuses them)", () => {
    const doc = blocksToDoc([
      { type: "paragraph", content: [{ text: "" }, { text: "a", bold: true }, { text: "" }] },
      { type: "quote", text: "" },
    ]);
    expect(doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "a", marks: [{ type: "bold" }] }] },
      { type: "pullQuote", attrs: { attribution: "" } },
      { type: "paragraph" },
    ]);
  });
});

describe("the body document in the editor's schema", () => {
  const schema = getSchema(bodySchemaExtensions);

  it("accepts every mapped body as a valid document (no marks where the schema has none)", () => {
    const doc = schema.nodeFromJSON(blocksToDoc(BODY));
    expect(() => doc.check()).not.toThrow();
    expect(doc.childCount).toBe(BODY.length + 1); // and the empty line to type on after the box
    expect(docToBlocks(doc.toJSON() as DocNode)).toEqual(BODY);
  });

  it("refuses marks inside an interview turn, whose text is plain", () => {
    const marked = { type: "doc", content: [{ type: "interviewTurn", attrs: { speaker: "reporter", label: "PV" }, content: [{ type: "text", text: "Hỏi", marks: [{ type: "bold" }] }] }] };
    expect(() => schema.nodeFromJSON(marked).check()).toThrow();
  });

  it("travels through a Yjs document to another peer unchanged, ready for co-editing", () => {
    const writer = new Y.Doc();
    prosemirrorJSONToYXmlFragment(schema, blocksToDoc(BODY), writer.getXmlFragment("body"));
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(writer));
    const received = yXmlFragmentToProseMirrorRootNode(peer.getXmlFragment("body"), schema);
    expect(docToBlocks(received.toJSON() as DocNode)).toEqual(BODY);
  });
});
