import fs from "node:fs";
import path from "node:path";
import { notFound } from "next/navigation";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { decodeCursor, encodeCursor } from "@/content/article/cursor";
import { articleInputSchema } from "@/content/article/schema";
import {
  dayQuery,
  hasMalformedEscapes,
  idParam,
  isOversizedPost,
  optionalFormId,
  optionalIdQuery,
  pageQuery,
  positiveId,
  searchText,
  SERVER_ACTION_BODY_LIMIT,
  SERVER_ACTION_BODY_LIMIT_BYTES,
  slugParam,
  tokenParam,
  uncleanFormField,
  uncleanTextPath,
} from "@/content/routing/params";
import { safeMetadata } from "@/content/routing/safe-metadata";
import { publicAction } from "@/newsroom/auth/guarded-action";

const ok = (schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? r.data : "INVALID";
};

describe("percent-escapes that Next cannot decode", () => {
  it("are found in paths", () => {
    expect(hasMalformedEscapes("/chu-de/%ff")).toBe(true);
    expect(hasMalformedEscapes("/chu-de/%C0%AE")).toBe(true); // overlong "."
    expect(hasMalformedEscapes("/media/%E0%A4")).toBe(true); // truncated sequence
    expect(hasMalformedEscapes("/100%")).toBe(true);
    expect(hasMalformedEscapes("/m/bai-viet/a%zz")).toBe(true);
  });
  it("leave well-formed UTF-8 alone (NUL included: the slug rule refuses it later)", () => {
    expect(hasMalformedEscapes("/chuyen-muc/cong-doan")).toBe(false);
    expect(hasMalformedEscapes("/c%C3%B4ng%20%C4%91o%C3%A0n")).toBe(false);
    expect(hasMalformedEscapes("/chu-de/%00")).toBe(false);
    expect(hasMalformedEscapes("/chu-de/a%2Fb")).toBe(false);
  });
});

describe("path params", () => {
  it("slugs are lowercase ASCII, digits and hyphens, at most 200 characters", () => {
    expect(ok(slugParam, "cong-doan")).toBe("cong-doan");
    for (const bad of ["\u0000", "a\u0000b", "Cong-doan", "công-đoàn", "a/b", "a b", "", "a".repeat(201), "../x"]) {
      expect(ok(slugParam, bad), JSON.stringify(bad)).toBe("INVALID");
    }
  });
  it("ids are digits from 1 to 2^31-1", () => {
    expect(ok(idParam, "1")).toBe(1);
    expect(ok(idParam, "2147483647")).toBe(2_147_483_647);
    expect(ok(idParam, 42)).toBe(42);
    for (const bad of ["2147483648", "99999999999", "1e3", "1e400", "0x10", "0", "-1", "1.5", "", "abc", 2 ** 31, 0, 1.5, Infinity, NaN, null, undefined]) {
      expect(ok(idParam, bad), String(bad)).toBe("INVALID");
    }
  });
  it("an id schema carries its own message", () => {
    const r = positiveId("Vui lòng chọn chuyên mục.").safeParse("99999999999");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("Vui lòng chọn chuyên mục.");
  });
  it("reset tokens are base64url", () => {
    expect(ok(tokenParam, "A".repeat(43))).toBe("A".repeat(43));
    expect(ok(tokenParam, "abc\u0000def-ghijklmnopq")).toBe("INVALID");
  });
});

