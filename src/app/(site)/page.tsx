import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleCard } from "@/components/site/article-card";
import { SectionHeading } from "@/components/site/section-heading";
import { getHomeSections, listMostRead } from "@/content/article/lists";
import { articlePath, categoryPath } from "@/content/article/paths";
import { getHomeFeed } from "@/content/article/queries";
import { safeMetadata } from "@/content/routing/safe-metadata";
import { absoluteUrl, SITE_DESCRIPTION } from "@/content/site/config";

export const generateMetadata = safeMetadata(async (): Promise<Metadata> => {
  await connection();
  return {
    description: SITE_DESCRIPTION,
    alternates: {
      canonical: absoluteUrl("/"),
      media: { "only screen and (max-width: 640px)": absoluteUrl("/m") },
      types: { "application/rss+xml": absoluteUrl("/rss.xml") },
    },
  };
});

async function HomeContent() {
  await connection();
  const [{ lead, latest }, sections, mostRead] = await Promise.all([getHomeFeed(6), getHomeSections(4), listMostRead(6)]);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0 space-y-10">
        {lead && <ArticleCard article={lead} lead />}
        <section aria-labelledby="top-stories">
          <SectionHeading id="top-stories">Tin mới</SectionHeading>
          <ul className="grid gap-6 md:grid-cols-2">
            {latest.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>
        {sections.map((section) => (
          <section key={section.category.slug} aria-labelledby={`section-${section.category.slug}`} data-home-section={section.category.slug}>
            <SectionHeading id={`section-${section.category.slug}`}>
              <a href={categoryPath(section.category.slug)}>{section.category.name}</a>
            </SectionHeading>
            <ul className="grid gap-6 md:grid-cols-2">
              {section.items.map((article) => (
                <li key={article.id}>
                  <ArticleCard article={article} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <aside aria-labelledby="most-read" className="min-w-0">
        <SectionHeading id="most-read">Đọc nhiều</SectionHeading>
        <ol className="space-y-3">
          {mostRead.map((article, i) => (
            <li key={article.id} className="flex gap-3">
              <span className="text-2xl font-bold text-brand" aria-hidden="true">
                {i + 1}
              </span>
              <a href={articlePath(article.slug)} className="min-h-11 font-semibold leading-snug hover:text-brand">
                {article.title}
              </a>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}

export default function Page() {
  return (
    <SiteFrame>
      <HomeContent />
    </SiteFrame>
  );
}
