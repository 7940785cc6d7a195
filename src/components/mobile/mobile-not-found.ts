import { createElement } from "react";
import { absoluteUrl } from "@/content/site/config";
import { MobileNotFound } from "./mobile-pages";
import { renderMobile } from "./render-mobile";

export function mobileNotFound(status: 404 | 410) {
  return renderMobile(
    { title: "Không tìm thấy trang", canonical: absoluteUrl("/"), desktopPath: "/", noindex: true },
    createElement(MobileNotFound),
    status,
  );
}
