import { prisma } from "@/db/client";

/** Newsroom reads of articles (never cached: editors must see the truth). */
export async function countByStatus(): Promise<Record<string, number>> {
  const rows = await prisma().article.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}
