import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Unit tests live beside the code (*.test.ts); integration tests that need a database are named
// *.int.test.ts and run on embedded PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "apps/api/src/**/*.test.ts",
      "apps/citizen/src/**/*.test.ts",
      "apps/console/src/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    // Vitest's default leaves one core free, which is one worker on a 2-core CI machine; the
    // integration files spend much of their time waiting on PostgreSQL, so two overlap well.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Files share their worker's modules instead of importing the whole API afresh each time: that
    // import was half the suite's time. A file that changes anything global (timers, env, spies)
    // must put it back in an after hook.
    isolate: false,
    // Migrates one database of each kind once; every test file starts from a copy.
    globalSetup: ["packages/db/src/testing/test-templates.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: "UTC" },
  },
});
