import type { ServiceField } from "@ansinh/domain";
import { describe, expect, it } from "vitest";
import { answerProblems, answersOf, answerText, checkValues, valuesOf, visibleFields } from "./answers";

const label = (vi: string) => ({ vi, en: vi });

const fields: ServiceField[] = [
  {
    name: "method",
    kind: "choice",
    label: label("Hình thức nhận"),
    required: true,
    options: [
      { value: "bank", label: label("Tài khoản ngân hàng") },
      { value: "post_office", label: label("Bưu điện") },
    ],
  },
  {
    name: "bankName",
    kind: "text",
    label: label("Ngân hàng"),
    required: true,
    when: { field: "method", equals: ["bank"] },
  },
  {
    name: "bankAccount",
    kind: "bankAccount",
    label: label("Số tài khoản"),
    required: true,
    when: { field: "bankName", equals: ["Vietcombank"] },
  },
  {
    name: "postOfficeAddress",
    kind: "longText",
    label: label("Địa chỉ bưu điện"),
    required: true,
    when: { field: "method", equals: ["post_office"] },
  },
  {
    name: "income",
    kind: "money",
    label: label("Mức thu nhập"),
    required: false,
    min: 1_500_000,
    max: 46_800_000,
  },
  { name: "months", kind: "months", label: label("Số tháng"), required: false, monthOptions: [1, 3, 6, 12] },
  { name: "validUntil", kind: "date", label: label("Hiệu lực đến"), required: false },
  { name: "consent", kind: "consent", label: label("Tôi cam đoan"), required: true },
];

const names = (shown: ServiceField[]) => shown.map((field) => field.name);

describe("visibleFields", () => {
  it("asks a `when` field only while the field it depends on has one of its values", () => {
    expect(names(visibleFields(fields, {}))).toEqual(["method", "income", "months", "validUntil", "consent"]);
    expect(names(visibleFields(fields, { method: "bank" }))).toContain("bankName");
    expect(names(visibleFields(fields, { method: "bank" }))).not.toContain("postOfficeAddress");
    expect(names(visibleFields(fields, { method: "post_office" }))).toContain("postOfficeAddress");
  });

  it("hides a field whose own condition rests on a hidden field", () => {
    // bankName keeps its old value, but is not asked once post office is chosen: nor is bankAccount.
    const shown = names(visibleFields(fields, { method: "post_office", bankName: "Vietcombank" }));
    expect(shown).not.toContain("bankName");
    expect(shown).not.toContain("bankAccount");
    expect(names(visibleFields(fields, { method: "bank", bankName: "Vietcombank" }))).toContain(
      "bankAccount",
    );
  });
});

describe("answersOf", () => {
  it("sends only what is asked and answered, consents as true and amounts as numbers", () => {
    expect(
      answersOf(fields, {
        method: "post_office",
        bankName: "Vietcombank",
        postOfficeAddress: " 12 Lý Thường Kiệt ",
        income: "5.000.000",
        months: "6",
        consent: "true",
      }),
    ).toEqual({
      method: "post_office",
      postOfficeAddress: "12 Lý Thường Kiệt",
      income: 5_000_000,
      months: 6,
      consent: true,
    });
  });

  it("leaves an unticked consent out, and an amount that is not one as typed", () => {
    expect(answersOf(fields, { consent: "", income: "năm triệu" })).toEqual({ income: "năm triệu" });
  });
});

describe("valuesOf", () => {
  it("shows a stored answer in its input again", () => {
    expect(
      valuesOf(fields, { method: "bank", income: 5_000_000, validUntil: "2027-03-31", consent: true }),
    ).toMatchObject({
      method: "bank",
      income: "5000000",
      validUntil: "31/03/2027",
      consent: "true",
      bankName: "",
    });
  });
});

describe("checkValues", () => {
  it("words each problem in both languages, at its field", () => {
    const checked = checkValues(fields, { method: "bank" }, "complete", "2026-11-26");
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(["bankName", "consent"]);
    expect(checked.errors.bankName?.vi).toContain("Ngân hàng");
    expect(checked.errors.bankName?.en).toBeTruthy();
  });

  it("lets a draft be incomplete but not wrong", () => {
    expect(checkValues(fields, { method: "bank" }, "draft", "2026-11-26").ok).toBe(true);
    expect(checkValues(fields, { income: "1000" }, "draft", "2026-11-26").ok).toBe(false);
  });

  it("gives the typed answers once they are complete", () => {
    const checked = checkValues(
      fields,
      {
        method: "post_office",
        postOfficeAddress: "12 Lý Thường Kiệt",
        validUntil: "31/03/2027",
        consent: "true",
      },
      "complete",
      "2026-11-26",
    );
    expect(checked).toEqual({
      ok: true,
      answers: {
        method: "post_office",
        postOfficeAddress: "12 Lý Thường Kiệt",
        validUntil: "2027-03-31",
        consent: true,
      },
    });
  });
});

describe("answerProblems", () => {
  it("places the API's problems at their answers", () => {
    expect(
      answerProblems([
        { field: "body.answers.bankAccount", text: { vi: "Sai số tài khoản", en: "Wrong account" } },
        { field: "body.serviceCode", text: { vi: "x", en: "x" } },
      ]),
    ).toEqual({ bankAccount: { vi: "Sai số tài khoản", en: "Wrong account" } });
  });
});

describe("answerText", () => {
  const words = { months: (n: number) => `${n} tháng`, yes: "Có" };
  const field = (name: string) => fields.find((candidate) => candidate.name === name) as ServiceField;

  it("shows an answer as people read it", () => {
    expect(answerText(field("method"), "bank", "vi", words)).toBe("Tài khoản ngân hàng");
    expect(answerText(field("income"), 5_000_000, "vi", words)).toBe("5.000.000 ₫");
    expect(answerText(field("months"), 6, "vi", words)).toBe("6 tháng");
    expect(answerText(field("validUntil"), "2027-03-31", "vi", words)).toBe("31/03/2027");
    expect(answerText(field("consent"), true, "vi", words)).toBe("Có");
  });
});
