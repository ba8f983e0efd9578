import { describe, expect, it } from "vitest";
import type { Period } from "./records-api";
import { spellsOf } from "./spells";

const trading = { name: "Công ty Cổ phần Xuất nhập khẩu Hoàng Long", taxCode: "3010000406" };
const electronics = { name: "Công ty Cổ phần Điện tử Sao Việt", taxCode: "3010000205" };

function period(p: Partial<Period> & Pick<Period, "from" | "to" | "months">): Period {
  return {
    employer: trading,
    jobTitle: "Trưởng phòng kinh doanh",
    salaryBase: 46_800_000,
    employeeRate: "8",
    employerRate: "17",
    employeeAmount: 100,
    employerAmount: 200,
    employeeTotal: 100 * p.months,
    employerTotal: 200 * p.months,
    status: "paid",
    closedThrough: null,
    ...p,
  };
}

describe("spellsOf", () => {
  it("joins neighbouring periods of one employer and job, newest first", () => {
    const spells = spellsOf([
      period({ from: "2026-07", to: null, months: 5 }),
      period({ from: "2024-07", to: "2026-06", months: 24 }),
      period({
        employer: electronics,
        jobTitle: "Kỹ thuật viên",
        from: "2017-10",
        to: "2017-12",
        months: 3,
        status: "unpaid",
        closedThrough: "2017-09",
      }),
      period({
        employer: electronics,
        jobTitle: "Kỹ thuật viên",
        from: "2013-09",
        to: "2017-09",
        months: 49,
        closedThrough: "2017-09",
      }),
    ]);
    expect(spells).toHaveLength(2);
    expect(spells[0]).toMatchObject({
      from: "2024-07",
      to: null,
      months: 29,
      employeeTotal: 2900,
      unpaidMonths: 0,
    });
    expect(spells[1]).toMatchObject({
      employer: electronics,
      from: "2013-09",
      to: "2017-12",
      months: 52,
      unpaidMonths: 3,
      closedThrough: "2017-09",
    });
    expect(spells[1]?.periods.map((p) => p.from)).toEqual(["2017-10", "2013-09"]);
    expect(new Set(spells.map((s) => s.key)).size).toBe(2);
  });

  it("starts a new spell when the job changes at the same employer", () => {
    const spells = spellsOf([
      period({ from: "2020-01", to: "2020-12", months: 12, jobTitle: "Trưởng phòng" }),
      period({ from: "2018-01", to: "2019-12", months: 24, jobTitle: "Nhân viên" }),
    ]);
    expect(spells.map((s) => s.jobTitle)).toEqual(["Trưởng phòng", "Nhân viên"]);
  });
});
