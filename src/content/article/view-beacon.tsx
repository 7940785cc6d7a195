/**
 * The 1×1 image that counts a reader's view of an article (src/app/luot-xem/[slug]/route.ts,
 * view-counter.ts). An image, not a script: the JavaScript-free mobile edition counts too,
 * and so do pages served from any cache. Decorative, so hidden from assistive technology.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  return <img src={`/luot-xem/${slug}`} alt="" width={1} height={1} aria-hidden="true" loading="eager" decoding="async" style={{ position: "absolute", width: 1, height: 1, opacity: 0, pointerEvents: "none" }} />;
}
