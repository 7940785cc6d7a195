export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-4 text-gray-600">Trang này dành cho vai trò khác trong tòa soạn. Nếu cần quyền, hãy liên hệ quản trị viên.</p>
      <p className="mt-6">
        <a href="/admin" className="inline-flex min-h-11 items-center text-brand underline">
          Về trang tổng quan
        </a>
      </p>
    </main>
  );
}
