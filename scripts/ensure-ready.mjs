// Shared by `npm start` and `npm test`: on a fresh clone, install dependencies and build the web apps
// before anything else, so that each command works alone. Plain Node (no dependencies): it runs first.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`AnSinh: "${command} ${args.join(" ")}" failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Newest modification time of any file under the given paths (skipping node_modules and dist). */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      latest = Math.max(latest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) {
      if (entry !== "node_modules" && entry !== "dist") visit(join(path, entry));
    }
  };
  paths.forEach(visit);
  return latest;
}

export function ensureDependencies() {
  const installed = join(root, "node_modules", ".package-lock.json");
  if (mtime(installed) >= mtime(join(root, "package-lock.json"))) return;
  console.log("AnSinh: installing dependencies (npm ci)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

export function ensureWebBuilt() {
  const sources = ["packages/ui", "packages/domain/src"].map((p) => join(root, p));
  const stale = ["citizen", "console"].filter((app) => {
    const appDir = join(root, "apps", app);
    const built = mtime(join(appDir, "dist", "index.html"));
    return built === 0 || newest([appDir, ...sources]) > built;
  });
  if (stale.length === 0) return;
  console.log(`AnSinh: building the web apps (${stale.join(", ")})…`);
  run("npm", ["run", "build", ...stale.flatMap((app) => ["-w", `@ansinh/${app}`])]);
}
