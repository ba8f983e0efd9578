import { describe, expect, it } from "vitest";
import { type Coverage, coverageOn } from "./coverage-on";

function rule(coverage: Coverage, key: string): { vi: string; en: string } {
  const found = coverage.rules.find((r) => r.key === key);
  if (found === undefined)
    throw new Error(`no rule "${key}" in ${coverage.rules.map((r) => r.key).join(", ")}`);
  return { vi: found.vi, en: found.en };
}

const keys = (coverage: Coverage) => coverage.rules.map((r) => r.key);

describe("coverageOn — worked examples", () => {
  describe("a worker of an enterprise (DN, level 4)", () => {
    const before = coverageOn("DN", "2025-12-31", { fiveYearsFrom: "2027-10-01" });
    const after = coverageOn("DN", "2026-01-01", { fiveYearsFrom: "2027-10-01" });

    it("pays 80 % at the registered facility on both sides of 01/01/2026", () => {
      expect([before.level, before.percent]).toEqual([4, 80]);
      expect([after.level, after.percent]).toEqual([4, 80]);
      expect(rule(after, "registered")).toEqual({
        vi: "Tại nơi đăng ký khám chữa bệnh ban đầu ghi trên thẻ: quỹ trả 80% chi phí trong phạm vi được hưởng BHYT; bạn cùng chi trả 20%.",
        en: "At the primary-care facility registered on the card: the fund pays 80 % of the costs within the BHYT scope; you pay the remaining 20 %.",
      });
    });

    it("explains the group and that the level is computed, not printed", () => {
      expect(rule(before, "level").vi).toBe(
        "Mã đối tượng DN – Người lao động làm việc trong doanh nghiệp. Mức hưởng ngày 31/12/2025: 4 – quỹ BHYT trả 80% chi phí khám bệnh, chữa bệnh, có giới hạn tỷ lệ thanh toán. Mức hưởng được tính theo mã đối tượng và ngày khám chữa bệnh, không theo chữ số in trên thẻ.",
      );
    });

    it("announces, then applies, 50 % of the level for outpatient self-referral at provincial level from 01/01/2026", () => {
      expect(rule(before, "selfReferral.provincial").vi).toBe(
        "Tự đi khám chữa bệnh, không có giấy chuyển tuyến, tại bệnh viện tuyến tỉnh – điều trị nội trú: quỹ trả đủ mức hưởng (80%); khám, điều trị ngoại trú: quỹ không trả (từ ngày 01/01/2026: quỹ trả 50% mức hưởng (40% chi phí)).",
      );
      expect(rule(after, "selfReferral.provincial").vi).toBe(
        "Tự đi khám chữa bệnh, không có giấy chuyển tuyến, tại bệnh viện tuyến tỉnh – điều trị nội trú: quỹ trả đủ mức hưởng (80%); khám, điều trị ngoại trú: quỹ trả 50% mức hưởng (40% chi phí).",
      );
      expect(rule(after, "selfReferral.provincial").en).toBe(
        "Going on your own, without a referral, to a provincial-level hospital – inpatient care: the fund pays your full level (80 %); outpatient care: the fund pays 50 % of your level (40 % of the costs).",
      );
    });

    it("pays 40 % of the level (32 %) inpatient and nothing outpatient at central level on one's own", () => {
      expect(rule(after, "selfReferral.central").vi).toBe(
        "Tự đi khám chữa bệnh, không có giấy chuyển tuyến, tại bệnh viện tuyến trung ương – điều trị nội trú: quỹ trả 40% mức hưởng (32% chi phí); khám, điều trị ngoại trú: quỹ không trả.",
      );
      expect(rule(after, "selfReferral.district").vi).toBe(
        "Tự đi khám chữa bệnh, không có giấy chuyển tuyến, tại bệnh viện tuyến huyện – cả ngoại trú và nội trú: quỹ trả đủ mức hưởng (80%).",
      );
    });

    it("pays referral and emergency as the right route, and commune level in full", () => {
      expect(rule(after, "referral").vi).toContain("quỹ trả như tại nơi đăng ký, 80%");
      expect(rule(after, "emergency").vi).toBe(
        "Cấp cứu: tại bất kỳ cơ sở khám chữa bệnh nào, quỹ trả như đúng tuyến, 80%.",
      );
      expect(rule(after, "communeLevel").vi).toBe(
        "Khám chữa bệnh tại trạm y tế xã (tuyến xã): quỹ trả 100%.",
      );
    });

    it("moves the small-visit threshold with the base salary on 01/07/2026 (351.000 → 379.500 ₫)", () => {
      const june = coverageOn("DN", "2026-06-30", { fiveYearsFrom: null });
      const july = coverageOn("DN", "2026-07-01", { fiveYearsFrom: null });
      expect(rule(june, "smallVisit").vi).toBe(
        "Một lần khám chữa bệnh có tổng chi phí dưới 15% lương cơ sở (dưới 351.000 ₫, với lương cơ sở 2.340.000 ₫) được quỹ trả 100%. Từ ngày 01/07/2026, lương cơ sở là 2.530.000 ₫: ngưỡng này là 379.500 ₫.",
      );
      expect(rule(july, "smallVisit").vi).toBe(
        "Một lần khám chữa bệnh có tổng chi phí dưới 15% lương cơ sở (dưới 379.500 ₫, với lương cơ sở 2.530.000 ₫) được quỹ trả 100%.",
      );
    });

    it("tells when 5 consecutive years are reached and what they give", () => {
      expect(rule(after, "fiveYears").vi).toBe(
        "Ngày 01/10/2027 bạn đủ 5 năm tham gia BHYT liên tục. Từ ngày đó, nếu số tiền bạn cùng chi trả trong một năm dương lịch vượt 6 tháng lương cơ sở (14.040.000 ₫, với lương cơ sở 2.340.000 ₫), quỹ trả 100% chi phí trong phạm vi được hưởng cho đến hết năm đó, trừ khi tự đi khám chữa bệnh không đúng tuyến.",
      );
      const reached = coverageOn("DN", "2027-10-01", { fiveYearsFrom: "2027-10-01" });
      expect(rule(reached, "fiveYears").vi).toBe(
        "Bạn đã đủ 5 năm tham gia BHYT liên tục từ ngày 01/10/2027: nếu số tiền bạn cùng chi trả trong một năm dương lịch vượt 6 tháng lương cơ sở (15.180.000 ₫, với lương cơ sở 2.530.000 ₫), quỹ trả 100% chi phí trong phạm vi được hưởng cho đến hết năm đó, trừ khi tự đi khám chữa bệnh không đúng tuyến.",
      );
      expect(rule(reached, "fiveYears").en).toContain(
        "You have had 5 consecutive years of health insurance since 01/10/2027",
      );
      const dayBefore = coverageOn("DN", "2027-09-30", { fiveYearsFrom: "2027-10-01" });
      expect(rule(dayBefore, "fiveYears").vi).toMatch(/^Ngày 01\/10\/2027 bạn đủ 5 năm/);
    });

    it("lists the rules in a stable order", () => {
      expect(keys(after)).toEqual([
        "level",
        "registered",
        "referral",
        "emergency",
        "selfReferral.district",
        "selfReferral.provincial",
        "selfReferral.central",
        "communeLevel",
        "smallVisit",
        "fiveYears",
      ]);
    });
  });

  it("a pensioner (HT, level 3): 95 %, 38 % inpatient at central level, 47,5 % outpatient at provincial level", () => {
    const pensioner = coverageOn("HT", "2026-03-01", { fiveYearsFrom: "2015-01-01" });
    expect([pensioner.level, pensioner.percent]).toEqual([3, 95]);
    expect(rule(pensioner, "registered").vi).toContain(
      "quỹ trả 95% chi phí trong phạm vi được hưởng BHYT; bạn cùng chi trả 5%",
    );
    expect(rule(pensioner, "selfReferral.central").vi).toContain("quỹ trả 40% mức hưởng (38% chi phí)");
    expect(rule(pensioner, "selfReferral.provincial").vi).toContain("quỹ trả 50% mức hưởng (47,5% chi phí)");
    expect(rule(pensioner, "selfReferral.provincial").en).toContain(
      "50 % of your level (47.5 % of the costs)",
    );
    expect(rule(pensioner, "fiveYears").vi).toMatch(
      /^Bạn đã đủ 5 năm tham gia BHYT liên tục từ ngày 01\/01\/2015/,
    );
  });

  it("a child under 6 (TE, level 1): 100 % without limits, so no co-payment rules", () => {
    const child = coverageOn("TE", "2026-03-01", { fiveYearsFrom: null });
    expect([child.level, child.percent]).toEqual([1, 100]);
    expect(rule(child, "level").vi).toContain(
      "quỹ BHYT trả 100% chi phí khám bệnh, chữa bệnh, không áp dụng giới hạn tỷ lệ thanh toán",
    );
    expect(rule(child, "registered").vi).toBe(
      "Tại nơi đăng ký khám chữa bệnh ban đầu ghi trên thẻ: quỹ trả 100% chi phí trong phạm vi được hưởng BHYT.",
    );
    expect(rule(child, "selfReferral.central").vi).toContain("quỹ trả 40% mức hưởng (40% chi phí)");
    expect(keys(child)).not.toContain("smallVisit");
    expect(keys(child)).not.toContain("fiveYears");
    expect(keys(child)).not.toContain("communeLevel");
  });

  it("a pupil (HS, level 4): 80 %", () => {
    const pupil = coverageOn("HS", "2025-09-05", { fiveYearsFrom: null });
    expect([pupil.level, pupil.percent]).toEqual([4, 80]);
    expect(rule(pupil, "level").en).toBe(
      "Group code HS – Pupil. Benefit level on 05/09/2025: 4 – the fund pays 80 %, with the payment-rate limits. The level follows the group code and the date of care, not the digit printed on the card.",
    );
    expect(rule(pupil, "selfReferral.provincial").vi).toContain(
      "khám, điều trị ngoại trú: quỹ không trả (từ ngày 01/01/2026: quỹ trả 50% mức hưởng (40% chi phí))",
    );
  });

  it("a household member (GD, level 4) with no 5-year date yet", () => {
    const member = coverageOn("GD", "2026-03-01", { fiveYearsFrom: null });
    expect([member.level, member.percent]).toEqual([4, 80]);
    expect(rule(member, "fiveYears")).toEqual({
      vi: "Sau khi tham gia BHYT đủ 5 năm liên tục (ngày đủ 5 năm được ghi trên thẻ), nếu số tiền bạn cùng chi trả trong một năm dương lịch vượt 6 tháng lương cơ sở (14.040.000 ₫, với lương cơ sở 2.340.000 ₫), quỹ trả 100% chi phí trong phạm vi được hưởng cho đến hết năm đó, trừ khi tự đi khám chữa bệnh không đúng tuyến.",
      en: "Once you have been insured for 5 consecutive years (the card shows the date), if what you have co-paid in a calendar year exceeds 6 months of the base salary (14.040.000 ₫, with a base salary of 2.340.000 ₫), the fund pays 100 % of the costs within the BHYT scope for the rest of that year, except when you go to a facility on your own without a referral.",
    });
  });

  describe("the 01/01/2026 change (Resolution 261/2025/QH15)", () => {
    it("near-poor (CN): level 3, 95 % until 31/12/2025, announced; level 2, 100 % from 01/01/2026", () => {
      const before = coverageOn("CN", "2025-12-31", { fiveYearsFrom: null });
      expect([before.level, before.percent]).toEqual([3, 95]);
      expect(rule(before, "level.changing").vi).toBe(
        "Từ ngày 01/01/2026, nhóm CN sẽ được hưởng mức 2 (100%) thay cho mức 3 hiện nay, theo Nghị quyết 261/2025/QH15, Điều 2; Công văn 38/BYT-BH.",
      );
      // From 2026, 50 % of a 100 % level: the level of the day the rate starts is used.
      expect(rule(before, "selfReferral.provincial").vi).toContain(
        "(từ ngày 01/01/2026: quỹ trả 50% mức hưởng (50% chi phí))",
      );
      expect(keys(before)).toContain("smallVisit");

      const after = coverageOn("CN", "2026-01-01", { fiveYearsFrom: null });
      expect([after.level, after.percent]).toEqual([2, 100]);
      expect(rule(after, "level.changed").vi).toBe(
        "Từ ngày 01/01/2026, nhóm CN được hưởng mức 2 (100%) thay cho mức 3 (95%) theo Nghị quyết 261/2025/QH15, Điều 2; Công văn 38/BYT-BH. Thẻ in trước ngày đó có thể vẫn ghi mức 3: quyền lợi vẫn tính theo mức mới.",
      );
      expect(keys(after)).not.toContain("smallVisit");
      expect(keys(after)).not.toContain("fiveYears");
    });

    it("social pensioners aged 75+ (LH): level 4, 80 % from 01/07/2025; level 2, 100 % from 01/01/2026", () => {
      expect(coverageOn("LH", "2025-07-01", { fiveYearsFrom: null })).toMatchObject({
        level: 4,
        percent: 80,
      });
      expect(coverageOn("LH", "2025-12-31", { fiveYearsFrom: null })).toMatchObject({
        level: 4,
        percent: 80,
      });
      const after = coverageOn("LH", "2026-01-01", { fiveYearsFrom: null });
      expect(after).toMatchObject({ level: 2, percent: 100 });
      expect(rule(after, "level.changed").en).toBe(
        "From 01/01/2026, group LH has level 2 (100 %) instead of level 4 (80 %) under Nghị quyết 261/2025/QH15, Điều 2; Công văn 38/BYT-BH. A card printed before that day may still show 4: the new level applies all the same.",
      );
      // The group exists only since Law 41 came into force.
      expect(() => coverageOn("LH", "2025-06-30", { fiveYearsFrom: null })).toThrow(RangeError);
    });
  });

  it("the armed forces (QN, level 5): 100 % including costs outside the BHYT scope", () => {
    const soldier = coverageOn("QN", "2026-03-01", { fiveYearsFrom: null });
    expect([soldier.level, soldier.percent]).toEqual([5, 100]);
    expect(rule(soldier, "registered").vi).toBe(
      "Tại nơi đăng ký khám chữa bệnh ban đầu ghi trên thẻ: quỹ trả 100% chi phí.",
    );
    expect(rule(soldier, "level").vi).toContain("kể cả chi phí ngoài phạm vi được hưởng BHYT");
  });

  it("says so when sources disagree on a group's level (CT)", () => {
    const survivor = coverageOn("CT", "2026-03-01", { fiveYearsFrom: null });
    expect(survivor.level).toBe(4);
    expect(rule(survivor, "level.disputed").vi).toBe(
      "Các nguồn tham khảo chưa thống nhất về mức hưởng của nhóm CT (một nguồn ghi mức 2); hiện áp dụng mức 4.",
    );
  });

  it("uses the provincial inpatient rate of the day: 60 % of the level in 2020, 100 % from 2021", () => {
    expect(
      rule(coverageOn("DN", "2020-12-31", { fiveYearsFrom: null }), "selfReferral.provincial").vi,
    ).toContain(
      "điều trị nội trú: quỹ trả 60% mức hưởng (48% chi phí) (từ ngày 01/01/2021: quỹ trả đủ mức hưởng (80%))",
    );
  });

  it("refuses an unknown group code and a day before the reference data", () => {
    expect(() => coverageOn("ZZ", "2026-03-01", { fiveYearsFrom: null })).toThrow(RangeError);
    expect(() => coverageOn("DN", "2015-11-15", { fiveYearsFrom: null })).toThrow(RangeError);
    expect(() => coverageOn("DN", "2026-02-30", { fiveYearsFrom: null })).toThrow(RangeError);
  });
});
