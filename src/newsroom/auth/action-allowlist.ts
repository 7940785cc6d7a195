import fs from "node:fs";
import path from "node:path";

/**
 * Only the newsroom's own server actions can be called from outside.
 *
 * Next.js keeps ONE table of server references per build (.next/server/
 * server-reference-manifest.json) and runs whichever id a POST names: in the `Next-Action`
 * header, or in the `$ACTION_ID_<id>` / `$ACTION_REF_<n>` fields of a form posted without
 * JavaScript, on any page, including the not-found page. That table holds the exports of
 * `'use server'` modules but also EVERY `'use cache'` function, exported or not: the
 * compiler hoists each one to an exported `$$RSC_SERVER_CACHE_<n>` and registers it as a
 * server reference (so that it could be handed to a Client Component). Next 16 has no
 * setting to keep them out. Left alone, anyone could run any cached read with arguments
 * of their choosing, and fill the cache with entries nobody asked for.
 *
 * So the proxy refuses, with a 404 and before Next decodes anything, every request that
 * names an action id which is not
 *  1. a server action — Next encodes the kind in the id itself: the high bit of its first
 *     byte is set for `'use cache'` functions (`extractInfoFromServerReferenceId`); and
 *  2. an export of a module in src/newsroom/actions/ (per the build's manifest), where
 *     every action is declared with `guardedAction`/`publicAction` and walked by the
 *     permission test. An inline `'use server'` function or a `'use server'` file
 *     elsewhere is therefore not callable either.
 */

export const ACTIONS_DIR = "src/newsroom/actions/";

const ID_PATTERN = /^[0-9a-f]{42}$/;

/** Answer to a refused action request (the header makes Next's client treat it as "action not found"). */
export const REFUSED_TEXT = "Không tìm thấy thao tác.";

/** True for the id of a `'use cache'` function (Next sets bit 7 of the id's first byte). */
export function isCacheFunctionId(id: string): boolean {
  return ID_PATTERN.test(id) && (parseInt(id.slice(0, 2), 16) & 0x80) !== 0;
}

interface ManifestEntry {
  filename?: unknown;
}

/** The ids that may be called: server actions exported by a module of src/newsroom/actions/. */
export function callableActionIds(manifest: unknown): Set<string> {
  const ids = new Set<string>();
  const table = (manifest as { node?: Record<string, ManifestEntry> } | null)?.node;
  if (!table || typeof table !== "object") return ids;
  for (const [id, entry] of Object.entries(table)) {
    const file = typeof entry?.filename === "string" ? entry.filename.replace(/\\/g, "/") : "";
    if (ID_PATTERN.test(id) && !isCacheFunctionId(id) && file.startsWith(ACTIONS_DIR) && !file.slice(ACTIONS_DIR.length).includes("..")) {
      ids.add(id);
    }
  }
  return ids;
}

/**
 * The action ids a form posted without JavaScript names, read the way React's
 * `decodeAction` reads them: `$ACTION_ID_<id>` field names, and for each `$ACTION_REF_<n>`
 * the JSON descriptor in `$ACTION_<n>:0`. A descriptor whose id is not a literal id (React
 * would resolve a `$…` reference to another field) yields "" so that it is refused.
 */
export function actionIdsOfForm(form: FormData): string[] {
  const ids: string[] = [];
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION_ID_")) {
      ids.push(key.slice("$ACTION_ID_".length));
    } else if (key.startsWith("$ACTION_REF_")) {
      const descriptors = form.getAll(`$ACTION_${key.slice("$ACTION_REF_".length)}:0`);
      if (descriptors.length !== 1 || typeof descriptors[0] !== "string") {
        ids.push("");
        continue;
      }
      let id: unknown;
      try {
        // JSON.parse keeps the LAST of duplicate keys, as React's reply decoder does.
        id = (JSON.parse(descriptors[0]) as { id?: unknown } | null)?.id;
      } catch {
        id = undefined;
      }
      ids.push(typeof id === "string" && ID_PATTERN.test(id) ? id : "");
    }
  }
  return ids;
}

/** The subset of a request this check reads (a NextRequest in the proxy, a Request in tests). */
export interface ActionRequest {
  method: string;
  headers: Headers;
  clone(): { formData(): Promise<FormData> };
}

/** The action ids a request names: its Next-Action header, or the fields of a multipart form post. */
export async function actionIdsOfRequest(request: ActionRequest): Promise<string[]> {
  const header = request.headers.get("next-action");
  if (header !== null) return [header];
  const type = request.headers.get("content-type") ?? "";
  // Next treats exactly these as possible no-JavaScript actions (server-action-request-meta).
  if (request.method !== "POST" || !type.startsWith("multipart/form-data")) return [];
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    // Not a form Next could read either (it decodes with the same parser), or a body
    // beyond the proxy's 10 MB copy, far above the 1 MB Next accepts for an action.
    return [];
  }
  return actionIdsOfForm(form);
}

/**
 * Builds the check the proxy runs on every request: null to let it through, or the
 * response refusing it. `callable` gives the ids that may run.
 */
export function actionAllowlist(callable: () => Set<string>) {
  return async function refuseUncallableAction(request: ActionRequest): Promise<Response | null> {
    const ids = await actionIdsOfRequest(request);
    if (ids.length === 0) return null;
    const allowed = callable();
    if (ids.every((id) => allowed.has(id))) return null;
    return new Response(REFUSED_TEXT, {
      status: 404,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "x-nextjs-action-not-found": "1",
      },
    });
  };
}

/** The manifest of the build being served (`next dev` writes its build under .next/dev). */
function manifestPath(): string {
  const dist = process.env.NODE_ENV === "development" ? path.join(".next", "dev") : ".next";
  return path.join(process.cwd(), dist, "server", "server-reference-manifest.json");
}

let loaded: { file: string; mtimeMs: number; ids: Set<string> } | null = null;
let warned = false;

/**
 * The callable ids of the build being served, read once per build (re-read when the file
 * changes, as it does under `next dev`). Without a readable manifest nothing is callable:
 * closed, not open.
 */
export function callableIdsOfThisBuild(): Set<string> {
  const file = manifestPath();
  try {
    const { mtimeMs } = fs.statSync(file);
    if (!loaded || loaded.file !== file || loaded.mtimeMs !== mtimeMs) {
      loaded = { file, mtimeMs, ids: callableActionIds(JSON.parse(fs.readFileSync(file, "utf8"))) };
    }
    return loaded.ids;
  } catch (error) {
    if (!warned) {
      warned = true;
      console.error(`[actions] cannot read ${file}; every server action is refused`, error);
    }
    return new Set();
  }
}

/** The proxy's check, against this build's manifest. */
export const refuseUncallableAction = actionAllowlist(callableIdsOfThisBuild);
