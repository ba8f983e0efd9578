import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API process serves this build under /console/, next to the citizen app at "/".
// No service worker here: staff work online, and their data must never linger in a shared browser.
export default defineConfig({
  base: "/console/",
  plugins: [react(), tailwindcss()],
  build: { outDir: "dist", emptyOutDir: true },
});
