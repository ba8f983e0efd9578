import { describe, expect, it } from "vitest";
import { drawStatementPdf, type StatementDocument } from "./draw-statement-pdf";
import { statementContent } from "./statement-content";
import type { HistoryScheme } from "./statement-source";
import { readPdf } from "./testing/read-pdf";
import { sampleHistory, samplePerson } from "./testing/sample-statement";

const letters = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";
const alphabet = `${letters} ${letters.toLocaleUpperCase("vi")}`;

function statementOf(overrides: Partial<StatementDocument> = {}): StatementDocument {
  return {
    person: samplePerson,
    history: sampleHistory,
    content: statementContent(samplePerson, sampleHistory, { id: "7K3QX9M2AB4F", issuedOn: "2026-05-10" }),
    verifyUrl: "http://localhost:3000/xac-minh#payload.signature",
    keyId: "d1dee06bf1a410da",
    ...overrides,
  };
}

describe("drawStatementPdf", () => {
  it("writes Vietnamese as it is: every letter with every mark comes back out of the PDF", async () => {
    const [first, ...rest] = sampleHistory.schemes;
    if (!first?.periods[0]) throw new Error("sample history has no period");
    const history = {
      ...sampleHistory,
      schemes: [
        { ...first, periods: [{ ...first.periods[0], jobTitle: alphabet }, ...first.periods.slice(1)] },
        ...rest,
      ],
    };
    const pdf = await drawStatementPdf(statementOf({ history }));
    const { text, pages } = readPdf(pdf);
    const flowing = text.replace(/\s+/g, " ");
    for (const phrase of [
      "Nguyễn Văn An",
      "Đại Dương",
      "Bảo hiểm xã hội bắt buộc",
      "Bảo hiểm y tế",
      "Độc lập - Tự do - Hạnh phúc",
    ]) {
      expect(flowing).toContain(phrase);
    }
    expect(text.replace(/\s+/g, "")).toContain(alphabet.replace(/\s+/g, ""));
    // No character fell back to the missing-glyph box (glyph 0).
    for (const page of pages) {
      for (const [, hex] of page.content.matchAll(/<([0-9a-f]+)>/gi))
        expect(hex).not.toMatch(/^(?:.{4})*0000/);
    }
  });

  it("lists the schemes in the paper's order and leaves out those without a period", async () => {
    const empty: HistoryScheme = {
      scheme: "bhxh_voluntary",
      name: { vi: "Bảo hiểm xã hội tự nguyện", en: "Voluntary social insurance" },
      months: 0,
      duration: { years: 0, months: 0 },
      employeeTotal: 0,
      employerTotal: 0,
      periods: [],
      unpaid: [],
    };
    const { text } = readPdf(
      await drawStatementPdf(
        statementOf({ history: { ...sampleHistory, schemes: [...sampleHistory.schemes, empty] } }),
      ),
    );
    expect(text.indexOf("1. Bảo hiểm xã hội bắt buộc")).toBeGreaterThan(-1);
    expect(text.indexOf("2. Bảo hiểm y tế")).toBeGreaterThan(text.indexOf("1. Bảo hiểm xã hội bắt buộc"));
    expect(text).not.toContain("tự nguyện");
  });

  it("cuts a word too long for its column instead of spilling over", async () => {
    const [first, ...rest] = sampleHistory.schemes;
    if (!first?.periods[0]) throw new Error("sample history has no period");
    const long = "Côngtycổphầnđầutưxâydựngvàpháttriểnhạtầngkỹthuậtđôthị";
    const history = {
      ...sampleHistory,
      schemes: [
        { ...first, periods: [{ ...first.periods[0], employer: { name: long, taxCode: "0301000099" } }] },
        ...rest,
      ],
    };
    const { text } = readPdf(await drawStatementPdf(statementOf({ history })));
    expect(text.split("\n").some((line) => line.includes(long))).toBe(false);
    expect(text.replace(/\n/g, "")).toContain(long);
  });
});
