import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { migrate, readMigrations } from "@/db/migrate";
import { engines, freshDatabase, type FreshDatabase } from "./engines";
import { readSchemaTables } from "./schema-parser";

describe.each(engines)("migrations on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    db = fresh.open();
  });
  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  it("applies every migration once, with Prisma-compatible bookkeeping", async () => {
    const files = readMigrations();
    expect(await db.withSession((s) => migrate(s))).toEqual(files.map((f) => f.name));
    expect(await db.withSession((s) => migrate(s))).toEqual([]);
    const rows = await db.withSession((s) =>
      s.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
    expect(files[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("matches schema.prisma: every model's table and column exists with the right nullability", async () => {
    const columns = await db.withSession((s) =>
      s.query<{ table_name: string; column_name: string; is_nullable: string }>(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
      ),
    );
    const actual = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c.is_nullable === "YES"]));
    const tables = readSchemaTables();
    expect(tables.length).toBeGreaterThanOrEqual(14);
    for (const table of tables) {
      for (const column of table.columns) {
        const key = `${table.table}.${column.column}`;
        expect(actual.has(key), `${key} (${table.model}.${column.field}) is missing`).toBe(true);
        expect(actual.get(key), `${key} nullability`).toBe(column.nullable);
      }
    }
  });

  it("finds Vietnamese text without diacritics through the search indexes", async () => {
    const rows = await db.withSession((s) =>
      s.query<{ a: string; b: boolean; c: boolean }>(
        `SELECT f_unaccent('ĐƯỜNG đi Đà Nẵng') AS a,
                to_tsvector('simple', f_unaccent('Công đoàn Thủ đô')) @@ plainto_tsquery('simple', f_unaccent('cong doan')) AS b,
                lower(f_unaccent('CÔNG ĐOÀN')) % 'cong doan' AS c`,
      ),
    );
    expect(rows[0]).toEqual({ a: "DUONG di Da Nang", b: true, c: true });
  });

  it("rolls back a failing migration completely and records nothing", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bad-migrations-"));
    fs.mkdirSync(path.join(dir, "20990101000000_bad"));
    fs.writeFileSync(
      path.join(dir, "20990101000000_bad", "migration.sql"),
      `CREATE TABLE half_written (id int);\nSELECT * FROM table_that_does_not_exist;`,
    );
    await expect(db.withSession((s) => migrate(s, dir))).rejects.toThrow(/20990101000000_bad failed/);
    const leftovers = await db.withSession((s) =>
      s.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_written'`),
    );
    expect(leftovers).toHaveLength(0);
    const rows = await db.withSession((s) =>
      s.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '20990101000000_bad'`),
    );
    expect(rows).toHaveLength(0);
  });
});
