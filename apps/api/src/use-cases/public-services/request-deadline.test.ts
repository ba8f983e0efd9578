import { describe, expect, it } from "vitest";
import { dueOnFor, isOverdue, workingDaysLeft } from "./request-deadline";

// Thứ Hai 01/12/2025 … Chủ nhật 07/12/2025: an ordinary week without holidays.
describe("request deadlines in working days", () => {
  it("skips the weekend: 3 working days from a Thursday end on Tuesday", () => {
    expect(dueOnFor("2025-12-04", 3)).toBe("2025-12-09");
  });

  it("skips Tết: 5 working days from 13/02/2026 end after the holiday week", () => {
    expect(dueOnFor("2026-02-13", 5) > "2026-02-20").toBe(true);
  });

  it("counts the working days left, 0 on the deadline and negative once late", () => {
    expect(workingDaysLeft("2025-12-09", "2025-12-04")).toBe(3);
    expect(workingDaysLeft("2025-12-09", "2025-12-09")).toBe(0);
    expect(workingDaysLeft("2025-12-05", "2025-12-09")).toBe(-2);
  });

  it("flags only open requests past their deadline as overdue", () => {
    expect(isOverdue({ status: "processing", dueOn: "2025-12-05" }, "2025-12-06")).toBe(true);
    expect(isOverdue({ status: "processing", dueOn: "2025-12-05" }, "2025-12-05")).toBe(false);
    expect(isOverdue({ status: "completed", dueOn: "2025-12-05" }, "2025-12-09")).toBe(false);
    expect(isOverdue({ status: "draft", dueOn: null }, "2025-12-09")).toBe(false);
  });
});
