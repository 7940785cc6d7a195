import type { FormState } from "@/newsroom/auth/guarded-action";
import type { EditorArticle } from "./types";

/**
 * Unsaved editor text kept in the browser (localStorage), so that a reload, a crashed tab or
 * a re-mounted editor (Next re-renders the page after a publish) loses nothing typed. A backup
 * is restored only onto the version it was typed on; saving clears it.
 */
const backupKey = (id: number | null) => `toa-soan:chua-luu:${id ?? "moi"}`;
const flashKey = (id: number | null) => `toa-soan:thong-bao:${id ?? "moi"}`;
/** A re-mount follows its action within moments; an older message is not shown again. */
const FLASH_MS = 10_000;

interface Backup {
  version: number | null;
  article: EditorArticle;
}

export function keepBackup(article: EditorArticle): void {
  try {
    localStorage.setItem(backupKey(article.id), JSON.stringify({ version: article.version, article } satisfies Backup));
  } catch {
    // storage full or disabled: the leave-page warning still protects the text
  }
}

export function dropBackup(id: number | null): void {
  try {
    localStorage.removeItem(backupKey(id));
  } catch {
    // nothing to drop
  }
}

export function restoreBackup(id: number | null, version: number | null): EditorArticle | null {
  try {
    const raw = localStorage.getItem(backupKey(id));
    if (!raw) return null;
    const backup = JSON.parse(raw) as Backup;
    return backup.version === version && backup.article?.id === id ? backup.article : null;
  } catch {
    return null;
  }
}

/** A result message that must survive the editor being re-mounted (shown once). */
export function keepFlash(id: number | null, state: FormState): void {
  try {
    sessionStorage.setItem(flashKey(id), JSON.stringify({ ok: state.ok, message: state.message, at: Date.now() }));
  } catch {
    // the status line still shows the new state
  }
}

export function takeFlash(id: number | null): FormState | null {
  try {
    const raw = sessionStorage.getItem(flashKey(id));
    sessionStorage.removeItem(flashKey(id));
    const flash = raw ? (JSON.parse(raw) as FormState & { at: number }) : null;
    return flash && Date.now() - flash.at < FLASH_MS ? { ok: flash.ok, message: flash.message } : null;
  } catch {
    return null;
  }
}
