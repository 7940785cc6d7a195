import type { FormState } from "@/newsroom/auth/guarded-action";
import type { SaveQueue } from "./save-queue";
import type { EditorArticle } from "./types";

/**
 * What an editing session holds outside React state: the version the server acknowledged, the
 * latest screen state (for code running after an await), the save queue and a workflow step
 * waiting for the next save.
 *
 * The editor is not re-mounted by its own saves: a new article's first save writes its id into
 * the page's search parameters (/admin/bai-viet/moi?bai=<id>), so the refreshes that follow
 * saves and publishes render the same page and React keeps the editor on screen. Should a new
 * editor of the same article still be mounted moments after a save (the page opened again from
 * a link while a save is in flight), it continues the session kept in this module: same queue,
 * same version, the text on screen, the last message and save time; a save still in flight
 * reports to it.
 */
export interface Ref<T> {
  current: T;
}

export interface EditorUi {
  setState: (s: FormState) => void;
  setSavedJson: (s: string) => void;
  setArticle: (f: (a: EditorArticle) => EditorArticle) => void;
  setSavedAt: (d: Date) => void;
  setSaving: (b: boolean) => void;
  setBlocked: (b: boolean) => void;
}

/** Where a save's answer goes when no editor is shown (the session keeps the version it learnt). */
const ignore = () => undefined;
export const NO_UI: EditorUi = { setState: ignore, setSavedJson: ignore, setArticle: ignore, setSavedAt: ignore, setSaving: ignore, setBlocked: ignore };

export interface EditorSession {
  latest: Ref<{ article: EditorArticle; savedJson: string }>;
  identity: Ref<{ id: number | null; version: number | null }>;
  step: Ref<{ action: (prev: FormState, form: FormData) => Promise<FormState>; extra: Record<string, string> } | null>;
  queue: Ref<SaveQueue | null>;
  /** The shown editor's state setters (taken over by each mount; null while none is shown). */
  ui: Ref<EditorUi | null>;
  /** The last message and save time shown, for a new mount. */
  shown: { state: FormState; savedAt: Date | null };
  touchedAt: number;
}

/** A session is continued by a new mount only within moments of its last save (a re-mount, not a later visit). */
const CONTINUE_MS = 15_000;
const sessions = new Map<number, EditorSession>();

export function newSession(article: EditorArticle, savedJson: string): EditorSession {
  return {
    latest: { current: { article, savedJson } },
    identity: { current: { id: article.id, version: article.version } },
    step: { current: null },
    queue: { current: null },
    ui: { current: null },
    shown: { state: {}, savedAt: null },
    touchedAt: Date.now(),
  };
}

/** The live session of article `id`, if an editor of it saved moments ago (or is saving). */
export function continuedSession(id: number | null): EditorSession | null {
  const session = id === null ? undefined : sessions.get(id);
  if (!session) return null;
  return session.queue.current?.busy || Date.now() - session.touchedAt < CONTINUE_MS ? session : null;
}

/** Records that `session` edits article `id` now (after each acknowledged save). */
export function touchSession(id: number, session: EditorSession): void {
  session.touchedAt = Date.now();
  sessions.set(id, session);
}
