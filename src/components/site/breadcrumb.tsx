import { categoryPath } from "@/content/article/paths";

export function Breadcrumb({ items }: { items: { name: string; slug: string }[] }) {
  return (
    <nav aria-label="Đường dẫn" className="text-sm font-semibold text-brand">
      <ol className="flex flex-wrap gap-1">
        <li>
          <a href="/" className="hover:underline">
            Trang chủ
          </a>
        </li>
        {items.map((item) => (
          <li key={item.slug}>
            <span aria-hidden="true" className="px-1 text-gray-400">
              ›
            </span>
            <a href={categoryPath(item.slug)} className="hover:underline">
              {item.name}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
