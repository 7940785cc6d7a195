import type { z } from "zod";
import type { MediaView } from "@/content/article/queries";
import { ResponsiveImage } from "@/content/media/responsive-image";
import type { imageBlock } from "./schema";

/** A photo with its caption and credit for this use (library values as defaults). */
export function ImageBlock({ block, media }: { block: z.infer<typeof imageBlock>; media?: MediaView }) {
  if (!media) return null;
  const caption = block.caption ?? media.caption;
  const credit = block.credit ?? media.credit;
  return (
    <figure className="figure">
      <ResponsiveImage media={media} alt={block.alt || media.alt} />
      {(caption || credit) && (
        <figcaption>
          {caption}
          {credit && <span className="credit"> (Ảnh: {credit})</span>}
        </figcaption>
      )}
    </figure>
  );
}
