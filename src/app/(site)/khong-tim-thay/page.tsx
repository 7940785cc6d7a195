import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";

export const metadata: Metadata = { title: "Không tìm thấy trang", robots: { index: false } };

/** Target of the proxy's 404/410 rewrites (the response status is set there). */
export default function NotFoundPage() {
  return <SiteFrame><NotFoundMessage /></SiteFrame>;
}
