"use client";

import { useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import { lengthCount, type CountedField } from "@/content/article/lengths";
import { problemsOf, problemsState, publishProblems } from "@/content/article/publish-checks";
import { articleInputSchema } from "@/content/article/schema";
import { bodyText, type Body } from "@/content/blocks/schema";
import { formatTime } from "@/content/vietnamese/dates";
import { slugify } from "@/content/vietnamese/slugify";
import {
  deleteArticleAction,
  publishArticleAction,
  saveAndPublishArticleAction,
  saveAndScheduleArticleAction,
  saveAndSubmitArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "@/newsroom/actions/articles";
import type { FormState } from "@/newsroom/auth/guarded-action";
import { STATUS_LABELS, type ArticleStatus } from "@/newsroom/articles/statuses";
import { BodyEditor } from "../body-editor/body-editor";
import { normalizeBody } from "../body-editor/document";
import { RelatedPicker } from "./related-picker";
import { LivePreview } from "../live-preview/live-preview";
import { Field } from "./field";
import { ImagePicker } from "./image-picker";
import { dropBackup, keepBackup, keepFlash, restoreBackup, takeFlash } from "./local-backup";
import { ProblemList } from "./problem-list";
import { continuedSession, newSession, NO_UI, touchSession } from "./editor-session";
import { createSaveQueue } from "./save-queue";
import type { EditorArticle, EditorPermissions, MediaOption } from "./types";

const AUTOSAVE_MS = 5_000;

/** The saved shape of the editor's state (what the server action parses with the article schema). */
function payload(a: EditorArticle) {
  return {
    title: a.title,
    slug: a.slug,
    sapo: a.sapo,
    categoryId: a.categoryId === "" ? undefined : a.categoryId,
    kind: a.kind,
    tags: a.tags,
    bylines: a.bylines.filter((b) => b.name.trim()),
    coverMediaId: a.coverMediaId,
    coverCaption: a.coverCaption,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    relatedIds: a.related.map((r) => r.id),
    body: a.body,
  };
}

const payloadJson = (a: EditorArticle) => JSON.stringify(payload(a));

/** The workflow steps that need the article complete, with the action that saves and applies them at once. */
const STEPS = {
  submit: { plain: submitArticleAction, withSave: saveAndSubmitArticleAction, doing: "gửi duyệt" },
  publish: { plain: publishArticleAction, withSave: saveAndPublishArticleAction, doing: "xuất bản" },
  schedule: { plain: scheduleArticleAction, withSave: saveAndScheduleArticleAction, doing: "hẹn giờ xuất bản" },
} as const;

/** Live length under a field (see src/content/article/lengths.ts). */
function counter(field: CountedField, text: string) {
  const count = lengthCount(field, text);
  return { label: count.label, warn: !count.withinAdvice };
}

/**
 * The newsroom's article editor. Everything typed stays in this component's state: a
 * failed or refused save (validation, conflict, network) never loses it. Saves send the
 * whole state, validated on the server with the same zod schema.
 */
export function ArticleEditor({
  initial: given,
  categories,
  media: initialMedia,
  permissions,
}: {
  initial: EditorArticle;
  categories: { id: number; name: string; parentId: number | null }[];
  media: MediaOption[];
  permissions: EditorPermissions;
}) {
  // The body as the document editor hands it back (trailing empty lines are not stored), so
  // that opening an article does not by itself count as a change.
  const [initial] = useState(() => ({ ...given, body: normalizeBody(given.body) }));
  // A re-mount right after a save (see editor-session.ts) continues the session in progress.
  const [continued] = useState(() => continuedSession(initial.id));
  const [session] = useState(() => continued ?? newSession(initial, payloadJson(initial)));
  const [article, setArticle] = useState<EditorArticle>(() => (continued ? continued.latest.current.article : initial));
  // The address follows the title until the writer edits it, as long as readers have never
  // seen the article (a draft saved untitled got a placeholder address: it follows too).
  const [slugTouched, setSlugTouched] = useState(
    () => initial.id !== null && initial.slug !== slugify(initial.title) && !/^bai-viet-[a-z0-9]+$/.test(initial.slug),
  );
  const [media, setMedia] = useState(initialMedia);
  const [state, setState] = useState<FormState>(() => continued?.shown.state ?? {});
  const [pending, startTransition] = useTransition();
  const [scheduledAt, setScheduledAt] = useState("");
  const [previewing, setPreviewing] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // What the server has acknowledged, as the exact JSON that was sent. "Unsaved" is derived by
  // comparing it with what is on screen now, so text typed while a save was in flight stays
  // unsaved until a later save carries it.
  const [savedJson, setSavedJson] = useState(() => (continued ? continued.latest.current.savedJson : payloadJson(initial)));
  const currentJson = payloadJson(article);
  const dirty = currentJson !== savedJson;
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(() => continued?.shown.savedAt ?? null);
  const [blocked, setBlocked] = useState(false);

  // After a reload or a re-mount: what was typed and not saved, and the last result message.
  useEffect(() => {
    if (continued) return;
    const flash = takeFlash(initial.id);
    const restored = restoreBackup(initial.id, initial.version);
    if (restored && payloadJson(restored) !== payloadJson(initial)) {
      setArticle(restored);
      setState({ ok: true, message: "Đã khôi phục nội dung chưa lưu từ trình duyệt. Hãy bấm “Lưu bài” để lưu lên máy chủ." });
    } else if (flash) setState(flash);
    // Once, on mount: later refreshes of the page must not replace what is on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (dirty) keepBackup(article);
    else dropBackup(article.id);
  }, [dirty, article]);

  // The latest values for code that runs after an await (saves queue up behind each other).
  // These live in the session, so that a save in flight reports to whichever editor is shown.
  // Set after each commit (effects): an editor Next keeps hidden (its previous page) never
  // re-renders into them, and the moment a new editor is shown it takes them over.
  const { latest, identity, step, queue } = session;
  useLayoutEffect(() => {
    latest.current = { article, savedJson };
    session.shown = { state, savedAt };
    const ui = { setState, setSavedJson, setArticle, setSavedAt, setSaving, setBlocked };
    session.ui.current = ui;
    return () => {
      if (session.ui.current === ui) session.ui.current = null;
    };
  });

  const set = <K extends keyof EditorArticle>(key: K, value: EditorArticle[K]) => {
    setArticle((a) => {
      const next = { ...a, [key]: value };
      if (key === "title" && !slugTouched && (a.status === "DRAFT" || a.status === "IN_REVIEW")) next.slug = slugify(String(value));
      return next;
    });
  };

  /** One save (through the queue); a workflow step waiting in `step` goes with it. */
  const send = async (manual: boolean) => {
    const ui = () => session.ui.current ?? NO_UI;
    const sent = latest.current.article;
    const sentPayload = payload(sent);
    const { id, version } = identity.current;
    const carried = step.current;
    step.current = null;
    const form = new FormData();
    form.set("payload", JSON.stringify(sentPayload));
    if (id) form.set("id", String(id));
    if (version) form.set("version", String(version));
    if (!manual && !carried) form.set("autosave", "1");
    for (const [k, v] of Object.entries(carried?.extra ?? {})) form.set(k, v);
    ui().setSaving(true);
    let result: FormState = { ok: false, message: "Mất kết nối máy chủ, chưa lưu được. Nội dung vẫn còn trên màn hình; hãy thử lại." };
    try {
      result = await (carried?.action ?? saveArticleAction)({}, form);
      if (!manual && !carried && !result.ok && !result.result?.conflict) {
        ui().setState({ ...result, message: `Chưa tự động lưu được. ${result.message ?? ""}`.trim() });
        return;
      }
      ui().setState(result);
      if (carried) keepFlash(result.ok ? Number(result.result?.id) : id, result); // in case a new editor is mounted (see editor-session.ts)
      if (result.ok && result.result) {
        const saved = { id: Number(result.result.id), version: Number(result.result.version), slug: result.result.slug };
        identity.current = { id: saved.id, version: saved.version };
        touchSession(saved.id, session);
        // The server may have adjusted the slug (made unique): that adjusted state is what is saved.
        const acknowledged = JSON.stringify({ ...sentPayload, slug: saved.slug });
        latest.current.savedJson = acknowledged;
        ui().setSavedJson(acknowledged);
        const status = result.result.status;
        ui().setArticle((a) => ({ ...a, id: saved.id, version: saved.version, slug: a.slug === sentPayload.slug ? saved.slug : a.slug, ...(status ? { status } : {}) }));
        ui().setSavedAt(new Date());
        if (!id) {
          dropBackup(null);
          // The new article's id goes into THIS page's address, as a search parameter: Next then
          // refreshes the page in place after later saves, keeping this editor (its focus, the
          // caret, the undo history). Its own address, /admin/bai-viet/<id>, is another route:
          // the next refresh would mount a new editor under the writer's fingers, and what they
          // typed at that moment went nowhere.
          window.history.replaceState(null, "", `/admin/bai-viet/moi?bai=${saved.id}`);
        }
      } else if (result.result?.conflict) {
        // Someone else saved a newer version: stop autosaving; the text stays on screen.
        ui().setBlocked(true);
        queue.current?.clear();
      }
    } catch {
      ui().setState(result);
    } finally {
      ui().setSaving(false);
    }
  };
  queue.current ??= createSaveQueue(send);

  // Autosave a few seconds after the last change, from the first keystroke of a new article
  // (which the first save creates); coalesced into one revision on the server.
  useEffect(() => {
    if (!dirty || blocked) return;
    const timer = setTimeout(() => void queue.current!.request(false), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, article, blocked]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty || queue.current!.busy) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  /** Saves what is on screen (after any save in flight) and tells whether everything is saved. */
  const saveNow = async (): Promise<boolean> => {
    setBlocked(false);
    await queue.current!.request(true);
    await queue.current!.idle();
    return payloadJson(latest.current.article) === latest.current.savedJson;
  };

  // Ctrl/Cmd+S saves (and never opens the browser's "Save page"): one listener, in the capture
  // phase so that nothing on the page sees the keystroke first.
  const saveShortcut = useRef(saveNow);
  saveShortcut.current = saveNow;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        startTransition(async () => {
          await saveShortcut.current();
        });
      }
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, []);

  const unsaved = () => !identity.current.id || payloadJson(latest.current.article) !== latest.current.savedJson || queue.current!.busy;

  /**
   * "Gửi duyệt", "Xuất bản", "Hẹn giờ": first every problem readers would meet, listed at once
   * (the server checks again); then, with unsaved text, ONE request that saves and applies the
   * step (all or nothing), queued behind any save in flight; else the step alone.
   */
  const publishStep = (kind: keyof typeof STEPS, extra: Record<string, string> = {}) =>
    startTransition(async () => {
      const { plain, withSave, doing } = STEPS[kind];
      const parsed = articleInputSchema.safeParse(payload(latest.current.article));
      const problems = parsed.success
        ? // a photo not in this page's list: its library alt is unknown here, the server checks it
          publishProblems(parsed.data, (mediaId) => media.find((m) => m.id === mediaId)?.alt ?? "?")
        : parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
      if (problems.length) {
        setState(problemsState(`Chưa thể ${doing}: bài còn ${problems.length} vấn đề cần sửa.`, problems));
        return;
      }
      if (!unsaved()) return transition(plain, extra);
      setBlocked(false);
      const mine = { action: withSave, extra };
      step.current = mine;
      // Resolves once the save carrying the step has finished (or was dropped after a conflict).
      await queue.current!.request(true);
      if (step.current === mine) step.current = null;
    });

  const transition = (action: typeof publishArticleAction, extra: Record<string, string> = {}) =>
    startTransition(async () => {
      // Save-then-act: the workflow step applies to exactly the version now on screen.
      if (unsaved() && !(await saveNow())) return;
      const form = new FormData();
      form.set("id", String(identity.current.id ?? ""));
      form.set("version", String(identity.current.version ?? ""));
      for (const [k, v] of Object.entries(extra)) form.set(k, v);
      const result = await action({}, form);
      keepFlash(identity.current.id, result); // in case a new editor is mounted (see editor-session.ts)
      setState(result);
      if (result.ok && result.result?.status === "DELETED") window.location.assign("/admin/bai-viet");
      else if (result.ok && result.result) {
        identity.current = { ...identity.current, version: Number(result.result.version) };
        setArticle((a) => ({ ...a, version: Number(result.result!.version), status: result.result!.status }));
      }
    });

  const errors = state.fieldErrors ?? {};
  const problems = problemsOf(state);
  const needsSave = dirty || !article.id;
  const saveState = saving
    ? "Đang lưu…"
    : dirty || !article.id
      ? "Chưa lưu"
      : savedAt
        ? `Đã lưu lúc ${formatTime(savedAt)} · phiên bản ${article.version}`
        : `Đã lưu · phiên bản ${article.version}`;
  return (
    <div className={`grid gap-6 ${previewing ? "lg:grid-cols-[minmax(0,1fr)_minmax(22rem,42%)]" : "lg:grid-cols-[1fr_18rem]"}`}>
      <form
        className="min-w-0 space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            await saveNow();
          });
        }}
        aria-label="Soạn bài"
        data-hydrated={hydrated ? "true" : undefined}
      >
        {state.message && (
          <p role={state.ok ? "status" : "alert"} className={`rounded border px-3 py-2 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}>
            {state.message}
            <ProblemList problems={problems} />
            {state.result?.conflict && article.id && (
              <>
                {" "}
                <a href={`/admin/bai-viet/${article.id}`} target="_blank" rel="noopener" className="font-semibold underline">
                  Xem bản mới nhất
                </a>
              </>
            )}
          </p>
        )}
        <section className="rounded border border-gray-200 bg-white p-4">
          <Field label="Tiêu đề" value={article.title} onChange={(v) => set("title", v)} error={errors.title} counter={counter("title", article.title)} />
          <Field
            label="Đường dẫn (slug)"
            value={article.slug}
            onChange={(v) => {
              setSlugTouched(true);
              set("slug", v);
            }}
            error={errors.slug}
            hint="Tạo tự động từ tiêu đề, không dấu. Đổi đường dẫn của bài đã xuất bản sẽ giữ đường dẫn cũ để chuyển hướng."
          />
          <Field label="Sapo" value={article.sapo} onChange={(v) => set("sapo", v)} error={errors.sapo} multiline rows={3} counter={counter("sapo", article.sapo)} />
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="mb-3">
              <label htmlFor="category" className="mb-1 block text-sm font-semibold">
                Chuyên mục
              </label>
              <select
                id="category"
                value={article.categoryId}
                onChange={(e) => set("categoryId", e.target.value ? Number(e.target.value) : "")}
                aria-invalid={errors.categoryId ? true : undefined}
                className="min-h-11 w-full rounded border border-gray-300 bg-white px-2"
              >
                <option value="">— Chọn chuyên mục —</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.parentId ? "— " : ""}
                    {c.name}
                  </option>
                ))}
              </select>
              {errors.categoryId && <p className="mt-1 text-sm text-red-700">{errors.categoryId}</p>}
            </div>
            <div className="mb-3">
              <label htmlFor="kind" className="mb-1 block text-sm font-semibold">
                Loại bài
              </label>
              <select id="kind" value={article.kind} onChange={(e) => set("kind", e.target.value as EditorArticle["kind"])} className="min-h-11 w-full rounded border border-gray-300 bg-white px-2">
                <option value="NEWS">Tin tức</option>
                <option value="INTERVIEW">Phỏng vấn</option>
                <option value="PHOTO_STORY">Phóng sự ảnh</option>
              </select>
            </div>
          </div>
          <Field label="Chủ đề (cách nhau bằng dấu phẩy)" value={article.tags.join(", ")} onChange={(v) => set("tags", v.split(",").map((t) => t.trimStart()))} error={errors.tags} hint="Chủ đề mới được tạo khi lưu." />
          <fieldset className="mb-3">
            <legend className="mb-1 text-sm font-semibold">Tác giả</legend>
            {errors.bylines && <p className="mb-1 text-sm text-red-700">{errors.bylines}</p>}
            {article.bylines.map((b, i) => (
              <div key={i} className="grid grid-cols-[1fr_8rem_auto] gap-2">
                <Field label={`Tên tác giả ${i + 1}`} value={b.name} onChange={(v) => set("bylines", article.bylines.map((x, j) => (j === i ? { ...x, name: v } : x)))} />
                <Field label={`Vai trò ${i + 1}`} value={b.role} onChange={(v) => set("bylines", article.bylines.map((x, j) => (j === i ? { ...x, role: v } : x)))} />
                <button type="button" className="mt-6 min-h-11 px-2 text-red-800" onClick={() => set("bylines", article.bylines.filter((_, j) => j !== i))}>
                  Bỏ
                </button>
              </div>
            ))}
            <button type="button" className="min-h-11 rounded border border-gray-300 px-3 text-sm" onClick={() => set("bylines", [...article.bylines, { name: "", role: "Ảnh" }])}>
              + Thêm tác giả
            </button>
          </fieldset>
          <ImagePicker label="Ảnh đại diện" media={media} value={article.coverMediaId} onChange={(id) => set("coverMediaId", id)} onUploaded={(m) => setMedia([m, ...media])} />
          <Field label="Chú thích ảnh đại diện" value={article.coverCaption} onChange={(v) => set("coverCaption", v)} error={errors.coverCaption} />
          <details className="mb-3">
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">SEO (mặc định lấy tiêu đề và sapo)</summary>
            <Field label="Tiêu đề SEO" value={article.seoTitle} onChange={(v) => set("seoTitle", v)} placeholder={article.title} error={errors.seoTitle} counter={counter("seoTitle", article.seoTitle || article.title)} />
            <Field label="Mô tả SEO" value={article.seoDescription} onChange={(v) => set("seoDescription", v)} placeholder={article.sapo} multiline rows={2} error={errors.seoDescription} counter={counter("seoDescription", article.seoDescription || article.sapo)} />
          </details>
        </section>

        <BodyEditor blocks={article.body} onChange={(b) => set("body", b)} media={media} onUploaded={(m) => setMedia([m, ...media])} articleId={article.id} error={errors.body} />
        <p className="-mt-2 px-1 text-xs text-gray-600" data-counter="ok">
          Nội dung: {lengthCount("body", bodyText(article.body as Body)).label}
        </p>

        <section className="rounded border border-gray-200 bg-white p-4" aria-labelledby="related-heading">
          <h2 id="related-heading" className="mb-2 text-lg font-bold">
            Tin liên quan (dưới bài)
          </h2>
          <RelatedPicker
            title="Tin liên quan"
            ids={article.related.map((r) => r.id)}
            initialTitles={Object.fromEntries(article.related.map((r) => [r.id, r.title]))}
            onChange={(ids) => set("related", ids.map((id) => article.related.find((r) => r.id === id) ?? { id, title: `Bài #${id}` }))}
            articleId={article.id}
            index="dưới bài"
          />
        </section>

        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-gray-200 bg-gray-50 py-3">
          <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand px-5 font-semibold text-white disabled:opacity-60">
            {pending ? "Đang lưu…" : "Lưu bài"}
          </button>
          <span className="text-sm text-gray-600" aria-live="polite" data-save-state>
            {saveState}
          </span>
        </div>
      </form>

      <aside className="min-w-0 space-y-4" aria-label="Xuất bản">
        <section className="rounded border border-gray-200 bg-white p-4">
          <h2 className="mb-2 font-bold">Trạng thái</h2>
          <p className="mb-3" data-article-status={article.status}>
            {STATUS_LABELS[article.status as ArticleStatus] ?? article.status}
          </p>
          <div className="flex flex-col gap-2">
            <button type="button" aria-expanded={previewing} aria-controls="live-preview" onClick={() => setPreviewing(!previewing)} className="min-h-11 rounded border border-gray-300 bg-white px-3 font-semibold hover:bg-gray-50">
              {previewing ? "Ẩn xem trước trực tiếp" : "Xem trước trực tiếp"}
            </button>
            {article.id && (
              <>
              <a href={`/admin/bai-viet/${article.id}/xem-truoc`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center justify-center rounded border border-gray-300 px-3">
                Xem trước (máy tính, điện thoại)
              </a>
              <a href={`/admin/bai-viet/${article.id}/xem-truoc-di-dong`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center justify-center rounded border border-gray-300 px-3">
                Xem trước phiên bản di động
              </a>
              </>
            )}
              {permissions.canSubmit && article.status === "DRAFT" && <WorkflowButton onClick={() => publishStep("submit")}>Gửi duyệt</WorkflowButton>}
              {permissions.canPublish && article.status !== "PUBLISHED" && <WorkflowButton onClick={() => publishStep("publish")}>{needsSave ? "Lưu và xuất bản" : "Xuất bản"}</WorkflowButton>}
              {permissions.canSchedule && article.status !== "PUBLISHED" && (
                <div className="rounded border border-gray-200 p-2">
                  <label htmlFor="scheduled-at" className="mb-1 block text-sm font-semibold">
                    Hẹn giờ xuất bản (giờ Hà Nội)
                  </label>
                  <input id="scheduled-at" type="datetime-local" step={1} value={scheduledAt} onChange={(e) => setScheduledAt(e.target.value)} className="mb-2 min-h-11 w-full rounded border border-gray-300 px-2" />
                  <WorkflowButton onClick={() => publishStep("schedule", { scheduledAt })}>{needsSave ? "Lưu và hẹn giờ" : "Hẹn giờ"}</WorkflowButton>
                </div>
              )}
              {permissions.canUnpublish && (article.status === "PUBLISHED" || article.status === "SCHEDULED") && <WorkflowButton onClick={() => transition(unpublishArticleAction)}>Gỡ bài</WorkflowButton>}
              {article.id && permissions.canDelete && (article.status === "DRAFT" || article.status === "IN_REVIEW") && (
                <WorkflowButton
                  danger
                  onClick={() => {
                    if (window.confirm("Xóa vĩnh viễn bản nháp này?")) transition(deleteArticleAction);
                  }}
                >
                  Xóa bản nháp
                </WorkflowButton>
              )}
          </div>
        </section>
        {previewing && (
          <div id="live-preview">
            <LivePreview article={article} media={media} categories={categories} />
          </div>
        )}
      </aside>
    </div>
  );
}

function WorkflowButton({ children, onClick, danger = false }: { children: React.ReactNode; onClick: () => void; danger?: boolean }) {
  return (
    <button type="button" onClick={onClick} className={`min-h-11 rounded border px-3 font-semibold ${danger ? "border-red-300 text-red-800" : "border-gray-300 bg-white hover:bg-gray-50"}`}>
      {children}
    </button>
  );
}
