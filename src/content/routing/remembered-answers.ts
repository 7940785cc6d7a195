/**
 * Answers the proxy looks up in the database (slug-status.ts, legacy-paths.ts), kept in this
 * process's memory for `ttlMs`, at most `maxEntries` of them (at that size the map starts
 * afresh: bounded, whatever the requests). The map lives on globalThis under `name`, because
 * Next's bundled server code and the front server are separate module graphs, and because the
 * purge bus of src/platform/shared-cache/ deletes from it by that name (`__slugStatus`).
 */
type Entry<V> = { at: number; value: V };

export function rememberedAnswers<V>(name: string, { ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }) {
  const globals = globalThis as unknown as Record<string, Map<string, Entry<V>> | undefined>;
  return {
    /** The remembered answer for `key`, or `load(key)`'s, then remembered. */
    async get(key: string, load: (key: string) => Promise<V>): Promise<V> {
      const hit = globals[name]?.get(key);
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      const value = await load(key);
      const memory = (globals[name] ??= new Map());
      if (memory.size >= maxEntries) memory.clear();
      memory.set(key, { at: Date.now(), value });
      return value;
    },
    /** Forgets `key`'s answer, or every answer without one. */
    forget(key?: string): void {
      if (key) globals[name]?.delete(key);
      else globals[name]?.clear();
    },
  };
}
