import type { z } from "zod";
import type { Inline, paragraphBlock } from "./schema";

function Span({ span }: { span: Inline }) {
  let node: React.ReactNode = span.text;
  if (span.italic) node = <em>{node}</em>;
  if (span.bold) node = <strong>{node}</strong>;
  if (span.href) {
    const external = /^https?:/i.test(span.href);
    node = (
      <a href={span.href} rel={external ? "noopener nofollow" : undefined}>
        {node}
      </a>
    );
  }
  return node;
}

export function ParagraphBlock({ block }: { block: z.infer<typeof paragraphBlock> }) {
  return (
    <p>
      {block.content.map((span, i) => (
        <Span key={i} span={span} />
      ))}
    </p>
  );
}