describe("query values", () => {
  it("page numbers: absent or empty is 1, else 1…100000 in digits", () => {
    expect(ok(pageQuery, undefined)).toBe(1);
    expect(ok(pageQuery, "")).toBe(1);
    expect(ok(pageQuery, "3")).toBe(3);
    for (const bad of ["1e400", "0", "-2", "100001", "2.5", "abc", " 2"]) expect(ok(pageQuery, bad), bad).toBe("INVALID");
  });
  it("optional id filters", () => {
    expect(ok(optionalIdQuery, undefined)).toBe(undefined);
    expect(ok(optionalIdQuery, "")).toBe(undefined);
    expect(ok(optionalIdQuery, "7")).toBe(7);
    expect(ok(optionalIdQuery, "99999999999")).toBe("INVALID");
    expect(ok(optionalIdQuery, "1e400")).toBe("INVALID");
  });
  it("days must exist on the calendar", () => {
    expect((ok(dayQuery, "2026-11-26") as Date).toISOString()).toBe("2026-11-25T17:00:00.000Z");
    expect(ok(dayQuery, "")).toBe(undefined);
    for (const bad of ["9999-99-99", "2026-02-30", "0000-01-01", "2026-1-1", "hôm nay"]) expect(ok(dayQuery, bad), bad).toBe("INVALID");
  });
  it("search text loses control characters and is bounded", () => {
    expect(searchText(10).parse("  công\u0000đoàn\u0007  ")).toBe("công đoàn");
    expect(searchText(5).parse("abcdefgh")).toBe("abcde");
    expect(searchText().parse(undefined)).toBe("");
  });
  it("cursors beyond the dates PostgreSQL exchanges are malformed, not a 500", () => {
    expect(decodeCursor("2dnw4tonmyo.1")).toBe(undefined); // 8.7e15 ms: not a valid Date
    expect(decodeCursor("zzzzzzzzzzzz.1")).toBe(undefined);
    expect(decodeCursor("2htner8qo0.1")).toBe(undefined); // 10000-01-01: a valid Date, not a PostgreSQL one
    expect(decodeCursor("2htner8qnz.1")).toEqual({ publishedAt: new Date("9999-12-31T23:59:59.999Z"), id: 1 });
    const cursor = encodeCursor({ publishedAt: new Date("2026-11-20T03:00:00Z"), id: 42 });
    expect(decodeCursor(cursor)).toEqual({ publishedAt: new Date("2026-11-20T03:00:00Z"), id: 42 });
  });
});

describe("form fields", () => {
  it("finds the first field with a control character", () => {
    const form = new FormData();
    form.set("name", "Nguyễn Văn A");
    form.set("note", "dòng 1\ndòng 2\ttab");
    expect(uncleanFormField(form)).toBe(null);
    form.set("alt", "ảnh\u0000");
    expect(uncleanFormField(form)).toBe("alt");
  });
  it("optional ids: absent → null, malformed → undefined", () => {
    expect(optionalFormId(null)).toBe(null);
    expect(optionalFormId("")).toBe(null);
    expect(optionalFormId("12")).toBe(12);
    expect(optionalFormId("4294967296")).toBe(undefined);
    expect(optionalFormId("1e400")).toBe(undefined);
  });
  it("finds control characters deep in JSON", () => {
    expect(uncleanTextPath({ a: ["x", { b: "y\u0000" }] })).toEqual(["a", 1, "b"]);
    expect(uncleanTextPath({ a: "\ud800" })).toEqual(["a"]); // lone surrogate
    expect(uncleanTextPath({ a: "😀 ok" })).toBe(null);
  });

  it("every action refuses a form with NUL, or no form at all, before its handler runs", async () => {
    let ran = 0;
    const action = publicAction(async () => {
      ran++;
      return { ok: true };
    });
    const form = new FormData();
    form.set("email", "a@b.vn\u0000");
    form.set("name", "An");
    const refused = await action({}, form);
    expect(refused).toEqual({
      ok: false,
      message: "Vui lòng kiểm tra lại các trường được đánh dấu.",
      fieldErrors: { email: "Có ký tự không hợp lệ (ký tự điều khiển)." },
      values: { name: "An" },
    });
    expect(await action({}, "không phải form" as unknown as FormData)).toEqual({ ok: false, message: "Dữ liệu gửi lên không hợp lệ." });
    expect(ran).toBe(0);
    form.set("email", "a@b.vn");
    expect(await action({}, form)).toEqual({ ok: true });
    expect(ran).toBe(1);
  });
});

