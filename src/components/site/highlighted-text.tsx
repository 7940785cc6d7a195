import { highlight } from "@/content/search/query-builder";

/** Text with the search terms marked; rendered as React text nodes, never as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((part, i) =>
        part.match ? (
          <mark key={i} className="bg-yellow-200 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
