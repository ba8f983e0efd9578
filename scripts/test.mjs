// `npm test`: the whole suite, alone on a fresh clone. Static checks, then unit + integration tests
// (Vitest: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set), then the end-to-end journeys
// in Chromium (Playwright). Ends with one line "N passed, N failed" summing both runners.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureDependencies, ensureWebBuilt, root, run } from "./ensure-ready.mjs";

ensureDependencies();

console.log("\n== static checks: types, lint, unused code ==");
run("npm", ["run", "--silent", "typecheck"]);
run("npm", ["run", "--silent", "lint"]);
run("npm", ["run", "--silent", "knip"]);

const reports = join(root, "test-results");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

console.log(
  `\n== unit and integration tests (PGlite${process.env.TEST_DATABASE_URL ? " and PostgreSQL" : ""}) ==`,
);
const vitestJson = join(reports, "vitest.json");
const unit = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TZ: "UTC" },
  },
);

console.log("\n== end-to-end journeys (Chromium) ==");
ensureWebBuilt();
const e2eJson = join(reports, "playwright.json");
const e2e = spawnSync("npx", ["playwright", "test"], {
  cwd: join(root, "e2e"),
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson },
});

const counts = [countVitest(vitestJson), countPlaywright(e2eJson)];
const passed = counts.reduce((sum, c) => sum + c.passed, 0);
const failed = counts.reduce((sum, c) => sum + c.failed, 0);
// A runner that crashed before reporting counts as one failure, so the total can never look green.
const crashed = [unit, e2e].filter((r, i) => r.status !== 0 && counts[i].failed === 0).length;
console.log(`\n${passed} passed, ${failed + crashed} failed`);
process.exit(unit.status === 0 && e2e.status === 0 && passed > 0 ? 0 : 1);

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function countPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}