describe("the article form", () => {
  const valid = {
    title: "Tiêu đề bài viết thử",
    sapo: "Sapo của bài viết thử nghiệm.",
    categoryId: 1,
    kind: "NEWS",
    bylines: [{ name: "Phóng viên", role: "Bài" }],
    body: [{ type: "paragraph", content: [{ text: "Đoạn văn." }] }],
  };
  const issues = (input: unknown) => {
    const r = articleInputSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("is valid as a baseline", () => {
    expect(issues(valid)).toEqual([]);
  });
  it("refuses NUL anywhere, naming the field", () => {
    expect(issues({ ...valid, title: "Tiêu đề \u0000 bài viết" })).toEqual(["title: Có ký tự không hợp lệ (ký tự điều khiển)."]);
    expect(issues({ ...valid, body: [{ type: "paragraph", content: [{ text: "a\u0000" }] }] })).toEqual([
      "body.0.content.0.text: Có ký tự không hợp lệ (ký tự điều khiển).",
    ]);
  });
  it("refuses ids beyond 2^31-1", () => {
    expect(issues({ ...valid, categoryId: 2 ** 31 })).toEqual(["categoryId: Vui lòng chọn chuyên mục."]);
    expect(issues({ ...valid, coverMediaId: "99999999999" })).toEqual(["coverMediaId: Ảnh đại diện không hợp lệ."]);
    expect(issues({ ...valid, relatedIds: [2 ** 31] })).toEqual(["relatedIds.0: Tin liên quan không hợp lệ."]);
    expect(issues({ ...valid, body: [{ type: "image", mediaId: 2 ** 31 }] })).toEqual(["body.0.mediaId: Ảnh không hợp lệ."]);
  });
  it("a 5 MB paragraph is a message on the body, however it is split into spans", () => {
    const huge = "ư".repeat(5_000_000);
    expect(issues({ ...valid, body: [{ type: "paragraph", content: [{ text: huge }] }] })[0]).toMatch(/^body\.0\.content\.0\.text: /);
    const spans = Array.from({ length: 250 }, () => ({ text: "a".repeat(19_999) }));
    expect(issues({ ...valid, body: [{ type: "paragraph", content: spans }] })).toEqual(["body.0.content: Đoạn văn quá dài (tối đa 20000 ký tự)."]);
  });
});

describe("request size", () => {
  it("the proxy's limit is Next's server-action limit", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_LIMIT);
    expect(SERVER_ACTION_BODY_LIMIT_BYTES).toBe(2 * 1024 * 1024);
  });
  it("oversized posts are refused except by routes with their own limit", () => {
    expect(isOversizedPost("POST", "/admin/bai-viet/5", String(20 * 1024 * 1024))).toBe(true);
    expect(isOversizedPost("POST", "/admin/bai-viet/5", String(1024 * 1024))).toBe(false);
    expect(isOversizedPost("POST", "/admin/media/tai-len", String(10 * 1024 * 1024))).toBe(false);
    expect(isOversizedPost("GET", "/", String(20 * 1024 * 1024))).toBe(false);
  });
});

describe("page metadata", () => {
  it("a failing read falls back instead of failing the response", async () => {
    const generate = safeMetadata(async () => {
      throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
    }, { title: "Dự phòng" });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      expect(await generate()).toEqual({ title: "Dự phòng" });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
  it("Next's own control flow still passes through", async () => {
    const generate = safeMetadata(async () => notFound());
    await expect(generate()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
  });

  it("every generateMetadata in src/app goes through safeMetadata, every dynamic segment through a param parser", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/^(page|route|layout)\.tsx?$/.test(entry.name)) files.push(full);
      }
    };
    walk(path.join(process.cwd(), "src/app"));
    expect(files.length).toBeGreaterThan(30);
    const unguarded = files.filter((f) => /export\s+async\s+function\s+generate(Metadata|Viewport)\b/.test(fs.readFileSync(f, "utf8")));
    expect(unguarded).toEqual([]);
    // The read API's routes hand their params to src/api/v1/handlers.ts, which parses them with
    // the zod schemas of src/api/v1/schemas.ts (JSON 400s); its catch-all `path` is never read.
    const PARSERS: Record<string, RegExp> = {
      slug: /\bslugParam\b|\barticleHandler\b/,
      id: /\bidParam\b/,
      token: /\btokenParam\b/,
      file: /\.match\(\/\^/,
      key: /isSafeKey/,
      path: /\bunknownPathHandler\b/,
    };
    const unchecked = files.filter((f) => {
      const param = f.match(/\[(?:\.\.\.)?(\w+)\]/g)?.pop()?.replace(/[[\].]/g, "");
      return param !== undefined && !PARSERS[param]?.test(fs.readFileSync(f, "utf8")) && !/layout\.tsx$/.test(f);
    });
    expect(unchecked.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
