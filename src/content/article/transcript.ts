/**
 * Splits a pasted interview transcript into turns, as the paper prints them:
 *   "Phóng viên: question…"            → a reporter turn
 *   "- Đồng chí Lê Đình Hùng: answer…"  → a guest turn (label kept as written)
 * Lines without a speaker continue the previous turn's text as a new paragraph, or
 * become plain paragraphs before the first turn.
 */
export interface TranscriptTurn {
  type: "interview-turn";
  speaker: "reporter" | "guest";
  label: string;
  text: string;
}
export interface TranscriptParagraph {
  type: "paragraph";
  content: { text: string }[];
}

const REPORTER = /^(phóng viên|pv|p\.v)\s*[:：]\s*/i;
const GUEST = /^[-–—•]\s*([^:：]{2,80}?)\s*[:：]\s*/;

export function parseTranscript(
  text: string,
  options: { reporterLabel?: string; guestLabel?: string } = {},
): (TranscriptTurn | TranscriptParagraph)[] {
  const reporterLabel = options.reporterLabel?.trim() || "Phóng viên";
  const blocks: (TranscriptTurn | TranscriptParagraph)[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split(/\n+/).map((l) => l.trim()).filter(Boolean);
  for (const line of lines) {
    const reporter = line.match(REPORTER);
    if (reporter) {
      blocks.push({ type: "interview-turn", speaker: "reporter", label: reporterLabel, text: line.slice(reporter[0].length).trim() });
      continue;
    }
    const guest = line.match(GUEST);
    if (guest) {
      blocks.push({
        type: "interview-turn",
        speaker: "guest",
        label: options.guestLabel?.trim() || guest[1].trim(),
        text: line.slice(guest[0].length).trim(),
      });
      continue;
    }
    blocks.push({ type: "paragraph", content: [{ text: line }] });
  }
  return blocks.filter((b) => (b.type === "paragraph" ? b.content[0].text : b.text).length > 0);
}

/**
 * Whether pasted text is an interview transcript (and should become turns rather than one
 * paragraph): at least two lines that open with a speaker, "Phóng viên: …" or "- Tên: …".
 */
export function looksLikeTranscript(text: string): boolean {
  let turns = 0;
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (REPORTER.test(line) || GUEST.test(line)) turns++;
    if (turns >= 2) return true;
  }
  return false;
}
