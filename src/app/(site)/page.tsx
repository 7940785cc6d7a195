import { connection } from "next/server";
import { Suspense } from "react";
import { ArticleCard } from "@/components/site/article-card";
import { getHomeFeed } from "@/content/article/queries";

async function HomeFeed() {
  await connection();
  const { lead, latest } = await getHomeFeed();
  return (
    <div className="space-y-8">
      {lead && <ArticleCard article={lead} lead />}
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand">
          Tin mới
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          {latest.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      </section>
    </div>
  );
}

export default function HomePage() {
  return (
    <Suspense fallback={<p className="text-gray-500">Đang tải…</p>}>
      <HomeFeed />
    </Suspense>
  );
}
