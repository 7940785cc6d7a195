import { readArticleView } from "./queries";

/** Any article by id as readers would see it (newsroom preview): never cached. */
export function getArticlePreview(id: number) {
  return readArticleView({ id });
}
