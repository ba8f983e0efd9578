import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export interface WebApps {
  /** Built citizen PWA (apps/citizen/dist), served at /. */
  citizen: string;
  /** Built staff console (apps/console/dist), served at /console/. */
  console: string;
}

// Vite puts content-hashed files under assets/: they never change, everything else must revalidate
// (above all sw.js and index.html, or a phone could keep an old app forever).
function setCacheHeaders(res: { setHeader(name: string, value: string): unknown }, path: string) {
  res.setHeader(
    "cache-control",
    /[/\\]assets[/\\]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
  );
}

export async function registerWebApps(app: FastifyInstance, web: WebApps) {
  for (const [name, dir] of Object.entries(web)) {
    if (!existsSync(`${dir}/index.html`))
      throw new Error(`The ${name} app is not built: ${dir}/index.html is missing`);
  }
  await app.register(fastifyStatic, {
    root: web.citizen,
    prefix: "/",
    setHeaders: setCacheHeaders,
    wildcard: false,
  });
  await app.register(fastifyStatic, {
    root: web.console,
    prefix: "/console/",
    decorateReply: false,
    setHeaders: setCacheHeaders,
    wildcard: false,
  });
  app.get("/console", { schema: { hide: true } }, (_request, reply) => reply.redirect("/console/", 301));
}

/**
 * Client-side routes (/dang-nhap, /console/ho-so/…) have no file: a browser navigation to one gets
 * the app's index.html. Returns false when the request is not such a navigation.
 */
export function serveAppShell(web: WebApps, request: FastifyRequest, reply: FastifyReply): boolean {
  const path = request.url.split("?")[0] ?? "/";
  const isNavigation = request.method === "GET" && (request.headers.accept ?? "").includes("text/html");
  if (!isNavigation || path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) return false;
  const root = path.startsWith("/console/") ? web.console : web.citizen;
  reply.header("cache-control", "no-cache");
  void reply.sendFile("index.html", root);
  return true;
}
