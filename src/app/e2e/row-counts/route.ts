import { connection } from "next/server";
import { prisma } from "@/db/client";

/**
 * Row counts of the content and newsroom tables, for the end-to-end fuzz test
 * (tests/e2e/fuzz.spec.ts) to prove that malformed requests wrote nothing. It answers
 * only in a server started by scripts/e2e-server.mjs (NEWSROOM_E2E_COUNTS=1), which is
 * also the only way the test can read an embedded PGlite database in use by the server;
 * everywhere else it is a 404. Counts only, never content.
 */
export async function GET() {
  await connection();
  if (process.env.NEWSROOM_E2E_COUNTS !== "1") {
    return new Response("Không tìm thấy trang.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const db = prisma();
  const [articles, revisions, media, users, tags, people, picks, related, redirects, resets, audit] = await Promise.all([
    db.article.count(),
    db.revision.count(),
    db.media.count(),
    db.user.count(),
    db.tag.count(),
    db.person.count(),
    db.editorPick.count(),
    db.relatedLink.count(),
    db.slugRedirect.count(),
    db.passwordReset.count(),
    db.auditLog.groupBy({ by: ["action"], _count: { _all: true } }),
  ]);
  return Response.json(
    {
      articles,
      revisions,
      media,
      users,
      tags,
      people,
      picks,
      related,
      redirects,
      resets,
      audit: Object.fromEntries(audit.map((row) => [row.action, row._count._all])),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
