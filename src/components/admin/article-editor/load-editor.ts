import { forbidden, notFound } from "next/navigation";
import { editorOptions, getArticleForEditing } from "@/newsroom/articles/queries";
import type { SessionUser } from "@/newsroom/auth/sessions";
import { can, mayEditArticle } from "@/newsroom/permissions";
import type { EditorArticle, EditorPermissions } from "./types";

/** What the editor page passes to the client editor besides the article. */
export async function editorContext(user: SessionUser): Promise<{ options: Awaited<ReturnType<typeof editorOptions>>; permissions: EditorPermissions }> {
  return {
    options: await editorOptions(),
    permissions: {
      canSubmit: can(user.role, "article.submit"),
      canPublish: can(user.role, "article.publish"),
      canSchedule: can(user.role, "article.schedule"),
      canUnpublish: can(user.role, "article.unpublish"),
      canDelete: can(user.role, "article.delete-draft"),
    },
  };
}

/** The revisions listed under the editor of an existing article. */
export type EditorRevision = NonNullable<Awaited<ReturnType<typeof getArticleForEditing>>>["revisions"][number];

/** A new article's first state: empty, signed by the writer. */
export function newArticle(user: SessionUser): EditorArticle {
  return {
    id: null,
    version: null,
    status: "DRAFT",
    title: "",
    slug: "",
    sapo: "",
    categoryId: "",
    kind: "NEWS",
    tags: [],
    bylines: [{ name: user.name, role: "Bài" }],
    coverMediaId: null,
    coverCaption: "",
    seoTitle: "",
    seoDescription: "",
    related: [],
    body: [{ type: "paragraph", content: [{ text: "" }] }],
  };
}

/**
 * Article `id` as the editor opens it, with its revisions; a 404 when there is none (or the id
 * is malformed: null), a 403 when `user` may not edit it (a writer edits only their own draft
 * or article in review).
 */
export async function articleToEdit(user: SessionUser, id: number | null): Promise<{ article: EditorArticle; revisions: EditorRevision[] }> {
  const found = id ? await getArticleForEditing(id) : null;
  if (!found) notFound();
  if (!mayEditArticle(user, found)) forbidden();
  return {
    article: {
      id: found.id,
      version: found.version,
      status: found.status,
      title: found.title,
      slug: found.slug,
      sapo: found.sapo,
      categoryId: found.categoryId,
      kind: found.kind,
      tags: found.tags,
      bylines: found.bylines,
      coverMediaId: found.coverMediaId,
      coverCaption: found.coverCaption ?? "",
      seoTitle: found.seoTitle ?? "",
      seoDescription: found.seoDescription ?? "",
      related: found.related,
      body: found.body,
    },
    revisions: found.revisions,
  };
}
