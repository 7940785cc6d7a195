import type { z } from "zod";
import type { quoteBlock } from "./schema";

export function QuoteBlock({ block }: { block: z.infer<typeof quoteBlock> }) {
  return (
    <blockquote className="quote">
      <p>{block.text}</p>
      {block.attribution && <footer>{block.attribution}</footer>}
    </blockquote>
  );
}
