// `npm run db:seed`: applies pending migrations, then seeds (idempotent).
import { openMigratedDatabase } from "@/db/migrate";
import { seed } from "../prisma/seed/seed";

const started = Date.now();
const db = await openMigratedDatabase();
try {
  if (db.applied.length) console.log(`[db] ${db.engine}: applied ${db.applied.join(", ")}`);
  const report = await seed(db.prisma);
  console.log(
    `[seed] ${db.engine}: ${report.articlesCreated} articles created, ${report.articlesTotal} in all, ` +
      `${report.categories} categories (${Date.now() - started} ms)`,
  );
} finally {
  await db.close();
}
