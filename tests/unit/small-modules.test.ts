import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The small pure modules of src/content and src/newsroom that pages and routes use but no
 * other unit test reaches: reader URLs, cache tag names, media keys, the feed XML, the site
 * origin, tokens, the newsroom's route table and the user forms. Every expectation is a
 * literal written from the rule (URL shapes, tag names, RSS fields, messages).
 */
const cacheApi = vi.hoisted(() => ({ life: [] as string[], tags: [] as string[][] }));
vi.mock("next/cache", () => ({
  cacheLife: (profile: string) => void cacheApi.life.push(profile),
  cacheTag: (...tags: string[]) => void cacheApi.tags.push(tags),
}));

import { articlePath, authorPath, categoryPath, tagPath } from "@/content/article/paths";
import { articleTag, authorTag, categoryTag, tagTag } from "@/content/article/cache-tags";
import { alsoTagged, cachedFor } from "@/content/cache";
import { rssDocument } from "@/content/feeds/rss";
import { escapeXml, xmlResponse } from "@/content/feeds/xml";
import { isSafeKey, variantKey } from "@/content/media/keys";
import { assertSafeKey, mediaDir, normaliseEtag, s3ConfigFromEnv, UnsafeMediaKeyError } from "@/content/media/store";
import { badRequest, bodyTooLarge, firstValue, formId, isOversizedPost } from "@/content/routing/params";
import { absoluteUrl, siteUrl } from "@/content/site/config";
import { adminRoute } from "@/newsroom/admin-routes";
import { newToken, tokenId } from "@/newsroom/auth/tokens";
import { changePasswordSchema, createUserSchema, resetPasswordSchema, setDisabledSchema, setRoleSchema } from "@/newsroom/users/schema";
import type { ArticleSummary } from "@/content/article/queries";

const saved = { SITE_URL: process.env.SITE_URL, PORT: process.env.PORT, NEXT_RUNTIME: process.env.NEXT_RUNTIME };
const restore = (name: keyof typeof saved) => {
  if (saved[name] === undefined) delete process.env[name];
  else process.env[name] = saved[name];
};
afterEach(() => {
  restore("SITE_URL");
  restore("PORT");
  restore("NEXT_RUNTIME");
});

describe("reader URLs and cache tag names", () => {
  it("are the documented shapes", () => {
    expect(articlePath("bao-moi")).toBe("/bai-viet/bao-moi");
    expect(categoryPath("the-thao")).toBe("/chuyen-muc/the-thao");
    expect(tagPath("tet-sum-vay")).toBe("/chu-de/tet-sum-vay");
    expect(authorPath("pham-diep")).toBe("/tac-gia/pham-diep");
    expect(articleTag("bao-moi")).toBe("article:bao-moi");
    expect(categoryTag("the-thao")).toBe("category:the-thao");
    expect(tagTag("tet-sum-vay")).toBe("tag:tet-sum-vay");
    expect(authorTag("pham-diep")).toBe("author:pham-diep");
  });
});

describe("the site origin", () => {
  it("is SITE_URL without trailing slashes, else localhost on PORT, else localhost:3000", () => {
    process.env.SITE_URL = "https://laodongthudo.vn///";
    expect(siteUrl()).toBe("https://laodongthudo.vn");
    expect(absoluteUrl("/bai-viet/a")).toBe("https://laodongthudo.vn/bai-viet/a");
    process.env.SITE_URL = "";
    process.env.PORT = "4100";
    expect(siteUrl()).toBe("http://localhost:4100");
    delete process.env.PORT;
    expect(siteUrl()).toBe("http://localhost:3000");
  });
});

describe("media keys", () => {
  it("accept only lower-case [a-z0-9-] path segments with an extension, shorter than 300", () => {
    for (const key of ["a.jpg", "seed/cau-ngoc-ha.webp", "2026/11/anh-1-768.webp", "x9/y.png"]) expect(isSafeKey(key), key).toBe(true);
    for (const key of ["", "a", "A.jpg", "../a.jpg", "/a.jpg", "a/.jpg", "-a.jpg", "a//b.jpg", "a/b", "a.JPG", "a.jpg/", "a b.jpg", "a.jpg.", "a.jpg\n"]) {
      expect(isSafeKey(key), JSON.stringify(key)).toBe(false);
    }
    expect(isSafeKey(`${"a".repeat(295)}.jpg`)).toBe(true); // 299 characters
    expect(isSafeKey(`${"a".repeat(296)}.jpg`)).toBe(false); // 300
  });

  it("name a variant after the key without its extension, the width and .webp", () => {
    expect(variantKey("seed/photo.jpg", 768)).toBe("seed/photo-768.webp");
    expect(variantKey("2026/a.b.png", 320)).toBe("2026/a.b-320.webp");
    expect(variantKey("noext", 480)).toBe("noext-480.webp");
  });
});

