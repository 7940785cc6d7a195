import { editorOptions } from "@/newsroom/articles/queries";
import type { SessionUser } from "@/newsroom/auth/sessions";
import { can } from "@/newsroom/permissions";
import type { EditorPermissions } from "./types";

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
