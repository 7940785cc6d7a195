/** Footer with the edition switch. */
export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-gray-600">
        <p>© Lao động Thủ đô — Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p>
        <a className="inline-flex min-h-11 items-center underline" href="/phien-ban?chon=di-dong">
          Phiên bản di động
        </a>
      </div>
    </footer>
  );
}
