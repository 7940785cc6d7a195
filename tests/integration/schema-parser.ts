import fs from "node:fs";
import path from "node:path";

/** Reads prisma/schema.prisma into tables and scalar columns (name, nullability, list). */
export interface SchemaColumn {
  field: string;
  column: string;
  nullable: boolean;
}

export function readSchemaTables(file = path.join(process.cwd(), "prisma", "schema.prisma")) {
  const text = fs.readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
  const enums = new Set([...text.matchAll(/^enum\s+(\w+)\s*\{/gm)].map((m) => m[1]));
  const modelBlocks = [...text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)];
  const models = new Set(modelBlocks.map((m) => m[1]));
  return modelBlocks.map(([, model, body]) => {
    const table = body.match(/@@map\("([^"]+)"\)/)?.[1] ?? model;
    const columns: SchemaColumn[] = [];
    for (const line of body.split("\n")) {
      const match = line.trim().match(/^(\w+)\s+(\w+)(\?|\[\])?(.*)$/);
      if (!match) continue;
      const [, field, type, modifier, attrs] = match;
      if (models.has(type) || attrs.includes("@relation")) continue; // relation, not a column
      if (!enums.has(type) && !/^(String|Int|BigInt|Float|Decimal|Boolean|DateTime|Json|Bytes)$/.test(type)) continue;
      const column = attrs.match(/@map\("([^"]+)"\)/)?.[1] ?? field;
      // Prisma lists become nullable array columns unless they have a default… Prisma 7 maps Int[] to a nullable column.
      columns.push({ field, column, nullable: modifier === "?" || modifier === "[]" });
    }
    return { model, table, columns };
  });
}
