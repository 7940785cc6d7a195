import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp, clientIpFromHeaders, trustedProxies } from "@/newsroom/auth/client-ip";
import { requestMeta } from "@/newsroom/auth/request";

const incoming = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => incoming.headers, cookies: async () => new Map() }));

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("client address without trusted proxies (the default)", () => {
  it("is the socket peer; X-Forwarded-For and X-Real-IP sent by the client are ignored", () => {
    expect(clientIp({ peer: "203.0.113.9", forwardedFor: "1.2.3.4" })).toBe("203.0.113.9");
    expect(clientIp({ peer: "203.0.113.9", forwardedFor: "1.2.3.4", trustedProxies: "" })).toBe("203.0.113.9");
    const env = { NEWSROOM_PEER_HEADER: "1" };
    expect(clientIpFromHeaders(headers({ "x-newsroom-peer-address": "203.0.113.9", "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }), env)).toBe("203.0.113.9");
  });

  it("changing X-Forwarded-For does not change the address", () => {
    const ips = ["10.0.0.1", "10.0.0.2", "8.8.8.8, 10.0.0.3"].map((xff) => clientIp({ peer: "198.51.100.4", forwardedFor: xff }));
    expect(ips).toEqual(["198.51.100.4", "198.51.100.4", "198.51.100.4"]);
  });

  it("unwraps IPv4-mapped IPv6 peers and keeps IPv6", () => {
    expect(clientIp({ peer: "::ffff:192.0.2.10", forwardedFor: null })).toBe("192.0.2.10");
    expect(clientIp({ peer: "2001:db8::1", forwardedFor: null })).toBe("2001:db8::1");
  });

  it("the peer header is believed only when our server entry set it (else the address is unknown)", () => {
    const h = headers({ "x-newsroom-peer-address": "203.0.113.9", "x-forwarded-for": "1.2.3.4" });
    expect(clientIpFromHeaders(h, {})).toBeNull();
    expect(clientIpFromHeaders(headers({ "x-forwarded-for": "1.2.3.4" }), { NEWSROOM_PEER_HEADER: "1" })).toBeNull();
    expect(clientIp({ peer: "not-an-ip", forwardedFor: null })).toBeNull();
  });
});

describe("client address behind trusted proxies (TRUSTED_PROXIES)", () => {
  const trusted = "10.0.0.0/8, 192.168.1.5";

  it("uses X-Forwarded-For only when the peer is a trusted proxy", () => {
    expect(clientIp({ peer: "10.1.2.3", forwardedFor: "203.0.113.50", trustedProxies: trusted })).toBe("203.0.113.50");
    expect(clientIp({ peer: "192.168.1.5", forwardedFor: "203.0.113.50", trustedProxies: trusted })).toBe("203.0.113.50");
    // A direct client, not a proxy: its own X-Forwarded-For is ignored.
    expect(clientIp({ peer: "198.51.100.7", forwardedFor: "203.0.113.50", trustedProxies: trusted })).toBe("198.51.100.7");
    expect(clientIp({ peer: "192.168.1.6", forwardedFor: "203.0.113.50", trustedProxies: trusted })).toBe("192.168.1.6");
  });

  it("takes the right-most untrusted address, so a forged left part changes nothing", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the client's real address.
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.50", trustedProxies: trusted })).toBe("203.0.113.50");
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "9.9.9.9, 1.1.1.1, 203.0.113.50", trustedProxies: trusted })).toBe("203.0.113.50");
    // Two proxies in a row (CDN → load balancer), both trusted.
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.50, 10.9.9.9", trustedProxies: trusted })).toBe("203.0.113.50");
    // Only trusted hops: the left-most is the client.
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "10.0.0.7", trustedProxies: trusted })).toBe("10.0.0.7");
  });

  it("a malformed entry stops the walk at the last trusted hop; no header means the peer", () => {
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "203.0.113.50, bogus", trustedProxies: trusted })).toBe("10.0.0.2");
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: null, trustedProxies: trusted })).toBe("10.0.0.2");
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "203.0.113.50", trustedProxies: "loopback, 10.0.0.2" })).toBe("203.0.113.50");
  });

  it("reads the setting from the environment", () => {
    const env = { NEWSROOM_PEER_HEADER: "1", TRUSTED_PROXIES: "127.0.0.1" };
    const h = headers({ "x-newsroom-peer-address": "127.0.0.1", "x-forwarded-for": "1.1.1.1, 203.0.113.50" });
    expect(clientIpFromHeaders(h, env)).toBe("203.0.113.50");
    expect(clientIpFromHeaders(h, { ...env, TRUSTED_PROXIES: undefined })).toBe("127.0.0.1");
  });

  it("refuses a setting that is not a list of IPs or CIDRs", () => {
    expect(() => trustedProxies("10.0.0.0/8, proxy.example")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("requestMeta (what sign-in and the audit log receive)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("a client's own X-Forwarded-For / X-Real-IP neither change its address nor forge it", async () => {
    vi.stubEnv("NEWSROOM_PEER_HEADER", "1");
    vi.stubEnv("TRUSTED_PROXIES", "");
    for (const forged of ["1.2.3.4", "5.6.7.8", "203.0.113.1, 10.0.0.1"]) {
      incoming.headers = headers({ "x-newsroom-peer-address": "198.51.100.23", "x-forwarded-for": forged, "x-real-ip": forged, "user-agent": "curl" });
      expect(await requestMeta()).toEqual({ ip: "198.51.100.23", userAgent: "curl" });
    }
  });

  it("behind a configured proxy, the address the proxy appended", async () => {
    vi.stubEnv("NEWSROOM_PEER_HEADER", "1");
    vi.stubEnv("TRUSTED_PROXIES", "127.0.0.1/32");
    incoming.headers = headers({ "x-newsroom-peer-address": "127.0.0.1", "x-forwarded-for": "1.2.3.4, 203.0.113.77" });
    expect((await requestMeta()).ip).toBe("203.0.113.77");
  });
});
