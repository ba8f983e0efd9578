import { describe, expect, it } from "vitest";
import { retirementAge } from "./retirement-age";

// Worked examples from the Decree 135/2020 roadmap annex.
describe("retirementAge", () => {
  it("gives men born 01/1961 60 years 3 months (reached 04/2021)", () => {
    expect(retirementAge("male", { year: 1961, month: 1, day: 15 })).toEqual({
      years: 60,
      months: 3,
      reachedIn: "2021-04",
    });
  });

  it("moves a man born 10/1961 to the 2022 step: 60 years 6 months", () => {
    expect(retirementAge("male", { year: 1961, month: 10, day: 1 })).toEqual({
      years: 60,
      months: 6,
      reachedIn: "2022-04",
    });
  });

  it("caps men at 62 from 2028 on", () => {
    expect(retirementAge("male", { year: 1966, month: 1 })).toMatchObject({
      years: 61,
      months: 9,
      reachedIn: "2027-10",
    });
    expect(retirementAge("male", { year: 1966, month: 4 })).toMatchObject({
      years: 62,
      months: 0,
      reachedIn: "2028-04",
    });
    expect(retirementAge("male", { year: 1990, month: 6 })).toMatchObject({ years: 62, months: 0 });
  });

  it("gives women born 01/1966 55 years 4 months and caps them at 60 from 2035", () => {
    expect(retirementAge("female", { year: 1966, month: 1 })).toEqual({
      years: 55,
      months: 4,
      reachedIn: "2021-05",
    });
    expect(retirementAge("female", { year: 1975, month: 5 })).toMatchObject({
      years: 60,
      months: 0,
      reachedIn: "2035-05",
    });
  });

  it("keeps the old ages for those who reached them before 2021", () => {
    expect(retirementAge("male", { year: 1955, month: 3 })).toEqual({
      years: 60,
      months: 0,
      reachedIn: "2015-03",
    });
  });

  it("reads a year-only birth as January", () => {
    expect(retirementAge("female", { year: 1970 })).toEqual(
      retirementAge("female", { year: 1970, month: 1 }),
    );
  });
});
