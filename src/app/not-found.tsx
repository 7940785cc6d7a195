export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-gray-600">Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>
      <form action="/tim-kiem" method="get" role="search" className="mt-6 flex justify-center gap-2">
        <label htmlFor="nf-q" className="sr-only">
          Tìm kiếm
        </label>
        <input id="nf-q" name="q" type="search" className="min-h-11 w-64 rounded border border-gray-300 px-3" placeholder="Tìm bài viết…" />
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          Tìm
        </button>
      </form>
      <p className="mt-6">
        <a href="/" className="text-brand underline">
          Về trang chủ
        </a>
      </p>
    </main>
  );
}
