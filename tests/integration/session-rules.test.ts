import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { createSession, revokeSession, revokeUserSessions, userForToken } from "@/newsroom/auth/sessions";
import { tokenId } from "@/newsroom/auth/tokens";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The session rules with their numbers written out and the clock passed in: a session
 * lasts 30 days from sign-in, ends after 8 hours without use, records its use at most
 * every 5 minutes, and stores only the sha256 of its token, the IP and 300 characters
 * of user agent.
 */
const T = new Date("2026-11-20T08:00:00.000Z");
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(T.getTime() + ms);

describe.each(engines)("session rules on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let userId: number;
  let other: number;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    userId = (await db.prisma.user.create({ data: { email: "phien@test.vn", name: "Người Phiên", passwordHash: "x", role: "EDITOR" } })).id;
    other = (await db.prisma.user.create({ data: { email: "khac@test.vn", name: "Người Khác", passwordHash: "x" } })).id;
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  const row = (token: string) => db.prisma.session.findUnique({ where: { id: tokenId(token) } });

  it("stores the token's sha256, the IP, 300 characters of user agent, and an end 30 days after sign-in", async () => {
    const made = await createSession(userId, { ip: "203.0.113.5", userAgent: "U".repeat(400) }, T);
    expect(made.expiresAt).toEqual(at(30 * DAY));
    const stored = (await row(made.token))!;
    expect(stored).toMatchObject({ userId, ip: "203.0.113.5", lastSeenAt: T, expiresAt: at(30 * DAY) });
    expect(stored.userAgent).toBe("U".repeat(300));
    expect(stored.id).not.toContain(made.token);
    const bare = await createSession(userId, {}, T);
    expect(await row(bare.token)).toMatchObject({ ip: null, userAgent: null });
    expect(await userForToken(made.token, at(MIN))).toEqual({ id: userId, email: "phien@test.vn", name: "Người Phiên", role: "EDITOR", sessionId: stored.id });
  });

  it("ends after 8 hours without use: valid at exactly 8 hours, gone 1 ms later (and deleted)", async () => {
    const a = await createSession(userId, {}, T);
    expect(await userForToken(a.token, at(8 * HOUR))).not.toBeNull();
    const b = await createSession(userId, {}, T);
    const bystander = await createSession(other, {}, at(8 * HOUR));
    expect(await userForToken(b.token, at(8 * HOUR + 1))).toBeNull();
    expect(await row(b.token)).toBeNull();
    expect(await row(bystander.token)).not.toBeNull(); // only the idle session is deleted
  });

  it("records its use when more than 5 minutes have passed, so use keeps it alive", async () => {
    const s = await createSession(userId, {}, T);
    await userForToken(s.token, at(5 * MIN));
    expect((await row(s.token))!.lastSeenAt).toEqual(T); // exactly 5 minutes: not yet
    const bystander = await createSession(other, {}, T);
    await userForToken(s.token, at(5 * MIN + 1));
    expect((await row(s.token))!.lastSeenAt).toEqual(at(5 * MIN + 1));
    expect((await row(bystander.token))!.lastSeenAt).toEqual(T); // only this session is touched
    // used at 5 min + 1 ms: still valid 8 hours after that, though 8 hours after sign-in have passed
    expect(await userForToken(s.token, at(5 * MIN + 1 + 8 * HOUR))).not.toBeNull();
  });

  it("ends 30 days after sign-in however much it is used: valid 1 ms before, gone at the instant", async () => {
    const s = await createSession(userId, {}, T);
    await db.prisma.session.update({ where: { id: tokenId(s.token) }, data: { lastSeenAt: at(30 * DAY - HOUR) } });
    expect(await userForToken(s.token, at(30 * DAY - 1))).not.toBeNull();
    expect(await userForToken(s.token, at(30 * DAY))).toBeNull();
    expect(await row(s.token)).toBeNull();
  });

  it("ends when the account is disabled", async () => {
    const u = (await db.prisma.user.create({ data: { email: "khoa-phien@test.vn", name: "Bị Khóa", passwordHash: "x" } })).id;
    const s = await createSession(u, {}, T);
    await db.prisma.user.update({ where: { id: u }, data: { disabled: true } });
    expect(await userForToken(s.token, at(MIN))).toBeNull();
    expect(await row(s.token)).toBeNull();
  });

  it("refuses missing, unknown and over-long tokens without a lookup", async () => {
    expect(await userForToken(undefined)).toBeNull();
    expect(await userForToken(null)).toBeNull();
    expect(await userForToken("")).toBeNull();
    expect(await userForToken("khong-co-phien-nay")).toBeNull();
    const s = await createSession(userId, {}, T);
    await db.prisma.session.update({ where: { id: tokenId(s.token) }, data: { id: tokenId("x".repeat(101)) } });
    expect(await userForToken("x".repeat(101), at(MIN))).toBeNull();
    await db.prisma.session.update({ where: { id: tokenId("x".repeat(101)) }, data: { id: tokenId("y".repeat(100)) } });
    expect(await userForToken("y".repeat(100), at(MIN))).not.toBeNull();
  });

  it("sign-out ends one session; sign-out everywhere ends the others, or all, of one account only", async () => {
    const u = (await db.prisma.user.create({ data: { email: "ra-vao@test.vn", name: "Ra Vào", passwordHash: "x" } })).id;
    const [a, b, c] = [await createSession(u, {}, T), await createSession(u, {}, T), await createSession(u, {}, T)];
    const elsewhere = await createSession(other, {}, T);
    await revokeSession(tokenId(a.token));
    expect(await row(a.token)).toBeNull();
    expect(await row(b.token)).not.toBeNull();
    expect(await revokeUserSessions(u, tokenId(b.token))).toBe(1);
    expect(await row(b.token)).not.toBeNull();
    expect(await row(c.token)).toBeNull();
    expect(await revokeUserSessions(u)).toBe(1);
    expect(await row(b.token)).toBeNull();
    expect(await row(elsewhere.token)).not.toBeNull();
  });
});
