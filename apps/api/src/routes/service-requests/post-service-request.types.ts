import { z } from "zod";
import { bilingual } from "./request-shapes.types";

export const submitFlag = z.boolean(
  bilingual(
    "Cho biết gửi hồ sơ (true) hay lưu nháp (false)",
    "Say whether to submit (true) or save a draft (false)",
  ),
);

/** The answers are checked against the service's own schema by the use-case, field by field. */
export const answersInput = z.unknown().describe("Answers by field name, as the service's fields describe");

export const postServiceRequestBody = z
  .object({
    serviceCode: z
      .string(bilingual("Vui lòng chọn dịch vụ", "Please choose a service"))
      .trim()
      .min(1, bilingual("Vui lòng chọn dịch vụ", "Please choose a service"))
      .max(64, bilingual("Mã dịch vụ không hợp lệ", "The service code is not valid")),
    answers: answersInput,
    submit: submitFlag,
    submissionKey: z.uuid(
      bilingual(
        "Mã lần gửi không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
        "The submission key is not valid. Please reload the page and send again.",
      ),
    ),
  })
  .strict();

export const postServiceRequestDescription = `Creates a request for a public service: a draft (submit=false,
answers may be partial) or a submitted request (submit=true: complete answers; it gets its number, its
deadline in working days and goes to the caller's province office; the citizen is notified and texted).
201 with the request; 200 with the same request when the submissionKey was already used. Answers that do
not pass the service's fields are reported per field as "body.answers.<name>". 403 with the reason for a
service the caller may not use; 409 for the child-account service (it has its own form). 401 anonymous.`;
