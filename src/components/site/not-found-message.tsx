import { SearchForm } from "./search-form";

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="font-serif text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-gray-600">Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ. Bạn có thể tìm bài viết khác:</p>
      <div className="mt-6">
        <SearchForm id="nf-q" />
      </div>
      <p className="mt-6">
        <a href="/" className="inline-flex min-h-11 items-center text-brand underline">
          Về trang chủ
        </a>
      </p>
    </div>
  );
}
