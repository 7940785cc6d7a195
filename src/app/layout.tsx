import type { Metadata, Viewport } from "next";
import { BLOCKS_CSS } from "@/content/blocks/blocks-css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lao động Thủ đô", template: "%s | Lao động Thủ đô" },
  description: "Tin tức Thủ đô, Công đoàn, kinh tế, xã hội, văn hóa, giáo dục, thể thao, pháp luật.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <head>
        {/* A constant of ours, not user text. */}
        <style dangerouslySetInnerHTML={{ __html: BLOCKS_CSS }} />
      </head>
      <body className="bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
