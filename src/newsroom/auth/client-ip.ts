import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import proxyaddr from "proxy-addr";

/** Environment variables (process.env or a copy for child processes). */
type Env = Record<string, string | undefined>;

/**
 * The address a request really comes from, for sign-in throttling and the audit log.
 *
 * Where the peer address comes from: Next does not expose the socket to route handlers or
 * server actions. It only sets `X-Forwarded-For` to the socket address when the client did
 * not send one (so a client-sent value arrives untouched and the peer is lost). Our server
 * entry (scripts/server.mjs, used by `npm start` and the e2e server) therefore writes the
 * socket's address into PEER_HEADER on every request before Next sees it — overwriting any
 * value a client sent — and sets PEER_HEADER_ENV=1 in its own process. Only then is the
 * header believed; under `next dev` or a bare `next start` the address is unknown (null),
 * and the per-IP limit and the audit IP are simply not available.
 *
 * `X-Forwarded-For` is used only when the peer is one of TRUSTED_PROXIES (off by default):
 * a comma-separated list of IPs, CIDRs, or the names `loopback`, `linklocal`, `uniquelocal`.
 * The client is then the right-most address that is not a trusted proxy (proxy-addr, the
 * library Express uses for `trust proxy`), so a client cannot pick its address by sending
 * its own `X-Forwarded-For` in front of the one the proxy appends.
 */
export const PEER_HEADER = "x-newsroom-peer-address";
export const PEER_HEADER_ENV = "NEWSROOM_PEER_HEADER";

const compiled = new Map<string, (address: string, hop: number) => boolean>();
const trustNothing = () => false;

/** The trust function for a TRUSTED_PROXIES value; throws on an entry that is not an IP or CIDR. */
export function trustedProxies(value: string | undefined): (address: string, hop: number) => boolean {
  const list = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (list.length === 0) return trustNothing;
  const key = list.join(",");
  let trust = compiled.get(key);
  if (!trust) {
    try {
      trust = proxyaddr.compile(list);
    } catch (error) {
      throw new Error(`TRUSTED_PROXIES: ${(error as Error).message} (expected IPs or CIDRs separated by commas)`);
    }
    compiled.set(key, trust);
  }
  return trust;
}

/** "::ffff:192.0.2.1" → "192.0.2.1"; null when not an IP address. */
function normalise(address: string | undefined | null): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  const ip = mapped ? mapped[1] : address;
  return isIP(ip) ? ip : null;
}

export function clientIp(request: { peer: string | null; forwardedFor: string | null; trustedProxies?: string }): string | null {
  const peer = normalise(request.peer);
  if (!peer) return null;
  const trust = trustedProxies(request.trustedProxies);
  if (trust === trustNothing || !request.forwardedFor) return peer;
  // [peer, proxies it trusts..., the first untrusted address], read right to left.
  const chain = proxyaddr.all(
    { socket: { remoteAddress: peer }, headers: { "x-forwarded-for": request.forwardedFor } } as unknown as Parameters<typeof proxyaddr.all>[0],
    trust,
  );
  // A malformed entry stops the walk: the last trusted hop is then the best known address.
  for (let i = chain.length - 1; i >= 0; i--) {
    const ip = normalise(chain[i]);
    if (ip) return ip;
  }
  return peer;
}

/** From a request's headers and this process's settings. */
export function clientIpFromHeaders(headers: { get(name: string): string | null }, env: Env = process.env): string | null {
  return clientIp({
    peer: env[PEER_HEADER_ENV] === "1" ? headers.get(PEER_HEADER) : null,
    forwardedFor: headers.get("x-forwarded-for"),
    trustedProxies: env.TRUSTED_PROXIES,
  });
}

/**
 * For a server entry, on every incoming request before Next sees it: records the socket's
 * peer address in PEER_HEADER (replacing whatever a client sent under that name), and
 * marks this process as one whose PEER_HEADER can be believed.
 */
export function stampPeerAddress(request: IncomingMessage, env: Env = process.env): void {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  env[PEER_HEADER_ENV] = "1";
}
