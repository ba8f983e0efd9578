import { describe, expect, it } from "vitest";
import { cardStatusOn } from "./card-status";

describe("cardStatusOn", () => {
  const card = { validFrom: "2026-01-01", validTo: "2026-12-31", status: "active" };

  it("is not yet valid the day before it starts, valid on the first and the last day, expired the day after", () => {
    expect(cardStatusOn(card, "2025-12-31")).toBe("not_yet_valid");
    expect(cardStatusOn(card, "2026-01-01")).toBe("valid");
    expect(cardStatusOn(card, "2026-06-15")).toBe("valid");
    expect(cardStatusOn(card, "2026-12-31")).toBe("valid");
    expect(cardStatusOn(card, "2027-01-01")).toBe("expired");
  });

  it("never expires by date when open-ended", () => {
    const open = { ...card, validTo: null };
    expect(cardStatusOn(open, "2025-12-31")).toBe("not_yet_valid");
    expect(cardStatusOn(open, "2026-01-01")).toBe("valid");
    expect(cardStatusOn(open, "2099-12-31")).toBe("valid");
  });

  it("is valid for a one-day card on that day only", () => {
    const oneDay = { validFrom: "2024-02-29", validTo: "2024-02-29", status: "active" };
    expect(cardStatusOn(oneDay, "2024-02-28")).toBe("not_yet_valid");
    expect(cardStatusOn(oneDay, "2024-02-29")).toBe("valid");
    expect(cardStatusOn(oneDay, "2024-03-01")).toBe("expired");
  });

  it.each(["expired", "replaced", "revoked"])(
    "counts a card recorded as %s as expired, whatever its dates",
    (status) => {
      expect(cardStatusOn({ ...card, status }, "2026-06-15")).toBe("expired");
      expect(cardStatusOn({ ...card, status }, "2025-06-15")).toBe("expired");
    },
  );

  it("refuses a day that is not an ISO date", () => {
    expect(() => cardStatusOn(card, "15/06/2026")).toThrow(RangeError);
  });
});
