import { findExistingFacilityCodes, type SqlRunner } from "@ansinh/db";
import {
  type IsoDate,
  type ServiceAnswers,
  type ServiceField,
  serviceAnswersSchema,
  serviceDraftSchema,
} from "@ansinh/domain";
import { AppError, type FieldProblem } from "../../errors/app-error";

const invalidAnswers = (fields: FieldProblem[]) =>
  new AppError(
    "validation",
    { vi: "Một số câu trả lời chưa hợp lệ", en: "Some of the answers are not valid" },
    fields,
  );

/**
 * The answers of a form, checked with the schema the citizen app also runs (complete for a
 * submission, anything partial for a draft), then against the database for what only it knows: that
 * a chosen facility exists. Every problem is reported on its field, "body.answers.<name>", in both
 * languages.
 */
export async function validateAnswers(
  db: SqlRunner,
  input: { fields: readonly ServiceField[]; answers: unknown; complete: boolean; today: IsoDate },
): Promise<ServiceAnswers> {
  const schema = (input.complete ? serviceAnswersSchema : serviceDraftSchema)(input.fields, {
    today: input.today,
  });
  const parsed = schema.safeParse(input.answers);
  if (!parsed.success) {
    throw invalidAnswers(
      parsed.error.issues.map((issue) => {
        const params = (issue as { params?: { code?: string; vi?: string; en?: string } }).params;
        return {
          field: ["body", "answers", ...issue.path.map(String)].join("."),
          code: params?.code ?? issue.code,
          vi: params?.vi ?? "Giá trị không hợp lệ",
          en: params?.en ?? issue.message,
        };
      }),
    );
  }
  await requireKnownFacilities(db, input.fields, parsed.data);
  return parsed.data;
}

async function requireKnownFacilities(
  db: SqlRunner,
  fields: readonly ServiceField[],
  answers: ServiceAnswers,
) {
  const chosen = fields
    .filter((f) => f.kind === "facility" && typeof answers[f.name] === "string")
    .map((f) => ({ name: f.name, code: answers[f.name] as string }));
  if (chosen.length === 0) return;
  const known = new Set(
    await findExistingFacilityCodes(
      db,
      chosen.map((c) => c.code),
    ),
  );
  const unknown = chosen.filter((c) => !known.has(c.code));
  if (unknown.length === 0) return;
  throw invalidAnswers(
    unknown.map((c) => ({
      field: `body.answers.${c.name}`,
      code: "facility.unknown",
      vi: `Không có cơ sở khám chữa bệnh BHYT mã ${c.code}. Vui lòng chọn từ danh sách.`,
      en: `There is no health insurance facility with code ${c.code}. Please choose one from the list.`,
    })),
  );
}
