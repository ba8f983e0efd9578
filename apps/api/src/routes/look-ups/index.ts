import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../route-context";
import { registerGetChallenge } from "./get-challenge";
import { registerGetCollectionPoints } from "./get-collection-points";
import { registerGetEmployers } from "./get-employers";
import { registerGetFacilities } from "./get-facilities";
import { registerGetOffices } from "./get-offices";
import { registerPostBhxhNumber } from "./post-bhxh-number";
import { registerPostHousehold } from "./post-household";

/** Per IP and minute: a person look-up is worth far more to an enumerator than a page of a list. */
const PERSON_LOOK_UPS_PER_MINUTE = 10;
const LISTS_PER_MINUTE = 60;
/** Each person look-up needs one, a retry another: well above what the look-ups themselves allow. */
const CHALLENGES_PER_MINUTE = 60;

/**
 * The anonymous look-ups of issue 6, under /api/look-ups: no session, per-IP rate limits, and an
 * ALTCHA proof of work for the look-ups of a person.
 */
export async function registerLookUpRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  const limit = options.context.perMinute;
  registerGetChallenge(app, options.context, limit(CHALLENGES_PER_MINUTE));
  registerPostBhxhNumber(app, options.context, limit(PERSON_LOOK_UPS_PER_MINUTE));
  registerPostHousehold(app, options.context, limit(PERSON_LOOK_UPS_PER_MINUTE));
  registerGetOffices(app, options.context, limit(LISTS_PER_MINUTE));
  registerGetEmployers(app, options.context, limit(LISTS_PER_MINUTE));
  registerGetCollectionPoints(app, options.context, limit(LISTS_PER_MINUTE));
  registerGetFacilities(app, options.context, limit(LISTS_PER_MINUTE));
}
