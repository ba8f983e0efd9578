import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

const port = 3107;
const baseURL = `http://127.0.0.1:${port}`;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

// Workers load this file again; keeping the directory in the environment (which they inherit) makes
// the whole run share the one fresh data directory the server was started with.
const dataDir = process.env.ANSINH_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "ansinh-e2e-"));
process.env.ANSINH_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: ".",
  // Retries would hide flaky journeys; a failure should be looked at.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // scripts/test.mjs asks for a JSON report too, to print the suite's one "N passed, N failed" line.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium, never a downloaded browser.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "citizen-phone",
      testMatch: [
        "citizen.spec.ts",
        "registration.spec.ts",
        "account-journey.spec.ts",
        "device-change.spec.ts",
        "forgot-password.spec.ts",
        "registration-resubmission.spec.ts",
        "child-account.spec.ts",
        "personal-records.spec.ts",
        "statement.spec.ts",
        "look-ups.spec.ts",
        "public-services.spec.ts",
        "help.spec.ts",
      ],
      // account-journey.spec.ts signs in with the temporary password that console-review.spec.ts's
      // approval sends by SMS. Projects otherwise run side by side (or, with one worker, citizen-phone
      // first), so this project waits for console-desktop: the simplest order that always holds. Had
      // console-desktop failed, Playwright skips this project rather than running it against a half state.
      dependencies: ["console-desktop"],
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
    {
      name: "console-desktop",
      testMatch: ["console.spec.ts", "console-review.spec.ts", "staff-admin.spec.ts"],
      use: { viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // Builds the web apps if needed, then starts the API serving "/" (citizen) and "/console/".
    command: "node scripts/start.mjs",
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), DATA_DIR: dataDir },
    reuseExistingServer: false,
    timeout: 180_000,
    // The server owns an embedded database directory; let it close cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
