"use client";

/** Friendly 500 page: something broke while rendering; the reader can retry or go home. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="font-serif text-2xl font-bold text-brand">
        <a href="/">Lao động Thủ đô</a>
      </p>
      <h1 className="mt-6 font-serif text-3xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-4 text-gray-600">Xin lỗi bạn, trang này tạm thời không hiển thị được. Vui lòng thử lại sau ít phút.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
          Thử lại
        </button>
        <a href="/" className="inline-flex min-h-11 items-center rounded border border-gray-300 px-4">
          Về trang chủ
        </a>
        <a href="/tim-kiem" className="inline-flex min-h-11 items-center rounded border border-gray-300 px-4">
          Tìm kiếm
        </a>
      </div>
    </main>
  );
}