describe("media store settings", () => {
  it("an unsafe key is refused with an error naming it", () => {
    expect(() => assertSafeKey("../thoat.jpg")).toThrow(UnsafeMediaKeyError);
    expect(new UnsafeMediaKeyError("../thoat.jpg")).toMatchObject({ name: "UnsafeMediaKeyError", message: "Unsafe media key: ../thoat.jpg" });
  });

  it("ETags are quoted when bare; quoted and weak ones are kept as sent; none is null", () => {
    expect(normaliseEtag(null)).toBeNull();
    expect(normaliseEtag(undefined)).toBeNull();
    expect(normaliseEtag("")).toBeNull();
    expect(normaliseEtag("abc")).toBe('"abc"');
    expect(normaliseEtag('"abc"')).toBe('"abc"');
    expect(normaliseEtag('W/"abc"')).toBe('W/"abc"');
    expect(normaliseEtag('"abc')).toBe('"abc'); // starts quoted: left as the server sent it
  });

  it("files go to MEDIA_DIR, by default .data/media under the working directory", () => {
    expect(mediaDir({})).toBe(`${process.cwd()}/.data/media`);
    expect(mediaDir({ MEDIA_DIR: "" })).toBe(`${process.cwd()}/.data/media`);
    expect(mediaDir({ MEDIA_DIR: "/srv/anh" })).toBe("/srv/anh");
    expect(mediaDir({ MEDIA_DIR: "kho/anh" })).toBe(`${process.cwd()}/kho/anh`);
  });

  it("S3_FORCE_PATH_STYLE reads 1/true/yes/on and 0/false/no/off in any case; anything else is refused", () => {
    const pathStyle = (value: string, endpoint?: string) => s3ConfigFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: value })?.forcePathStyle;
    // without an endpoint the default is false, with one true: each word must override it
    for (const yes of ["1", "true", "yes", "on", " TRUE ", "On"]) expect(pathStyle(yes), yes).toBe(true);
    for (const no of ["0", "false", "no", "off", " NO ", "Off"]) expect(pathStyle(no, "http://minio:9000"), no).toBe(false);
    expect(pathStyle("")).toBe(false);
    expect(pathStyle("", "http://minio:9000")).toBe(true);
    expect(() => pathStyle("maybe")).toThrow('S3_FORCE_PATH_STYLE must be true or false, not "maybe"');
    expect(() => pathStyle("2")).toThrow('S3_FORCE_PATH_STYLE must be true or false, not "2"');
  });
});

