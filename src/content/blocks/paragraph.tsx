import type { z } from "zod";
import { linkKind } from "@/content/routing/links";
import type { Inline, paragraphBlock } from "./schema";

function Span({ span }: { span: Inline }) {
  let node: React.ReactNode = span.text;
  if (span.italic) node = <em>{node}</em>;
  if (span.bold) node = <strong>{node}</strong>;
  // The schema already refuses unsafe links; checked again here so nothing else can slip one in.
  const kind = span.href ? linkKind(span.href) : null;
  if (span.href && kind) {
    node = (
      <a href={span.href} rel={kind === "external" ? "noopener nofollow" : undefined}>
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
