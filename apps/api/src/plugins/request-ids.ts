import { uuidv7 } from "@ansinh/db";
import type { FastifyServerOptions } from "fastify";

// A caller (a gateway, the web apps) may pass its own id to correlate logs; anything odd is replaced.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Logged as reqId on every line of a request, and returned to the caller as x-request-id. */
export function registerRequestIds(): Pick<FastifyServerOptions, "genReqId"> {
  return {
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && ACCEPTABLE_ID.test(given) ? given : uuidv7();
    },
  };
}
