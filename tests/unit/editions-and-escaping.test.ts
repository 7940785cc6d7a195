import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/content/article/cursor";
import { serializeJsonLd } from "@/content/article/metadata";
import { escapeXml } from "@/content/feeds/xml";
import { desktopPathFor, isPhone, mobilePathFor, shouldRedirectToMobile } from "@/content/routing/editions";

const PIXEL = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1";
const IPAD = "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1";
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

describe("editions", () => {
  it("tells phones from tablets and desktops", () => {
    expect(isPhone(PIXEL)).toBe(true);
    expect(isPhone(IPHONE)).toBe(true);
    expect(isPhone(IPAD)).toBe(false);
    expect(isPhone(DESKTOP)).toBe(false);
    expect(isPhone(null)).toBe(false);
  });

  it("maps desktop pages to their mobile mirror and back", () => {
    expect(mobilePathFor("/")).toBe("/m");
    expect(mobilePathFor("/bai-viet/abc")).toBe("/m/bai-viet/abc");
    expect(mobilePathFor("/chuyen-muc/cong-doan")).toBe("/m/chuyen-muc/cong-doan");
    expect(mobilePathFor("/tim-kiem")).toBe("/m/tim-kiem");
    expect(mobilePathFor("/chu-de/x")).toBeNull();
    expect(mobilePathFor("/admin")).toBeNull();
    expect(desktopPathFor("/m")).toBe("/");
    expect(desktopPathFor("/m/bai-viet/abc")).toBe("/bai-viet/abc");
  });

  it("redirects phones unless they chose the full site", () => {
    expect(shouldRedirectToMobile("/bai-viet/x", PIXEL, undefined)).toBe(true);
    expect(shouldRedirectToMobile("/bai-viet/x", PIXEL, "full")).toBe(false);
    expect(shouldRedirectToMobile("/bai-viet/x", DESKTOP, undefined)).toBe(false);
    expect(shouldRedirectToMobile("/chu-de/x", PIXEL, undefined)).toBe(false);
  });
});

describe("cursor", () => {
  it("round-trips and rejects malformed input", () => {
    const item = { publishedAt: new Date("2026-11-20T10:00:00.123Z"), id: 4711 };
    expect(decodeCursor(encodeCursor(item))).toEqual(item);
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("")).toBeNull();
    for (const bad of ["<script>", "1", "a.b.c", "zzzzzzzzzzzzzz.1", "1.0", ["1.1"]]) expect(decodeCursor(bad)).toBeUndefined();
  });
});

describe("escaping", () => {
  it("JSON-LD cannot close its script tag", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script> & \u2028" });
    expect(json).not.toContain("</script>");
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script> & \u2028");
  });

  it("XML text is escaped and control characters dropped", () => {
    expect(escapeXml(`Giá <xăng> & "dầu" 'nay'\u0001`)).toBe("Giá &lt;xăng&gt; &amp; &quot;dầu&quot; &apos;nay&apos;");
  });
});
