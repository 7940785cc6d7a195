// `npm run db:seed`: applies pending migrations, then seeds (idempotent).
import { useDatabase } from "@/db/client";
import { openMigratedDatabase } from "@/db/migrate";
import { createDemoUsers } from "../prisma/seed/demo-users";
import { seed } from "../prisma/seed/seed";

const started = Date.now();
const db = await openMigratedDatabase();
try {
  if (db.applied.length) console.log(`[db] ${db.engine}: applied ${db.applied.join(", ")}`);
  useDatabase(db);
  const report = await seed(db.prisma);
  const demo = await createDemoUsers(db.prisma);
  if (demo.length) {
    console.log("\n[seed] Demo newsroom accounts (shown once; sign in at /admin/dang-nhap):");
    for (const user of demo) console.log(`         ${user.role.padEnd(6)} ${user.email}  mật khẩu: ${user.password}`);
    console.log("");
  }
  console.log(
    `[seed] ${db.engine}: ${report.articlesCreated} articles created, ${report.articlesTotal} in all, ` +
      `${report.categories} categories (${Date.now() - started} ms)`,
  );
} finally {
  await db.close();
}
