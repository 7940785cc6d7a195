import { connection } from "next/server";
import { categoryPath } from "@/content/article/paths";
import { getNavigation } from "@/content/category/queries";
import { SearchForm } from "./search-form";

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

/** The paper's name, linking home; `children` sit at its right (below it on phones). */
export function Masthead({ children }: { children?: React.ReactNode }) {
  return (
    <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
      <a href="/" className="font-serif text-2xl font-bold text-brand sm:text-3xl">
        Lao động Thủ đô
      </a>
      {children}
    </div>
  );
}

/** Masthead with a search box, and the category menu. */
export function SiteHeader() {
  return (
    <header className="border-b-4 border-brand">
      <Masthead>
        <div className="w-full sm:w-80" data-header-search>
          <SearchForm id="q-dau-trang" name="Tìm kiếm trên báo" label="Tìm bài viết" buttonLabel="Tìm" placeholder="Tìm bài viết" />
        </div>
      </Masthead>
      <nav aria-label="Chuyên mục" className="border-t border-gray-200">
        <div className="mx-auto max-w-6xl px-2">
          <CategoryMenu />
        </div>
      </nav>
    </header>
  );
}
