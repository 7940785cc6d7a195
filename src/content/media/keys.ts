/** Media keys and variant names: pure functions shared by storage, routes and components. */
export const VARIANT_WIDTHS = [320, 480, 768, 1024, 1600] as const;

/** Keys are relative paths of [a-z0-9-] segments plus an extension; nothing else is served. */
export function isSafeKey(key: string): boolean {
  return /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*(\.[a-z0-9]+)$/.test(key) && key.length < 300;
}

/** "seed/photo.jpg" at 768 px → "seed/photo-768.webp" */
export function variantKey(key: string, width: number): string {
  return `${key.replace(/\.[a-z0-9]+$/, "")}-${width}.webp`;
}
