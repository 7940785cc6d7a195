import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { ArticleView } from "@/components/site/article-view";
import { getPublishedArticle } from "@/content/article/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await getPublishedArticle((await params).slug);
  if (!article) return { title: "Không tìm thấy bài viết", robots: { index: false } };
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.sapo,
  };
}

async function ArticleContent({ params }: Props) {
  await connection();
  const article = await getPublishedArticle((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article} />;
}

export default function ArticlePage(props: Props) {
  return (
    <Suspense fallback={<p className="text-gray-500">Đang tải bài viết…</p>}>
      <ArticleContent {...props} />
    </Suspense>
  );
}
