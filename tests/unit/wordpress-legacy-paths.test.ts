import { describe, expect, it } from "vitest";
import { mayBeLegacyPath, normalizeLegacyPath } from "@/content/routing/legacy-paths";
import { mediaKeyFor, siteKey, uploadsPathOf, wpDate } from "@/archive/wordpress/importer";
import { isSafeKey } from "@/content/media/keys";
import { pageRule } from "@/platform/page-cache/page-rules";

describe("old WordPress addresses", () => {
  it("are stored and looked up under one spelling", () => {
    expect(normalizeLegacyPath("/2015/03/12/cong-nhan/")).toBe("/2015/03/12/cong-nhan");
    expect(normalizeLegacyPath("/2015/03/12/C%C3%B4ng-%c4%91o%C3%A0n/")).toBe("/2015/03/12/công-đoàn");
    expect(normalizeLegacyPath(`/2015/03/12/${encodeURIComponent("Công đoàn".normalize("NFD"))}`)).toBe("/2015/03/12/công đoàn");
    expect(normalizeLegacyPath("/", "?p=0123&utm_source=x")).toBe("/?p=123");
    expect(normalizeLegacyPath("/index.php", "page_id=7")).toBe("/?page_id=7");
    expect(normalizeLegacyPath("/tin-tuc/bai.html", "?p=5")).toBe("/tin-tuc/bai.html");
    expect(normalizeLegacyPath("/")).toBeNull();
    expect(normalizeLegacyPath("/a%00b")).toBeNull();
  });

  it("are looked up only outside the site's own sections (no database work for normal pages)", () => {
    expect(mayBeLegacyPath("/2015/03/12/cong-nhan", "")).toBe(true);
    expect(mayBeLegacyPath("/tin-tuc/bai.html", "")).toBe(true);
    expect(mayBeLegacyPath("/", "?p=12")).toBe(true);
    for (const path of ["/", "/bai-viet/x", "/chuyen-muc/x", "/m/bai-viet/x", "/admin", "/media/a.jpg", "/rss.xml", "/sitemaps/a.xml", "/_next/static/x.js", "/api/v1/articles"]) {
      expect(mayBeLegacyPath(path, ""), path).toBe(false);
    }
  });

  it("'/?p=123' is not the cached home page: the page cache lets the proxy answer it", () => {
    expect(pageRule("/", new URLSearchParams("p=123"))).toBeNull();
    expect(pageRule("/m", new URLSearchParams("page_id=4"))).toBeNull();
    expect(pageRule("/", new URLSearchParams("utm_source=x"))?.key).toBe("/");
  });
});

describe("import helpers", () => {
  it("reads WordPress dates: GMT first, else local time (+07:00), else the RSS date", () => {
    expect(wpDate("2015-03-12 00:30:00", "2015-03-12 07:30:00", "", 420)?.toISOString()).toBe("2015-03-12T00:30:00.000Z");
    expect(wpDate("0000-00-00 00:00:00", "2015-03-12 07:30:00", "", 420)?.toISOString()).toBe("2015-03-12T00:30:00.000Z");
    expect(wpDate("", "", "Thu, 12 Mar 2015 00:30:00 +0000", 420)?.toISOString()).toBe("2015-03-12T00:30:00.000Z");
    expect(wpDate("0000-00-00 00:00:00", "0000-00-00 00:00:00", "Thu, 01 Jan 1970 00:00:00 +0000", 420)).toBeNull();
  });

  it("finds upload paths and gives them safe, stable media keys", () => {
    expect(uploadsPathOf("https://baocu.vn/wp-content/uploads/2015/03/%E1%BA%A2nh-1-300x200.jpg")).toBe("2015/03/Ảnh-1-300x200.jpg");
    expect(uploadsPathOf("https://baocu.vn/wp-content/uploads/../../etc/passwd")).toBeNull();
    expect(uploadsPathOf("/wp-content/uploads/2015/%2e%2e/%2e%2e/x.jpg")).toBeNull();
    expect(uploadsPathOf("https://cdn.khac.vn/anh.jpg")).toBeNull();
    const key = mediaKeyFor("baocu.vn", "2015/03/Ảnh Công nhân.JPG");
    expect(key).toMatch(/^wordpress\/2015\/03\/anh-cong-nhan-[0-9a-f]{10}\.jpg$/);
    expect(isSafeKey(key)).toBe(true);
    expect(mediaKeyFor("baocu.vn", "2015/03/Ảnh Công nhân.JPG")).toBe(key);
    expect(mediaKeyFor("baocu.vn", "2015/03/anh-cong-nhan.jpg")).not.toBe(key);
    expect(siteKey({ title: "", link: "", baseSiteUrl: "https://BaoCu.vn/", baseBlogUrl: "", wxrVersion: "1.2" })).toBe("baocu.vn");
  });
});
