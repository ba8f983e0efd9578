import { describe, expect, it } from "vitest";
import { historyPath, readCard, readHistory, readProfile, readVisits } from "./records-api";

describe("reading the records API", () => {
  it("takes an answer with its asOf and the expected outline", () => {
    const card = { asOf: "2026-11-25T23:51:51.422Z", card: null };
    expect(readCard(card)).toBe(card);
    expect(readHistory({ asOf: "2026-11-25T00:00:00Z", closedThrough: null, schemes: [] })).not.toBeNull();
    expect(
      readProfile({
        asOf: "2026-11-25T00:00:00Z",
        address: { line: "", commune: "", provinceName: "" },
        household: null,
      }),
    ).not.toBeNull();
  });

  it("refuses what is not one (an error body, an old copy kept offline, nothing)", () => {
    expect(readCard(null)).toBeNull();
    expect(readCard({ type: "/api/problems/unauthorized", title: "…" })).toBeNull();
    expect(readCard({ asOf: "2026-11-25T00:00:00Z" })).toBeNull();
    expect(readVisits({ asOf: "2026-11-25T00:00:00Z", years: {} })).toBeNull();
    expect(readProfile({ asOf: 1, address: {}, household: null })).toBeNull();
  });
});

describe("the history's API path", () => {
  it("asks for the filters chosen, and nothing for 'all'", () => {
    expect(historyPath({ scheme: "", fromYear: "", toYear: "" })).toBe("/api/me/history");
    expect(historyPath({ scheme: "unemployment", fromYear: "2015", toYear: "" })).toBe(
      "/api/me/history?scheme=unemployment&fromYear=2015",
    );
  });
});
