// `npm start`: install if needed, build the web apps if needed, then run the API process that serves
// /api, the citizen app at / and the console at /console/ (embedded PGlite unless DATABASE_URL is set).
import { spawn } from "node:child_process";
import { ensureDependencies, ensureWebBuilt, root } from "./ensure-ready.mjs";

ensureDependencies();
ensureWebBuilt();

const api = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => api.kill(signal));
api.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
