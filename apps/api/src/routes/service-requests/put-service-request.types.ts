import { z } from "zod";
import { answersInput, submitFlag } from "./post-service-request.types";

export const putServiceRequestBody = z.object({ answers: answersInput, submit: submitFlag }).strict();
