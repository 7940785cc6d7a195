import { createHash } from "node:crypto";
import { contentSecurityPolicy } from "@/platform/content-security-policy";

/**
 * Content-Security-Policy for cached reader HTML. A per-request nonce cannot be used on a
 * page served to many readers (everyone would share it), so the policy lists the SHA-256 of
 * each inline script the page was rendered with: only those exact scripts run, plus
 * same-origin script files (Next's chunks). Injected markup can add no script: its hash is
 * not listed, and no other origin is allowed. Pages without scripts (the mobile edition)
 * get `script-src 'none'`. The newsroom keeps its own nonce-based policy (src/proxy.ts).
 */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^\s*(|text\/javascript|application\/javascript|module)\s*$/i;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, content] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = attributes.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? "";
    if (!EXECUTABLE_TYPE.test(type)) continue; // JSON-LD and other data blocks never execute
    hashes.add(`'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

export function readerContentSecurityPolicy(html: string): string {
  const hashes = inlineScriptHashes(html);
  return contentSecurityPolicy(/<script\b/i.test(html) ? ["'self'", ...hashes].join(" ") : "'none'");
}
