import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../../route-context";
import { registerGetStaffPetition } from "./get-petition";
import { registerGetStaffPetitionPhoto } from "./get-petition-photo";
import { registerGetStaffPetitions } from "./get-petitions";
import { registerPostStaffPetitionAnswer } from "./post-petition-answer";
import { registerPostStaffPetitionTake } from "./post-petition-take";

/** "Phản ánh, kiến nghị" (issue 6) in the back office, under /api/staff/petitions: the office's petitions. */
export async function registerStaffPetitionRoutes(app: FastifyInstance, options: { context: RouteContext }) {
  registerGetStaffPetitions(app, options.context);
  registerGetStaffPetition(app, options.context);
  registerPostStaffPetitionTake(app, options.context);
  registerPostStaffPetitionAnswer(app, options.context);
  registerGetStaffPetitionPhoto(app, options.context);
}