describe("feed XML", () => {
  it("escapes the five XML characters and strips the control characters XML 1.0 forbids", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
    expect(escapeXml("x\u0000\u0001\u0008\u000b\u000c\u000e\u001f\ufffe\uffffy")).toBe("xy");
    expect(escapeXml("tab\tline\ncr\r")).toBe("tab\tline\ncr\r"); // allowed in XML 1.0
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("answers with the XML declaration, UTF-8 and five minutes of public caching", async () => {
    const plain = xmlResponse("<a/>");
    expect(await plain.text()).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a/>');
    expect(plain.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(plain.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(xmlResponse("<rss/>", "application/rss+xml").headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
  });

  it("an RSS 2.0 channel lists each story with its absolute link, guid, sapo, category and RFC 822 date", () => {
    process.env.SITE_URL = "https://bao.example";
    const story = {
      slug: "gia-xang-giam",
      title: "Giá xăng giảm <lần 3>",
      sapo: "Từ 15 giờ & hôm nay.",
      category: { name: "Kinh tế", slug: "kinh-te" },
      publishedAt: new Date("2026-11-20T08:30:00Z"),
    } as unknown as ArticleSummary;
    const xml = rssDocument({ title: "Tin mới", link: "https://bao.example/", description: "Mô tả", self: "https://bao.example/rss.xml" }, [story, { ...story, slug: "b", title: "B" }]);
    expect(xml).toBe(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Tin mới</title>
    <link>https://bao.example/</link>
    <description>Mô tả</description>
    <language>vi</language>
    <copyright>Lao động Thủ đô</copyright>
    <atom:link href="https://bao.example/rss.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title>Giá xăng giảm &lt;lần 3&gt;</title>
      <link>https://bao.example/bai-viet/gia-xang-giam</link>
      <guid isPermaLink="true">https://bao.example/bai-viet/gia-xang-giam</guid>
      <description>Từ 15 giờ &amp; hôm nay.</description>
      <category>Kinh tế</category>
      <pubDate>Fri, 20 Nov 2026 08:30:00 GMT</pubDate>
    </item>
    <item>
      <title>B</title>
      <link>https://bao.example/bai-viet/b</link>
      <guid isPermaLink="true">https://bao.example/bai-viet/b</guid>
      <description>Từ 15 giờ &amp; hôm nay.</description>
      <category>Kinh tế</category>
      <pubDate>Fri, 20 Nov 2026 08:30:00 GMT</pubDate>
    </item>
  </channel>
</rss>`);
  });
});

describe("cache declarations", () => {
  beforeEach(() => {
    cacheApi.life.length = 0;
    cacheApi.tags.length = 0;
  });

  it("do nothing outside the Next server", () => {
    delete process.env.NEXT_RUNTIME;
    cachedFor("minutes", "home");
    alsoTagged("tag:a");
    expect(cacheApi).toEqual({ life: [], tags: [] });
  });

  it("in the Next server: the profile, then the tags if any; extra tags only when there are some", () => {
    process.env.NEXT_RUNTIME = "nodejs";
    cachedFor("hours", "home", "rails");
    cachedFor("minutes");
    alsoTagged("tag:a", "author:b");
    alsoTagged();
    expect(cacheApi).toEqual({ life: ["hours", "minutes"], tags: [["home", "rails"], ["tag:a", "author:b"]] });
  });
});

describe("tokens", () => {
  it("are 32 random bytes in base64url, stored only as their sha256 in hex", () => {
    expect(tokenId("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const a = newToken();
    const b = newToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.id).toBe(tokenId(a.token));
    expect(a.token).not.toBe(b.token);
  });
});

describe("newsroom routes", () => {
  it("give each page's permission, and refuse an unknown path", () => {
    expect(adminRoute("/admin/nguoi-dung")).toEqual({ path: "/admin/nguoi-dung", label: "Người dùng", permission: "users.manage", inMenu: true });
    expect(adminRoute("/admin/bai-viet/moi").permission).toBe("article.create");
    expect(() => adminRoute("/admin/khong-co")).toThrow("Unknown admin route /admin/khong-co");
  });
});

describe("user administration forms", () => {
  const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.success ? [] : result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

  it("a new account: email trimmed and lower-cased, a name of 2 to 120 characters, a known role, a strong password", () => {
    expect(createUserSchema.parse({ email: "  Ban.Bien.Tap@Test.VN ", name: "  Lê An ", role: "EDITOR", password: "mat-khau-rat-dai-1" })).toEqual({
      email: "ban.bien.tap@test.vn",
      name: "Lê An",
      role: "EDITOR",
      password: "mat-khau-rat-dai-1",
    });
    expect(messages(createUserSchema.safeParse({ email: "khong-phai-email", name: " A ", role: "OWNER", password: "ngan" }))).toEqual([
      "email: Email không hợp lệ.",
      "name: Vui lòng nhập họ tên (ít nhất 2 ký tự).",
      "role: Vai trò không hợp lệ.",
      "password: Mật khẩu cần ít nhất 10 ký tự.",
    ]);
    expect(messages(createUserSchema.safeParse({ email: `${"a".repeat(196)}@b.vn`, name: "Ab", role: "WRITER", password: "mat-khau-rat-dai-1" }))).toEqual(["email: Email quá dài."]);
    expect(messages(createUserSchema.safeParse({ email: "a@b.vn", name: "x".repeat(121), role: "ADMIN", password: "mat-khau-rat-dai-1" }))).toEqual(["name: Họ tên quá dài."]);
    expect(createUserSchema.safeParse({ email: "a@b.vn", name: "x".repeat(120), role: "WRITER", password: "mat-khau-rat-dai-1" }).success).toBe(true);
  });

  it("a role change and an enable/disable name a real account; '1' disables, '0' enables, nothing else", () => {
    expect(setRoleSchema.parse({ userId: "7", role: "WRITER" })).toEqual({ userId: 7, role: "WRITER" });
    expect(messages(setRoleSchema.safeParse({ userId: "0", role: "WRITER" }))).toEqual(["userId: Tài khoản không hợp lệ."]);
    expect(setDisabledSchema.parse({ userId: 3, disabled: "1" })).toEqual({ userId: 3, disabled: true });
    expect(setDisabledSchema.parse({ userId: 3, disabled: "0" })).toEqual({ userId: 3, disabled: false });
    expect(setDisabledSchema.safeParse({ userId: 3, disabled: "true" }).success).toBe(false);
  });

  it("a password change needs the current one and the new one typed twice the same", () => {
    expect(changePasswordSchema.parse({ current: "cu", password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" })).toEqual({
      current: "cu",
      password: "mat-khau-moi-dai-1",
      confirm: "mat-khau-moi-dai-1",
    });
    expect(messages(changePasswordSchema.safeParse({ current: "", password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" }))).toEqual([
      "current: Vui lòng nhập mật khẩu hiện tại.",
    ]);
    expect(messages(changePasswordSchema.safeParse({ current: "cu", password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-2" }))).toEqual([
      "confirm: Mật khẩu nhập lại không khớp.",
    ]);
    expect(changePasswordSchema.safeParse({ current: "x".repeat(201), password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" }).success).toBe(false);
  });

  it("a reset needs a token of 10 to 100 characters and the new password typed twice the same", () => {
    const ok = { token: "t".repeat(10), password: "mat-khau-moi-dai-1", confirm: "mat-khau-moi-dai-1" };
    expect(resetPasswordSchema.parse(ok)).toEqual(ok);
    expect(resetPasswordSchema.safeParse({ ...ok, token: "t".repeat(100) }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ ...ok, token: "t".repeat(9) }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ ...ok, token: "t".repeat(101) }).success).toBe(false);
    expect(messages(resetPasswordSchema.safeParse({ ...ok, confirm: "khac-han-nhe-1" }))).toEqual(["confirm: Mật khẩu nhập lại không khớp."]);
  });
});

describe("edge answers and form ids", () => {
  it("the first of repeated query values; nothing else is a string", () => {
    expect(firstValue(["1", "2"])).toBe("1");
    expect(firstValue("a")).toBe("a");
    expect(firstValue(undefined)).toBeUndefined();
    expect(firstValue([3])).toBeUndefined();
    expect(firstValue([])).toBeUndefined();
  });

  it("a form id is 1 … 2^31-1 in digits, else null", () => {
    expect(formId("42")).toBe(42);
    expect(formId(" 7 ")).toBe(7);
    expect(formId("2147483647")).toBe(2_147_483_647);
    for (const bad of ["0", "2147483648", "1e3", "-1", "", "abc"]) expect(formId(bad), bad).toBeNull();
    expect(formId(null)).toBeNull();
    expect(formId(undefined)).toBeNull();
    expect(formId(new File(["1"], "1"))).toBeNull();
  });

  it("a POST over 2 MB is refused (exactly 2 MB passes), except uploads, GET and HEAD", () => {
    expect(isOversizedPost("POST", "/", String(2 * 1024 * 1024))).toBe(false);
    expect(isOversizedPost("POST", "/", String(2 * 1024 * 1024 + 1))).toBe(true);
    expect(isOversizedPost("HEAD", "/", String(3 * 1024 * 1024))).toBe(false);
    expect(isOversizedPost("PUT", "/admin", String(3 * 1024 * 1024))).toBe(true);
    expect(isOversizedPost("POST", "/", null)).toBe(false);
  });

  it("400 is a small Vietnamese page, 413 a plain message; neither is cached", async () => {
    const bad = badRequest();
    expect(bad.status).toBe(400);
    expect(bad.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(bad.headers.get("Cache-Control")).toBe("no-store");
    const html = await bad.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    expect(html).toContain("<title>Yêu cầu không hợp lệ</title>");
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/">Về trang chủ</a>');
    const big = bodyTooLarge();
    expect(big.status).toBe(413);
    expect(big.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(big.headers.get("Cache-Control")).toBe("no-store");
    expect(await big.text()).toBe("Dữ liệu gửi lên quá lớn (tối đa 2 MB). Nội dung chưa được lưu.");
  });
});
