import { isDeepStrictEqual } from "node:util";
import type { FastifySerializerCompiler } from "fastify/types/schema";
import { ResponseSerializationError, serializerCompiler as zodSerializer } from "fastify-type-provider-zod";
import { type ZodType, z } from "zod";
import type { Config } from "../config";

type Serializer = FastifySerializerCompiler<ZodType>;

/** Production: the presenter's object, as built. */
const asBuilt: Serializer = () => (data) => JSON.stringify(data);

/**
 * Development and tests: the same bytes as production, once the response is known to be exactly
 * what its schema describes. A value the schema refuses fails the request, and so does a field the
 * schema does not declare: Zod would strip it silently, and production, which does not run Zod,
 * would send it. Every route test and journey therefore proves that production's JSON is the schema's.
 */
const checked: Serializer = (route) => {
  const zod = zodSerializer(route);
  return (data) => {
    const sent = JSON.stringify(data);
    const declared = zod(data);
    const path = firstDifference(JSON.parse(sent), JSON.parse(declared));
    if (path) {
      const issue = { code: "custom" as const, path, message: "Not what the response schema declares" };
      throw new ResponseSerializationError(route.method, route.url, { cause: new z.ZodError([issue]) });
    }
    return sent;
  };
};

/** Where two JSON values first differ (undefined when they do not), as a path of keys and indexes. */
function firstDifference(
  sent: unknown,
  declared: unknown,
  path: (string | number)[] = [],
): (string | number)[] | undefined {
  if (isDeepStrictEqual(sent, declared)) return undefined;
  if (typeof sent !== "object" || typeof declared !== "object" || sent === null || declared === null) {
    return path;
  }
  const keys = new Set([...Object.keys(sent), ...Object.keys(declared)]);
  for (const key of keys) {
    const at = Array.isArray(sent) ? Number(key) : key;
    const inner = firstDifference(
      (sent as Record<string, unknown>)[key],
      (declared as Record<string, unknown>)[key],
      [...path, at],
    );
    if (inner) return inner;
  }
  return path;
}

/**
 * How responses with a schema leave the server (ADR 0008). Presenters build every response field by
 * field, typed by the route's Zod schema; checking each response against the schema again took about
 * 14 % of the history endpoint's time under load, so production leaves it to the tests.
 */
export function responseSerializer(env: Config["env"]): Serializer {
  return env === "production" ? asBuilt : checked;
}
