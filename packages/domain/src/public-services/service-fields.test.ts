import { describe, expect, it } from "vitest";
import { z } from "zod";
import { serviceByCode } from "./service-catalogue";
import { type ServiceField, serviceAnswersSchema, serviceDraftSchema } from "./service-fields";

function fieldsOf(code: string): ServiceField[] {
  const definition = serviceByCode(code);
  if (definition === undefined) throw new Error(`no service ${code}`);
  return definition.fields;
}

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}

const money: ServiceField = {
  name: "income",
  kind: "money",
  label: { vi: "Thu nhập", en: "Income" },
  required: true,
  min: 1_500_000,
  max: 46_800_000,
};

describe("serviceAnswersSchema", () => {
  it("normalises each kind of answer: facility code, national ID, mobile, date", () => {
    const card = serviceAnswersSchema(fieldsOf("reissue-card"));
    expect(card.parse({ reason: "change_facility", facilityCode: "79 - 024" })).toEqual({
      reason: "change_facility",
      facilityCode: "79024",
    });

    const authorise = serviceAnswersSchema(fieldsOf("authorise-collector"));
    expect(
      authorise.parse({
        collectorName: "  Nguye\u0302\u0303n Văn An ",
        collectorNationalId: "079 095 012 345",
        collectorPhone: "+84 912 345 678",
        relation: "child",
        validUntil: "1/3/2027",
        consent: true,
      }),
    ).toEqual({
      // Decomposed "Nguyễn" is stored precomposed (NFC) and trimmed.
      collectorName: "Nguyễn Văn An",
      collectorNationalId: "079095012345",
      collectorPhone: "0912345678",
      relation: "child",
      validUntil: "2027-03-01",
      consent: true,
    });
  });

  it("accepts its own output again, so stored answers can be validated once more", () => {
    const schema = serviceAnswersSchema(fieldsOf("benefit-receipt"));
    const once = schema.parse({
      method: "bank",
      bankName: "Vietcombank",
      bankAccount: "0071-0001 23456",
      accountHolder: "Trần Thị Bình",
    });
    expect(once.bankAccount).toBe("0071000123456");
    expect(schema.parse(once)).toEqual(once);
  });

  it("refuses an unknown field at its own path with a message in both languages", () => {
    const [issue] = issuesOf(serviceAnswersSchema(fieldsOf("reissue-book")), {
      reason: "lost",
      colour: "red",
    });
    expect(issue).toMatchObject({
      code: "custom",
      path: ["colour"],
      params: {
        code: "answers.unknown_field",
        vi: "Trường “colour” không thuộc biểu mẫu này",
        en: "“colour” is not a field of this form",
      },
    });
  });

  it("names each missing required answer, worded by kind", () => {
    const issues = issuesOf(serviceAnswersSchema(fieldsOf("household-renewal")), {});
    expect(issues.map((i) => [i.path, i.code === "custom" && i.params?.vi])).toEqual([
      [["months"], "Vui lòng chọn “Số tháng đóng”"],
      [
        ["consent"],
        "Vui lòng xác nhận “Tôi xác nhận danh sách thành viên hộ gia đình là đúng và đồng ý với số tiền phải đóng”",
      ],
    ]);
  });

  it("treats an empty box and an unticked consent as missing", () => {
    const issues = issuesOf(serviceAnswersSchema(fieldsOf("household-renewal")), {
      months: " ",
      consent: false,
    });
    expect(issues.map((i) => i.code === "custom" && i.params?.code)).toEqual([
      "answer.required",
      "answer.required",
    ]);
  });

  it("refuses values of the wrong type with a bilingual message", () => {
    const issues = issuesOf(serviceAnswersSchema(fieldsOf("voluntary-contribution")), {
      income: true,
      months: [6],
      consent: "yes",
    });
    expect(issues.map((i) => [i.path[0], i.code === "custom" && i.params?.en])).toEqual([
      ["income", "“Income to contribute on (đồng a month)” must be a number"],
      ["months", "“How often you pay” must be a number"],
      ["consent", "“I declare the information above is true and agree to the amount due” must be yes or no"],
    ]);
    const [text] = issuesOf(serviceAnswersSchema(fieldsOf("reissue-book")), { reason: 3 });
    expect(text).toMatchObject({
      path: ["reason"],
      params: { code: "answer.type", vi: "“Lý do cấp lại” phải là một chuỗi ký tự" },
    });
  });

  it("refuses a value outside a choice", () => {
    const [issue] = issuesOf(serviceAnswersSchema(fieldsOf("reissue-book")), { reason: "stolen" });
    expect(issue).toMatchObject({ path: ["reason"], params: { code: "answer.choice" } });
  });

  it("asks a `when` field only when it applies, and drops a left-over answer otherwise", () => {
    const schema = serviceAnswersSchema(fieldsOf("reissue-book"));
    expect(schema.parse({ reason: "lost", changeDetails: "typed before changing the reason" })).toEqual({
      reason: "lost",
    });
    const [issue] = issuesOf(schema, { reason: "change_info" });
    expect(issue).toMatchObject({ path: ["changeDetails"], params: { code: "answer.required" } });
  });

  it("reports the parsers' own messages for identifiers", () => {
    const [issue] = issuesOf(serviceAnswersSchema(fieldsOf("reissue-card")), {
      reason: "change_facility",
      facilityCode: "7902",
    });
    expect(issue).toMatchObject({ path: ["facilityCode"], params: { code: "facility_code.format" } });
  });

  it("refuses a bank account that is not 6 to 19 digits", () => {
    const schema = serviceAnswersSchema(fieldsOf("benefit-receipt"));
    const base = { method: "bank", bankName: "Agribank", accountHolder: "Lê Văn C" };
    expect(issuesOf(schema, { ...base, bankAccount: "12345" })[0]).toMatchObject({
      params: { code: "bank_account.format" },
    });
    expect(issuesOf(schema, { ...base, bankAccount: "1".repeat(20) })[0]?.path).toEqual(["bankAccount"]);
    expect(schema.parse({ ...base, bankAccount: "123456" }).bankAccount).toBe("123456");
  });

  it("reads money written with thousands separators and checks its bounds", () => {
    const schema = serviceAnswersSchema([money]);
    expect(schema.parse({ income: "5.000.000" })).toEqual({ income: 5_000_000 });
    expect(schema.parse({ income: "46,800,000" })).toEqual({ income: 46_800_000 });
    expect(schema.parse({ income: 1_500_000 })).toEqual({ income: 1_500_000 });
    expect(issuesOf(schema, { income: 1_499_999 })[0]).toMatchObject({
      params: {
        code: "answer.money_range",
        vi: "“Thu nhập” phải là số tiền chẵn đồng từ 1.500.000 ₫ đến 46.800.000 ₫",
      },
    });
    expect(issuesOf(schema, { income: 46_800_001 })[0]).toMatchObject({
      params: { code: "answer.money_range" },
    });
    expect(issuesOf(schema, { income: 2_000_000.5 })[0]).toMatchObject({
      params: { code: "answer.money_range" },
    });
    // "1.5" is not a grouping of thousands: refused rather than read as 15.
    expect(issuesOf(schema, { income: "1.5" })[0]).toMatchObject({ params: { code: "answer.type" } });
  });

  it("accepts only the offered numbers of months", () => {
    const schema = serviceAnswersSchema(fieldsOf("household-renewal"));
    expect(schema.parse({ months: "6", consent: true })).toEqual({ months: 6, consent: true });
    expect(issuesOf(schema, { months: 1, consent: true })[0]).toMatchObject({
      path: ["months"],
      params: { code: "answer.months", vi: "“Số tháng đóng” chỉ có thể là 3, 6, 12 tháng" },
    });
  });

  it("limits text to its maximum length", () => {
    const schema = serviceAnswersSchema(fieldsOf("authorise-collector"));
    const [issue] = issuesOf(schema, { collectorName: "A".repeat(101) }).filter(
      (i) => i.path[0] === "collectorName",
    );
    expect(issue).toMatchObject({ params: { code: "answer.too_long" } });
  });

  describe("a date within 12 months (authorisation end), today 10/05/2026", () => {
    const schema = serviceAnswersSchema(fieldsOf("authorise-collector"), { today: "2026-05-10" });
    const answers = {
      collectorName: "Phạm Thị D",
      collectorNationalId: "079095012345",
      collectorPhone: "0912345678",
      relation: "spouse",
      consent: true,
    };

    it("accepts tomorrow and the same day a year later", () => {
      expect(schema.parse({ ...answers, validUntil: "11/05/2026" }).validUntil).toBe("2026-05-11");
      expect(schema.parse({ ...answers, validUntil: "10/05/2027" }).validUntil).toBe("2027-05-10");
    });

    it("refuses today and the day after a year", () => {
      for (const validUntil of ["10/05/2026", "11/05/2027"]) {
        expect(issuesOf(schema, { ...answers, validUntil })[0]).toMatchObject({
          path: ["validUntil"],
          params: { code: "answer.date_range" },
        });
      }
    });

    it("ends a year after 29/02 on 28/02, the last day of that month", () => {
      const leap = serviceAnswersSchema(fieldsOf("authorise-collector"), { today: "2028-02-29" });
      expect(leap.parse({ ...answers, validUntil: "28/02/2029" }).validUntil).toBe("2029-02-28");
      expect(issuesOf(leap, { ...answers, validUntil: "01/03/2029" })[0]?.path).toEqual(["validUntil"]);
    });

    it("refuses an impossible day with the date parser's message", () => {
      expect(issuesOf(schema, { ...answers, validUntil: "31/06/2026" })[0]).toMatchObject({
        params: { code: "date.invalid", vi: "Ngày 31/06/2026 không tồn tại" },
      });
    });
  });

  it("refuses answers that are not an object", () => {
    for (const input of [null, "reason=lost", ["lost"]]) {
      expect(issuesOf(serviceAnswersSchema(fieldsOf("reissue-book")), input)[0]).toMatchObject({
        path: [],
        params: { code: "answers.type" },
      });
    }
  });

  it("gives every issue a Vietnamese and an English message, and the path inside a request body", () => {
    const body = z.object({ answers: serviceAnswersSchema(fieldsOf("benefit-receipt")) });
    const issues = issuesOf(body, { answers: { method: "bank", bankAccount: 12, extra: 1 } });
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "answers.extra",
      "answers.bankName",
      "answers.bankAccount",
      "answers.accountHolder",
    ]);
    for (const issue of issues) {
      expect(issue.code).toBe("custom");
      const params = issue.code === "custom" ? issue.params : undefined;
      expect(params?.vi).toMatch(/\S/);
      expect(params?.en).toMatch(/\S/);
      expect(issue.message).toBe(params?.en);
    }
  });
});

describe("serviceDraftSchema", () => {
  const draft = serviceDraftSchema(fieldsOf("voluntary-contribution"));

  it("accepts an incomplete draft, keeping what was answered", () => {
    expect(draft.parse({})).toEqual({});
    expect(draft.parse({ months: 3, income: "", consent: false })).toEqual({ months: 3 });
  });

  it("still refuses wrong values and unknown fields", () => {
    const issues = issuesOf(draft, { months: 2, note: "x" });
    expect(issues.map((i) => i.path[0])).toEqual(["note", "months"]);
  });
});
