import type { ParticipationPeriod } from "@ansinh/db";
import { describe, expect, it } from "vitest";
import { percentText, summariseParticipation } from "./participation-summary";

const firm = { name: "Công ty A", taxCode: "0301000010" };
const other = { name: "Công ty B", taxCode: "0301000020" };

function period(
  p: Partial<ParticipationPeriod> & Pick<ParticipationPeriod, "from" | "to">,
): ParticipationPeriod {
  return {
    scheme: "bhxh_compulsory",
    employer: firm,
    jobTitle: null,
    salaryBase: 10_000_000,
    employeeRate: "8.000",
    employerRate: "17.500",
    employeeAmount: 800_000,
    employerAmount: 1_750_000,
    status: "paid",
    closedThrough: null,
    ...p,
  };
}

describe("summariseParticipation", () => {
  it("multiplies monthly amounts by the months from–to inclusive", () => {
    const [s] = summariseParticipation([period({ from: "2024-01", to: "2024-12" })], "2026-05", [
      "bhxh_compulsory",
    ]);
    expect(s).toMatchObject({
      months: 12,
      duration: { years: 1, months: 0 },
      employeeTotal: 9_600_000,
      employerTotal: 21_000_000,
    });
    expect(s?.periods[0]).toMatchObject({ months: 12, employeeTotal: 9_600_000, employerTotal: 21_000_000 });
  });

  it("runs an open period up to the as-of month, and counts none before it starts", () => {
    const [s] = summariseParticipation(
      [period({ from: "2025-11", to: null }), period({ from: "2026-07", to: null })],
      "2026-02",
      ["bhxh_compulsory"],
    );
    expect(s?.periods.map((p) => p.months)).toEqual([4, 0]);
    expect(s?.months).toBe(4);
  });

  it("leaves unpaid and suspended months out of the totals and lists the unpaid ones per employer", () => {
    const [s] = summariseParticipation(
      [
        period({ from: "2026-01", to: null, status: "unpaid", employer: other }),
        period({ from: "2025-06", to: "2025-08", status: "unpaid" }),
        period({ from: "2025-01", to: "2025-02", status: "suspended" }),
        period({ from: "2024-09", to: "2024-10", status: "unpaid" }),
        period({ from: "2020-01", to: "2020-12", status: "reserved", scheme: "bhxh_compulsory" }),
      ],
      "2026-03",
      ["bhxh_compulsory"],
    );
    expect(s?.months).toBe(12);
    expect(s?.employeeTotal).toBe(9_600_000);
    expect(s?.unpaid).toEqual([
      { employer: other, from: "2026-01", to: "2026-03", months: 3, amount: 3 * 2_550_000 },
      { employer: firm, from: "2025-06", to: "2025-08", months: 3, amount: 3 * 2_550_000 },
      { employer: firm, from: "2024-09", to: "2024-10", months: 2, amount: 2 * 2_550_000 },
    ]);
  });

  it("keeps one employer's unpaid runs apart when months lie between them", () => {
    const [s] = summariseParticipation(
      [
        period({ from: "2024-06", to: "2024-06", status: "unpaid" }),
        period({ from: "2024-04", to: "2024-05" }),
        period({ from: "2024-01", to: "2024-03", status: "unpaid" }),
      ],
      "2026-01",
      ["bhxh_compulsory"],
    );
    expect(s?.unpaid).toEqual([
      { employer: firm, from: "2024-06", to: "2024-06", months: 1, amount: 2_550_000 },
      { employer: firm, from: "2024-01", to: "2024-03", months: 3, amount: 3 * 2_550_000 },
    ]);
  });

  it("joins one employer's unpaid periods that follow on from each other into one run", () => {
    const [s] = summariseParticipation(
      [
        period({ from: "2024-04", to: "2024-05", status: "unpaid", employeeAmount: 1_000_000 }),
        period({ from: "2024-01", to: "2024-03", status: "unpaid" }),
      ],
      "2026-01",
      ["bhxh_compulsory"],
    );
    expect(s?.unpaid).toEqual([
      {
        employer: firm,
        from: "2024-01",
        to: "2024-05",
        months: 5,
        amount: 3 * 2_550_000 + 2 * 2_750_000,
      },
    ]);
  });

  it("counts only the months inside the window, and shows the periods cut to it", () => {
    const [s] = summariseParticipation(
      [period({ from: "2015-01", to: "2022-12" })],
      "2026-05",
      ["bhxh_compulsory"],
      {
        from: "2020-01",
        to: "2020-12",
      },
    );
    expect(s).toMatchObject({ months: 12, employeeTotal: 9_600_000, employerTotal: 21_000_000 });
    expect(s?.periods).toEqual([
      expect.objectContaining({
        from: "2020-01",
        to: "2020-12",
        months: 12,
        employeeAmount: 800_000,
        employeeTotal: 9_600_000,
        employerTotal: 21_000_000,
      }),
    ]);
  });

  it("ends a running period at the window's end, and keeps it running when the window reaches today", () => {
    const running = period({ from: "2019-04", to: null });
    const [closedWindow] = summariseParticipation([running], "2026-05", ["bhxh_compulsory"], {
      from: "2018-01",
      to: "2020-12",
    });
    expect(closedWindow?.periods).toEqual([
      expect.objectContaining({ from: "2019-04", to: "2020-12", months: 21 }),
    ]);
    const [openWindow] = summariseParticipation([running], "2026-05", ["bhxh_compulsory"], {
      from: "2026-01",
    });
    expect(openWindow?.periods).toEqual([expect.objectContaining({ from: "2026-01", to: null, months: 5 })]);
    expect(openWindow?.employeeTotal).toBe(5 * 800_000);
  });

  it("cuts unpaid months to the window and leaves out periods wholly outside it", () => {
    const [s] = summariseParticipation(
      [
        period({ from: "2025-02", to: "2025-04", status: "unpaid" }),
        period({ from: "2023-11", to: "2024-03", status: "unpaid" }),
        period({ from: "2023-01", to: "2023-10" }),
      ],
      "2026-01",
      ["bhxh_compulsory"],
      { from: "2024-01", to: "2024-12" },
    );
    expect(s?.periods.map((p) => [p.from, p.to, p.months])).toEqual([["2024-01", "2024-03", 3]]);
    expect(s?.months).toBe(0);
    expect(s?.unpaid).toEqual([
      { employer: firm, from: "2024-01", to: "2024-03", months: 3, amount: 3 * 2_550_000 },
    ]);
  });

  it("keeps every scheme asked for, in order, even without periods", () => {
    const summaries = summariseParticipation(
      [period({ from: "2024-01", to: "2024-01", scheme: "unemployment" })],
      "2026-01",
      ["bhxh_compulsory", "unemployment"],
    );
    expect(summaries.map((s) => [s.scheme, s.months])).toEqual([
      ["bhxh_compulsory", 0],
      ["unemployment", 1],
    ]);
  });
});

describe("percentText", () => {
  it("drops the trailing zeros of a stored rate", () => {
    expect(["8.000", "17.500", "0.000", "0.500", "10", "4.5"].map(percentText)).toEqual([
      "8",
      "17.5",
      "0",
      "0.5",
      "10",
      "4.5",
    ]);
  });
});
