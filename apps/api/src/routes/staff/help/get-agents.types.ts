import { staffRoles } from "@ansinh/domain";
import { z } from "zod";

export const agentsResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      role: z.enum(staffRoles),
      online: z.boolean().describe("Has the inbox open now"),
    }),
  ),
});
