import type { z } from "zod";
import type { interviewTurnBlock } from "./schema";

/** A question (reporter, bold) or an answer ("- Label: text"), as the paper prints them. */
export function InterviewTurnBlock({ block }: { block: z.infer<typeof interviewTurnBlock> }) {
  if (block.speaker === "reporter") {
    return (
      <p className="turn turn-question" data-speaker="reporter">
        <strong>
          <span className="turn-label">{block.label}:</span> {block.text}
        </strong>
      </p>
    );
  }
  return (
    <p className="turn turn-answer" data-speaker="guest">
      - <strong className="turn-label">{block.label}:</strong> {block.text}
    </p>
  );
}
