// Runs `next build` only when the sources changed since the last build, so a second
// `npm start` (or `npm test` right after `npm start`) does not rebuild for nothing.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["src", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const STAMP = ".next/source-fingerprint";

export function sourceFingerprint() {
  const hash = createHash("sha256");
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry).sort()) visit(path.join(entry, name));
    } else {
      hash.update(`${entry}\0`).update(fs.readFileSync(entry));
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

/** Returns true if it built. Exits the process if the build fails. */
export function buildIfChanged(env = process.env) {
  const current = sourceFingerprint();
  if (fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === current) {
    console.log("[build] sources unchanged since the last build; skipping next build");
    return false;
  }
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(STAMP, current);
  return true;
}
