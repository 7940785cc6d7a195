import { MAX_QUERY_LENGTH } from "@/content/search/query-builder";

export function SearchForm({ defaultValue = "", action = "/tim-kiem", id = "q" }: { defaultValue?: string; action?: string; id?: string }) {
  return (
    <form action={action} method="get" role="search" className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        Từ khóa tìm kiếm
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Tìm bài viết, ví dụ: công đoàn"
        className="min-h-11 w-full min-w-0 rounded border border-gray-300 px-3 text-base"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded bg-brand px-4 font-semibold text-white">
        Tìm kiếm
      </button>
    </form>
  );
}
