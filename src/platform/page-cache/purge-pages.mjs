// Calls the page-cache purge listeners of this process (registered with onPagePurge(), purge.ts)
// with `tags`, or with `null` to drop every page. A listener that throws is logged and does not
// keep the others from hearing the purge. Plain JavaScript: called by Next's cache handler
// (next-cache-handler.mjs) and by the purge bus (src/platform/shared-cache/instance.mjs), both
// loaded by Node without a compile step.
/** @param {string[] | null} tags */
export function purgePages(tags) {
  for (const listener of [.../** @type {any} */ (globalThis).__pagePurgeListeners ?? []]) {
    try {
      listener(tags);
    } catch (error) {
      console.error("[page-cache] purge listener failed:", error);
    }
  }
}
