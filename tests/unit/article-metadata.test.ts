import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleJsonLd, articleMetadata, coverImageUrl } from "@/content/article/metadata";
import type { ArticleView } from "@/content/article/queries";

/**
 * What an article page tells search engines and social networks: title and description
 * (the SEO fields first, else the title and sapo), canonical and mobile URLs, Open Graph
 * and Twitter cards with the 1024 px cover (else the widest variant, else the original),
 * and the NewsArticle + BreadcrumbList JSON-LD. Expected values are written out in full.
 */
const saved = process.env.SITE_URL;
beforeEach(() => {
  process.env.SITE_URL = "https://bao.example";
});
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

const cover = { fileKey: "seed/cau.jpg", variants: [320, 768, 1024, 1600], alt: "Cầu Long Biên", width: 1600, height: 1000 };
const base = {
  slug: "cau-long-bien",
  title: "Cầu Long Biên sau 120 năm",
  sapo: "Cây cầu thép đầu tiên bắc qua sông Hồng.",
  seoTitle: null,
  seoDescription: null,
  publishedAt: new Date("2026-11-20T01:00:00Z"),
  updatedAt: new Date("2026-11-21T02:30:00Z"),
  category: { name: "Hà Nội", slug: "ha-noi" },
  breadcrumb: [
    { name: "Thời sự", slug: "thoi-su" },
    { name: "Hà Nội", slug: "ha-noi" },
  ],
  tags: [{ name: "Di sản", slug: "di-san" }, { name: "Giao thông", slug: "giao-thong" }],
  bylines: [{ name: "Phạm Diệp", slug: "pham-diep", role: "Bài" }, { name: "Lê Bình", slug: "le-binh", role: "Ảnh" }],
  cover,
} as unknown as ArticleView;
const view = (over: Record<string, unknown>) => ({ ...base, ...over }) as unknown as ArticleView;

describe("cover image URL", () => {
  it("is the 1024 px variant when there is one, else the widest listed, else the original; none without a cover", () => {
    expect(coverImageUrl(base)).toBe("https://bao.example/media/seed/cau-1024.webp");
    expect(coverImageUrl(view({ cover: { ...cover, variants: [320, 480] } }))).toBe("https://bao.example/media/seed/cau-480.webp");
    expect(coverImageUrl(view({ cover: { ...cover, variants: [] } }))).toBe("https://bao.example/media/seed/cau.jpg");
    expect(coverImageUrl(view({ cover: null }))).toBeUndefined();
  });
});

describe("article metadata", () => {
  it("with a cover and no SEO fields", () => {
    expect(articleMetadata(base)).toEqual({
      title: "Cầu Long Biên sau 120 năm",
      description: "Cây cầu thép đầu tiên bắc qua sông Hồng.",
      alternates: {
        canonical: "https://bao.example/bai-viet/cau-long-bien",
        media: { "only screen and (max-width: 640px)": "https://bao.example/m/bai-viet/cau-long-bien" },
      },
      openGraph: {
        type: "article",
        url: "https://bao.example/bai-viet/cau-long-bien",
        title: "Cầu Long Biên sau 120 năm",
        description: "Cây cầu thép đầu tiên bắc qua sông Hồng.",
        siteName: "Lao động Thủ đô",
        locale: "vi_VN",
        publishedTime: "2026-11-20T01:00:00.000Z",
        modifiedTime: "2026-11-21T02:30:00.000Z",
        section: "Hà Nội",
        tags: ["Di sản", "Giao thông"],
        authors: ["Phạm Diệp", "Lê Bình"],
        images: [{ url: "https://bao.example/media/seed/cau-1024.webp", alt: "Cầu Long Biên" }],
      },
      twitter: {
        card: "summary_large_image",
        title: "Cầu Long Biên sau 120 năm",
        description: "Cây cầu thép đầu tiên bắc qua sông Hồng.",
        images: ["https://bao.example/media/seed/cau-1024.webp"],
      },
    });
  });

  it("the SEO title and description win; a cover without alt uses the title; no cover gives a small card", () => {
    const seo = articleMetadata(view({ seoTitle: "Tiêu đề SEO", seoDescription: "Mô tả SEO", cover: { ...cover, alt: "" } }));
    expect(seo.title).toBe("Tiêu đề SEO");
    expect(seo.description).toBe("Mô tả SEO");
    expect(seo.openGraph).toMatchObject({ title: "Tiêu đề SEO", description: "Mô tả SEO", images: [{ url: "https://bao.example/media/seed/cau-1024.webp", alt: "Cầu Long Biên sau 120 năm" }] });
    expect(seo.twitter).toMatchObject({ title: "Tiêu đề SEO", description: "Mô tả SEO" });
    const bare = articleMetadata(view({ cover: null, tags: [], bylines: [] }));
    expect((bare.openGraph as { images?: unknown }).images).toBeUndefined();
    expect(bare.twitter).toEqual({ card: "summary", title: "Cầu Long Biên sau 120 năm", description: "Cây cầu thép đầu tiên bắc qua sông Hồng.", images: undefined });
    expect(bare.openGraph).toMatchObject({ tags: [], authors: [] });
  });
});

describe("article JSON-LD", () => {
  it("a NewsArticle and the breadcrumb from the home page through the categories to the article", () => {
    expect(articleJsonLd(base)).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "Cầu Long Biên sau 120 năm",
        description: "Cây cầu thép đầu tiên bắc qua sông Hồng.",
        mainEntityOfPage: "https://bao.example/bai-viet/cau-long-bien",
        datePublished: "2026-11-20T01:00:00.000Z",
        dateModified: "2026-11-21T02:30:00.000Z",
        image: ["https://bao.example/media/seed/cau-1024.webp"],
        articleSection: "Hà Nội",
        keywords: "Di sản, Giao thông",
        author: [
          { "@type": "Person", name: "Phạm Diệp" },
          { "@type": "Person", name: "Lê Bình" },
        ],
        publisher: { "@type": "NewsMediaOrganization", name: "Lao động Thủ đô", url: "https://bao.example/" },
        inLanguage: "vi",
      },
      {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: "Trang chủ", item: "https://bao.example/" },
          { "@type": "ListItem", position: 2, name: "Thời sự", item: "https://bao.example/chuyen-muc/thoi-su" },
          { "@type": "ListItem", position: 3, name: "Hà Nội", item: "https://bao.example/chuyen-muc/ha-noi" },
          { "@type": "ListItem", position: 4, name: "Cầu Long Biên sau 120 năm" },
        ],
      },
    ]);
  });

  it("without cover, tags or a sub-category: no image, no keywords, a three-step breadcrumb", () => {
    const [article, crumbs] = articleJsonLd(view({ cover: null, tags: [], breadcrumb: [{ name: "Hà Nội", slug: "ha-noi" }] })) as unknown as [Record<string, unknown>, { itemListElement: unknown[] }];
    expect(article.image).toBeUndefined();
    expect(article.keywords).toBeUndefined();
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Trang chủ", item: "https://bao.example/" },
      { "@type": "ListItem", position: 2, name: "Hà Nội", item: "https://bao.example/chuyen-muc/ha-noi" },
      { "@type": "ListItem", position: 3, name: "Cầu Long Biên sau 120 năm" },
    ]);
  });
});
