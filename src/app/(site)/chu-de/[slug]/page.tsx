import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-list";
import { SectionHeading } from "@/components/site/section-heading";
import { decodeCursor } from "@/content/article/cursor";
import { getTag, listTag } from "@/content/article/lists";
import { tagPath } from "@/content/article/paths";
import { parseOrUndefined, slugParam } from "@/content/routing/params";
import { safeMetadata } from "@/content/routing/safe-metadata";
import { absoluteUrl } from "@/content/site/config";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ truoc?: string | string[] }> };

export const generateMetadata = safeMetadata(async ({ params }: Props): Promise<Metadata> => {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const tag = slug ? await getTag(slug) : null;
  if (!slug || !tag) return { title: "Không tìm thấy chủ đề", robots: { index: false } };
  return { title: `Chủ đề: ${tag.name}`, alternates: { canonical: absoluteUrl(tagPath(slug)) } };
});

async function TagContent({ params, searchParams }: Props) {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const cursor = decodeCursor((await searchParams).truoc);
  if (!slug || cursor === undefined) notFound();
  const [tag, page] = await Promise.all([getTag(slug), listTag(slug, cursor)]);
  if (!tag || !page || (cursor && page.items.length === 0)) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <SectionHeading as="h1">Chủ đề: {tag.name}</SectionHeading>
      <ArticleList items={page.items} nextHref={page.next ? `${tagPath(slug)}?truoc=${page.next}` : null} />
    </div>
  );
}

export default function Page(props: Props) {
  return (
    <SiteFrame>
      <TagContent {...props} />
    </SiteFrame>
  );
}
