import { MAX_QUERY_LENGTH } from "@/content/search/query-builder";

/**
 * A GET search form for /tim-kiem. The search page and the 404 use the full form; the
 * header uses a compact one with its own label and button text, so that each search
 * landmark on a page has a distinct accessible name.
 */
export function SearchForm({
  defaultValue = "",
  action = "/tim-kiem",
  id = "q",
  label = "Từ khóa tìm kiếm",
  buttonLabel = "Tìm kiếm",
  placeholder = "Tìm bài viết, ví dụ: công đoàn",
  name,
}: {
  defaultValue?: string;
  action?: string;
  id?: string;
  label?: string;
  buttonLabel?: string;
  placeholder?: string;
  /** Accessible name of the search landmark, when a page has more than one. */
  name?: string;
}) {
  return (
    <form action={action} method="get" role="search" aria-label={name} className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={placeholder}
        className="min-h-11 w-full min-w-0 rounded border border-gray-300 px-3 text-base"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded bg-brand px-4 font-semibold text-white">
        {buttonLabel}
      </button>
    </form>
  );
}
