import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/site/article-list";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { SectionHeading } from "@/components/site/section-heading";
import { decodeCursor } from "@/content/article/cursor";
import { getCategory, listCategory } from "@/content/article/lists";
import { categoryPath } from "@/content/article/paths";
import { parseOrUndefined, slugParam } from "@/content/routing/params";
import { safeMetadata } from "@/content/routing/safe-metadata";
import { absoluteUrl } from "@/content/site/config";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ truoc?: string | string[] }> };

export const generateMetadata = safeMetadata(async ({ params }: Props): Promise<Metadata> => {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const category = slug ? await getCategory(slug) : null;
  if (!slug || !category) return { title: "Không tìm thấy chuyên mục", robots: { index: false } };
  return {
    title: category.name,
    description: category.description ?? undefined,
    alternates: {
      canonical: absoluteUrl(categoryPath(slug)),
      media: { "only screen and (max-width: 640px)": absoluteUrl(`/m${categoryPath(slug)}`) },
      types: { "application/rss+xml": absoluteUrl(`/rss/${slug}.xml`) },
    },
  };
});

async function CategoryContent({ params, searchParams }: Props) {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const cursor = decodeCursor((await searchParams).truoc);
  if (!slug || cursor === undefined) notFound();
  const [category, page] = await Promise.all([getCategory(slug), listCategory(slug, cursor)]);
  if (!category || !page || (cursor && page.items.length === 0)) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      {category.parent && <Breadcrumb items={[category.parent]} />}
      <SectionHeading as="h1">{category.name}</SectionHeading>
      {category.children.length > 0 && (
        <nav aria-label="Chuyên mục con" className="-mt-2 mb-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {category.children.map((child) => (
              <li key={child.slug}>
                <a href={categoryPath(child.slug)} className="inline-flex min-h-11 items-center rounded bg-gray-100 px-3 hover:bg-gray-200">
                  {child.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ArticleList items={page.items} nextHref={page.next ? `${categoryPath(slug)}?truoc=${page.next}` : null} />
    </div>
  );
}

export default function Page(props: Props) {
  return (
    <SiteFrame>
      <CategoryContent {...props} />
    </SiteFrame>
  );
}
