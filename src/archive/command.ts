import { DataDirLockedError } from "@/db/data-dir-lock";
import { openMigratedDatabase } from "@/db/migrate";

type MigratedDatabase = Awaited<ReturnType<typeof openMigratedDatabase>>;

/**
 * What the archive commands (scripts/export.ts, import.ts, import-wordpress.ts) share: open the
 * database with its migrations applied, run `work`, close it. A locked data directory (the
 * server runs on it) and the errors of the `expected` classes end the command with one line
 * `[label] message` and exit code 1 instead of a stack trace.
 */
export async function withMigratedDatabase(
  label: string,
  expected: (abstract new (...args: never[]) => Error)[],
  work: (db: MigratedDatabase) => Promise<void>,
): Promise<void> {
  let db: MigratedDatabase;
  try {
    db = await openMigratedDatabase();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`[${label}] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  try {
    await work(db);
  } catch (error) {
    if (!(error instanceof Error) || !expected.some((kind) => error instanceof kind)) throw error;
    console.error(`[${label}] ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
