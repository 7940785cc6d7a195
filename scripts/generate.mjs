// Generates the Prisma client into src/generated/prisma (git-ignored).
// The Prisma 7 CLI downloads a schema engine at start-up, which fails offline;
// `generate` never uses that engine, so point it at /bin/true for this command only.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
