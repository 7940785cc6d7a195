/**
 * Runs once when the Next server starts. Starts the scheduled-publishing clock: every
 * 15 s it asks this server's own /admin/lich-xuat-ban route (with a per-process secret)
 * to publish what is due, because cache tags can only be invalidated from a route
 * handler or server action. Works in `npm start`; with several instances each one
 * polls, and the conditional update in publishDue() lets exactly one publish an article.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // The embedded database is this server's for its whole life, from now on — joining the
  // lock of the `npm start` that launched it (src/db/data-dir-lock.ts). Another holder: stop.
  const lock = await import("@/db/data-dir-lock");
  lock.holdEmbeddedDatabaseOrExit();
  if (process.env.NEWSROOM_SCHEDULER === "0") return;
  const state = globalThis as unknown as { __schedulerSecret?: string; __schedulerTimer?: NodeJS.Timeout };
  if (state.__schedulerTimer) return;
  state.__schedulerSecret = Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(16).padStart(2, "0")).join("");
  const every = Number(process.env.NEWSROOM_SCHEDULER_MS || 15_000);
  state.__schedulerTimer = setInterval(async () => {
    try {
      await fetch(`http://127.0.0.1:${process.env.PORT || 3000}/admin/lich-xuat-ban`, {
        method: "POST",
        headers: { "x-scheduler-secret": state.__schedulerSecret! },
      });
    } catch {
      // server not listening yet, or shutting down: next tick
    }
  }, every);
  state.__schedulerTimer.unref?.();
}
