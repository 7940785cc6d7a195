import { describe, expect, it } from "vitest";
import { invalidationTags, type PublicFootprint } from "@/content/article/invalidation";

const base: PublicFootprint = { slug: "bai-a", published: true, categorySlugs: ["kinh-te", "tai-chinh"], tagSlugs: ["le-phi"], authorSlugs: ["pham-diep"] };

describe("cache invalidation targets", () => {
  it("a draft that stays a draft touches nothing", () => {
    expect(invalidationTags({ ...base, published: false }, { ...base, published: false, sapo: "x" } as PublicFootprint)).toEqual([]);
    expect(invalidationTags(null, { ...base, published: false })).toEqual([]);
  });

  it("publishing touches the article, its categories (with parent), tags, authors, home, rails, feeds, search", () => {
    expect(invalidationTags({ ...base, published: false }, base)).toEqual(
      ["article:bai-a", "author:pham-diep", "category:kinh-te", "category:tai-chinh", "feeds", "home", "most-read", "rails", "search", "tag:le-phi"].sort(),
    );
  });

  it("moving a published article touches both old and new places", () => {
    const moved = { ...base, slug: "bai-a-moi", categorySlugs: ["xa-hoi"], tagSlugs: ["do-thi"] };
    const tags = invalidationTags(base, moved);
    for (const t of ["article:bai-a", "article:bai-a-moi", "category:kinh-te", "category:xa-hoi", "tag:le-phi", "tag:do-thi"]) expect(tags).toContain(t);
  });

  it("renaming a hidden article touches only its old and new slug (pages that link to it)", () => {
    const draft = { ...base, published: false };
    expect(invalidationTags(draft, { ...draft, slug: "bai-a-moi" })).toEqual(["article:bai-a", "article:bai-a-moi"]);
  });

  it("unpublishing touches where it was shown, and nothing of other articles", () => {
    const tags = invalidationTags(base, { ...base, published: false });
    expect(tags).toContain("category:tai-chinh");
    expect(tags.filter((t) => t.startsWith("article:"))).toEqual(["article:bai-a"]);
  });

  it("a story that is published from the start (nothing before) touches all its places", () => {
    expect(invalidationTags(null, base)).toEqual(
      ["article:bai-a", "author:pham-diep", "category:kinh-te", "category:tai-chinh", "feeds", "home", "most-read", "rails", "search", "tag:le-phi"],
    );
  });

  it("the tags come sorted, whatever the order of the old and new slug", () => {
    const draft = { ...base, slug: "bai-b", published: false };
    expect(invalidationTags(draft, { ...draft, slug: "bai-a" })).toEqual(["article:bai-a", "article:bai-b"]);
  });
});
