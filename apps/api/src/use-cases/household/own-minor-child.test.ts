import { describe, expect, it } from "vitest";
import { isOwnMinorChild } from "./own-minor-child";

const child = (birthDate: string | null, birthYear = Number(birthDate?.slice(0, 4))) => ({
  relation: "child",
  birthDate,
  birthYear,
});

describe("isOwnMinorChild", () => {
  it("is the head's or the spouse's child until the day before the 18th birthday", () => {
    expect(isOwnMinorChild("head", child("2008-11-26"), "2026-11-25")).toBe(true);
    expect(isOwnMinorChild("spouse", child("2008-11-26"), "2026-11-25")).toBe(true);
    expect(isOwnMinorChild("head", child("2008-11-25"), "2026-11-25")).toBe(false);
  });

  it("counts a birth year alone from 1 January", () => {
    expect(isOwnMinorChild("head", child(null, 2008), "2025-12-31")).toBe(true);
    expect(isOwnMinorChild("head", child(null, 2008), "2026-01-01")).toBe(false);
  });

  it("is never a sibling's, a grandparent's or anyone's but a parent's", () => {
    for (const viewer of ["child", "parent", "grandchild", "sibling", "other", null]) {
      expect(isOwnMinorChild(viewer, child("2016-01-01"), "2026-11-25")).toBe(false);
    }
    expect(isOwnMinorChild("head", { ...child("2016-01-01"), relation: "grandchild" }, "2026-11-25")).toBe(
      false,
    );
  });

  it("is not a child born after today", () => {
    expect(isOwnMinorChild("head", child("2027-01-01"), "2026-11-25")).toBe(false);
  });
});
