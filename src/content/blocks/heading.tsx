import type { z } from "zod";
import type { headingBlock } from "./schema";

export function HeadingBlock({ block }: { block: z.infer<typeof headingBlock> }) {
  return block.level === 3 ? <h3>{block.text}</h3> : <h2>{block.text}</h2>;
}
