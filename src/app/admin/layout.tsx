import type { Metadata } from "next";

/** The newsroom: every request reads the session cookie, so nothing here is prerendered. */
export const instant = false;

export const metadata: Metadata = {
  title: { default: "Tòa soạn", template: "%s | Tòa soạn — Lao động Thủ đô" },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen bg-gray-50">{children}</div>;
}
