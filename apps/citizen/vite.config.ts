import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const brandBlue = "#0b4f8a";

// The API process serves this build at "/" and the staff console at "/console/".
export default defineConfig({
  base: "/",
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      // A new version takes over on the next load; there is no user data in the shell to lose.
      registerType: "autoUpdate",
      // An external registerSW.js instead of an inline script, so a strict CSP (script-src 'self') holds.
      injectRegister: "script",
      includeAssets: ["favicon.svg", "icons/apple-touch-icon-180.png"],
      manifest: {
        name: "AnSinh — Bảo hiểm xã hội số",
        short_name: "AnSinh",
        description: "Thẻ bảo hiểm y tế, quá trình đóng bảo hiểm xã hội, dịch vụ công và tra cứu.",
        lang: "vi",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "portrait",
        theme_color: brandBlue,
        background_color: "#f3f5f7",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // Control the page on the very first visit, so it already opens offline the next time.
        clientsClaim: true,
        // The app shell: scripts, styles, the page and its fonts, so the app opens offline. The plugin
        // adds the manifest, its icons and `includeAssets` on top.
        globPatterns: ["**/*.{js,css,html,woff2}"],
        navigateFallback: "/index.html",
        // API calls must always reach the server, and the console is a different app on the same origin.
        navigateFallbackDenylist: [/^\/api\//, /^\/console(\/|$)/],
      },
    }),
  ],
  build: { outDir: "dist", emptyOutDir: true },
});
