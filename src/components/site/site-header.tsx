import { connection } from "next/server";
import { categoryPath } from "@/content/article/paths";
import { getNavigation } from "@/content/category/queries";

async function CategoryMenu() {
  await connection();
  const categories = await getNavigation();
  return (
    <ul className="flex flex-wrap gap-x-1 text-sm font-semibold">
      {categories.map((category) => (
        <li key={category.slug}>
          <a className="inline-flex min-h-11 items-center px-2 hover:text-brand" href={categoryPath(category.slug)}>
            {category.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The paper's name, linking home. */
export function Masthead() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-3">
      <a href="/" className="font-serif text-2xl font-bold text-brand sm:text-3xl">
        Lao động Thủ đô
      </a>
    </div>
  );
}

/** Masthead and category menu. */
export function SiteHeader() {
  return (
    <header className="border-b-4 border-brand">
      <Masthead />
      <nav aria-label="Chuyên mục" className="border-t border-gray-200">
        <div className="mx-auto max-w-6xl px-2">
          <CategoryMenu />
        </div>
      </nav>
    </header>
  );
}
