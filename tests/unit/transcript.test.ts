import { describe, expect, it } from "vitest";
import { looksLikeTranscript, parseTranscript } from "@/content/article/transcript";

const PASTED = `Nhân hội nghị tổng kết đợt thi đua, đồng chí Lê Đình Hùng đã trao đổi với phóng viên.

Phóng viên: Thưa Phó Chủ tịch, xin đồng chí cho biết những nội dung chính?

- Đồng chí Lê Đình Hùng: Hưởng ứng các phong trào thi đua, ngày 28/4/2023, LĐLĐ thành phố ban hành kế hoạch.
Sau 150 ngày phát động, đợt thi đua đã đạt kết quả nổi bật.

Phóng viên: Những kết quả nổi bật đó cụ thể là gì, thưa Phó Chủ tịch?
– Đồng chí Lê Đình Hùng: Kết quả thể hiện rõ nét ở 5 nội dung.`;

describe("interview transcript", () => {
  it("splits the reference page's Q&A form into turns and paragraphs", () => {
    const blocks = parseTranscript(PASTED);
    expect(blocks.map((b) => (b.type === "interview-turn" ? `${b.speaker}:${b.label}` : "p"))).toEqual([
      "p",
      "reporter:Phóng viên",
      "guest:Đồng chí Lê Đình Hùng",
      "p",
      "reporter:Phóng viên",
      "guest:Đồng chí Lê Đình Hùng",
    ]);
    expect(blocks[1]).toMatchObject({ text: "Thưa Phó Chủ tịch, xin đồng chí cho biết những nội dung chính?" });
    expect(blocks[5]).toMatchObject({ text: "Kết quả thể hiện rõ nét ở 5 nội dung." });
  });

  it("uses the labels set once in the composer", () => {
    const blocks = parseTranscript("PV: Câu hỏi?\n- Ông A: Trả lời.", { reporterLabel: "Lao động Thủ đô", guestLabel: "Ông Nguyễn Văn A" });
    expect(blocks).toEqual([
      { type: "interview-turn", speaker: "reporter", label: "Lao động Thủ đô", text: "Câu hỏi?" },
      { type: "interview-turn", speaker: "guest", label: "Ông Nguyễn Văn A", text: "Trả lời." },
    ]);
  });

  it("ignores empty lines and keeps a dash that is not a speaker", () => {
    expect(parseTranscript("\n\n- không có dấu hai chấm ở đây\n\n")).toEqual([{ type: "paragraph", content: [{ text: "- không có dấu hai chấm ở đây" }] }]);
  });

});

describe("pasted text that is a transcript", () => {
  it("is two or more lines opening with a speaker", () => {
    expect(looksLikeTranscript("Phóng viên: Câu hỏi?\n- Ông A: Trả lời.")).toBe(true);
    expect(looksLikeTranscript("PV: Hỏi một?\r\nPV: Hỏi hai?")).toBe(true);
    expect(looksLikeTranscript("Lời dẫn.\n\n  – Bà B: Một.\n• Ông C: Hai.")).toBe(true);
  });

  it("is not one turn alone, nor prose that merely mentions a reporter", () => {
    expect(looksLikeTranscript("Phóng viên: chỉ một câu hỏi.")).toBe(false);
    expect(looksLikeTranscript("Trao đổi với phóng viên: ông cho biết.\nDòng thứ hai.")).toBe(false);
    expect(looksLikeTranscript("- không có dấu hai chấm\n- cũng không có")).toBe(false);
    expect(looksLikeTranscript("")).toBe(false);
  });
});
