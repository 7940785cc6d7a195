import { describe, expect, it } from "vitest";
import { actionAllowlist, actionIdsOfForm, actionIdsOfRequest, callableActionIds } from "@/newsroom/auth/action-allowlist";
import { clientIp, PEER_HEADER, PEER_HEADER_ENV, stampPeerAddress, trustedProxies } from "@/newsroom/auth/client-ip";
import { verifyPassword } from "@/newsroom/auth/passwords";
import { STATUS_LABELS } from "@/newsroom/articles/statuses";

/**
 * Edges of the newsroom's request checks that the main tests of each module do not reach:
 * manifests written on Windows or with holes, action descriptors of the wrong type, which
 * requests can name an action at all, the 404 of a refused action, the proxy list cache,
 * malformed peer addresses, the server entry's peer stamp, and broken password hashes.
 */
const SIGN_IN = "7fede035acb6f85e4842406f3b419e78eec579eb3d";
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("the callable actions of a manifest", () => {
  it("accept Windows paths, skip holes and entries without a file name", () => {
    expect(callableActionIds({ node: { [SIGN_IN]: { filename: "src\\newsroom\\actions\\account.ts" } } })).toEqual(new Set([SIGN_IN]));
    expect(callableActionIds({ node: { [SIGN_IN]: null } })).toEqual(new Set());
    expect(callableActionIds({ node: { [SIGN_IN]: { filename: 42 } } })).toEqual(new Set());
  });
});

describe("the action ids a request names", () => {
  it("a descriptor's id must be a string of the id's shape", () => {
    expect(actionIdsOfForm(form({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: [SIGN_IN] }) }))).toEqual([""]);
    expect(actionIdsOfForm(form({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: SIGN_IN }) }))).toEqual([SIGN_IN]);
  });

  it("only a multipart POST (or a Next-Action header) names an action", async () => {
    const fake = (method: string, type: string | null, body: FormData) => ({
      method,
      headers: new Headers(type ? { "content-type": type } : {}),
      clone: () => ({ formData: async () => body }),
    });
    const named = form({ [`$ACTION_ID_${SIGN_IN}`]: "" });
    expect(await actionIdsOfRequest(fake("POST", "multipart/form-data; boundary=x", named))).toEqual([SIGN_IN]);
    expect(await actionIdsOfRequest(fake("PUT", "multipart/form-data; boundary=x", named))).toEqual([]);
    expect(await actionIdsOfRequest(fake("POST", "application/x-www-form-urlencoded", named))).toEqual([]);
    expect(await actionIdsOfRequest(fake("POST", null, named))).toEqual([]);
    const urlencoded = new Request("http://site.test/", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `%24ACTION_ID_${SIGN_IN}=` });
    expect(await actionIdsOfRequest(urlencoded)).toEqual([]);
  });

  it("a refused action is a plain-text 404 that no cache keeps", async () => {
    const refuse = actionAllowlist(() => new Set());
    const response = (await refuse(new Request("http://site.test/", { method: "POST", headers: { "Next-Action": SIGN_IN }, body: "[]" })))!;
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("client addresses", () => {
  it("two different proxy lists never share a compiled trust function", () => {
    expect(clientIp({ peer: "1.1.1.11", forwardedFor: "203.0.113.5", trustedProxies: "1.1.1.1, 11.1.1.1" })).toBe("1.1.1.11");
    expect(clientIp({ peer: "1.1.1.11", forwardedFor: "203.0.113.5", trustedProxies: "1.1.1.11, 1.1.1.1" })).toBe("203.0.113.5");
    expect(trustedProxies("1.1.1.1, 11.1.1.1")).toBe(trustedProxies(" 1.1.1.1 ,11.1.1.1 ,"));
  });

  it("only a whole IPv4-mapped address is unwrapped; anything around it makes the peer unknown", () => {
    expect(clientIp({ peer: "::FFFF:192.0.2.1", forwardedFor: null })).toBe("192.0.2.1");
    expect(clientIp({ peer: "x::ffff:192.0.2.1", forwardedFor: null })).toBeNull();
    expect(clientIp({ peer: "::ffff:192.0.2.10x", forwardedFor: null })).toBeNull();
    expect(clientIp({ peer: "", forwardedFor: "203.0.113.5", trustedProxies: "0.0.0.0/0" })).toBeNull();
    expect(clientIp({ peer: null, forwardedFor: "203.0.113.5", trustedProxies: "0.0.0.0/0" })).toBeNull();
  });

  it("the server entry stamps the socket's address over any client value, and marks the process", () => {
    const env: Record<string, string | undefined> = {};
    const request = { headers: { [PEER_HEADER]: "6.6.6.6" } as Record<string, string>, socket: { remoteAddress: "203.0.113.8" } };
    stampPeerAddress(request as never, env);
    expect(request.headers[PEER_HEADER]).toBe("203.0.113.8");
    expect(env[PEER_HEADER_ENV]).toBe("1");
    const closed = { headers: { [PEER_HEADER]: "6.6.6.6" } as Record<string, string>, socket: {} };
    stampPeerAddress(closed as never, env);
    expect(closed.headers[PEER_HEADER]).toBe("");
  });
});

describe("passwords and labels", () => {
  it("a broken stored hash never verifies (no exception)", async () => {
    expect(await verifyPassword("khong-phai-argon2", "bat-ky")).toBe(false);
    expect(await verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$hong", "bat-ky")).toBe(false);
  });

  it("article states have their Vietnamese names", () => {
    expect(STATUS_LABELS).toEqual({ DRAFT: "Bản nháp", IN_REVIEW: "Chờ duyệt", SCHEDULED: "Hẹn giờ", PUBLISHED: "Đã xuất bản", UNPUBLISHED: "Đã gỡ" });
  });
});

