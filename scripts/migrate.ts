// `npm run db:migrate`: applies pending migrations of prisma/migrations with Prisma-compatible bookkeeping.
import { openMigratedDatabase } from "@/db/migrate";

const db = await openMigratedDatabase();
console.log(`[db] ${db.engine}: ${db.applied.length ? `applied ${db.applied.join(", ")}` : "up to date"}`);
await db.close();
