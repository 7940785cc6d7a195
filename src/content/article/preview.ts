import { prisma } from "@/db/client";
import { readArticleView } from "./queries";

/** Any article by id as readers would see it (newsroom preview): never cached, read on the primary. */
export function getArticlePreview(id: number) {
  return readArticleView(prisma(), { id });
}
