import { createHash, randomBytes } from "node:crypto";

/** Random secret for a cookie or a link; only its sha256 is stored. */
export function newToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: tokenId(token) };
}

export function tokenId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
