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

  it("normalisation edges: every trailing slash goes, a path needs a leading slash and 2 to 500 characters", () => {
    expect(normalizeLegacyPath("/tin-tuc/bai///")).toBe("/tin-tuc/bai");
    expect(normalizeLegacyPath("///")).toBeNull();
    expect(normalizeLegacyPath("/a")).toBe("/a");
    expect(normalizeLegacyPath("/A/")).toBe("/a");
    expect(normalizeLegacyPath("tin-tuc/bai")).toBeNull();
    expect(normalizeLegacyPath("")).toBeNull();
    const longest = `/${"a".repeat(499)}`; // 500 characters
    expect(normalizeLegacyPath(longest)).toBe(longest);
    expect(normalizeLegacyPath(`${longest}/`)).toBe(longest);
    expect(normalizeLegacyPath(`/${"a".repeat(500)}`)).toBeNull(); // 501
  });

  it("normalisation edges of '?p=': with or without '?', on '/', '' or '/index.php', digits only (at most 10)", () => {
    expect(normalizeLegacyPath("/", "?p=12")).toBe("/?p=12");
    expect(normalizeLegacyPath("/", "p=12")).toBe("/?p=12");
    expect(normalizeLegacyPath("", "p=12")).toBe("/?p=12");
    expect(normalizeLegacyPath("/index.php", "?p=7")).toBe("/?p=7");
    expect(normalizeLegacyPath("/", "?x=1&page_id=0042")).toBe("/?page_id=42");
    expect(normalizeLegacyPath("/", "?p=9999999999")).toBe("/?p=9999999999");
    for (const search of ["?p=12abc", "?p=abc12", "?p=abc", "?p=", "?p=-1", "?p=1.5", "?p=12345678901"]) {
      expect(normalizeLegacyPath("/", search), search).toBeNull();
    }
    expect(normalizeLegacyPath("/index.php", "?p=abc")).toBe("/index.php");
  });

  it("a request might be an old address: '/' or '/index.php' only with a numeric p or page_id; elsewhere a first segment that is not the site's", () => {
    expect(mayBeLegacyPath("/", "?x=1&p=5")).toBe(true);
    expect(mayBeLegacyPath("/", "p=5")).toBe(true);
    expect(mayBeLegacyPath("/", "?page_id=3")).toBe(true);
    expect(mayBeLegacyPath("/index.php", "?p=7")).toBe(true);
    for (const search of ["?np=3", "?p=x", "?x=1", "", "?pp=2"]) {
      expect(mayBeLegacyPath("/", search), search).toBe(false);
      expect(mayBeLegacyPath("/index.php", search), search).toBe(false);
    }
    expect(mayBeLegacyPath("", "")).toBe(false);
    expect(mayBeLegacyPath("//2015/bai", "")).toBe(false);
    expect(mayBeLegacyPath("/index.html", "")).toBe(true);
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
