import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-list";
import { SectionHeading } from "@/components/site/section-heading";
import { decodeCursor } from "@/content/article/cursor";
import { getAuthor, listAuthor } from "@/content/article/lists";
import { authorPath } from "@/content/article/paths";
import { parseOrUndefined, slugParam } from "@/content/routing/params";
import { safeMetadata } from "@/content/routing/safe-metadata";
import { absoluteUrl } from "@/content/site/config";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ truoc?: string | string[] }> };

export const generateMetadata = safeMetadata(async ({ params }: Props): Promise<Metadata> => {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const author = slug ? await getAuthor(slug) : null;
  if (!slug || !author) return { title: "Không tìm thấy tác giả", robots: { index: false } };
  return { title: `Tác giả ${author.name}`, description: author.bio ?? undefined, alternates: { canonical: absoluteUrl(authorPath(slug)) } };
});

async function AuthorContent({ params, searchParams }: Props) {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const cursor = decodeCursor((await searchParams).truoc);
  if (!slug || cursor === undefined) notFound();
  const [author, page] = await Promise.all([getAuthor(slug), listAuthor(slug, cursor)]);
  if (!author || !page || (cursor && page.items.length === 0)) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <SectionHeading as="h1">Tác giả: {author.name}</SectionHeading>
      {author.bio && <p className="mb-4 text-gray-700">{author.bio}</p>}
      <ArticleList items={page.items} nextHref={page.next ? `${authorPath(slug)}?truoc=${page.next}` : null} />
    </div>
  );
}

export default function Page(props: Props) {
  return (
    <SiteFrame>
      <AuthorContent {...props} />
    </SiteFrame>
  );
}
