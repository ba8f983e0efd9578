import { formatDate } from "../calendar/format-date";
import type { IsoDate } from "../calendar/iso-date";
import { formatVnd } from "../money/format-vnd";
import { percentOf } from "../money/percent-of";
import { baseSalaryAt, baseSalaryRecords } from "../reference/base-salary";
import { type BenefitLevel, benefitLevels, fundSharePercent } from "../reference/benefit-levels";
import { isInForceOn, valueAt } from "../reference/effective";
import {
  type CareFacilityLevel,
  type CareRateRecord,
  type CareSetting,
  careRateRecords,
  careRatesOn,
  coPaymentRuleOn,
} from "../reference/health-insurance-care-rules";
import { type GroupLevelRecord, healthInsuranceGroup } from "../reference/health-insurance-groups";

/** One rule that applies to the card holder, in plain words; `key` names it for the screen and tests. */
export interface CoverageRule {
  key: string;
  vi: string;
  en: string;
}

export interface Coverage {
  level: BenefitLevel;
  /** Share of costs within the BHYT scope the fund pays at the registered facility, in percent. */
  percent: number;
  rules: CoverageRule[];
}

/**
 * What a BHYT card gives its holder on a day: the benefit level and percentage computed from the
 * group code and the date (never from the digit printed on the card), and the rules that apply —
 * registered facility, commune level, referral, emergency, going elsewhere on one's own, the
 * small-visit rule and the 5-consecutive-years ceiling — explained in Vietnamese and English, with
 * the changes the reference data know of (a group's new level, a new rate, a new base salary).
 * `fiveYearsFrom` is the card's "ngày đủ 5 năm liên tục" (null when not reached or unknown).
 * Throws RangeError for an unknown group code or a day before the reference data start.
 */
export function coverageOn(
  groupCode: string,
  date: IsoDate,
  options: { fiveYearsFrom: IsoDate | null },
): Coverage {
  const group = healthInsuranceGroup(groupCode);
  if (group === undefined) throw new RangeError(`Unknown health insurance group code "${groupCode}"`);
  const levels = [...group.levels].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const current = valueAt(levels, date, `benefit level of group ${groupCode}`);
  const level = current.level;
  const percent = fundSharePercent(level, date);
  const index = levels.indexOf(current);

  const rules: CoverageRule[] = [levelRule(group.code, group.nameVi, group.nameEn, current, date)];
  const previous = levels[index - 1];
  if (previous !== undefined) rules.push(pastChangeRule(group.code, previous, current));
  const next = levels[index + 1];
  if (next !== undefined) rules.push(nextChangeRule(group.code, current, next));
  if (current.disputed !== undefined) {
    rules.push({
      key: "level.disputed",
      vi: `Các nguồn tham khảo chưa thống nhất về mức hưởng của nhóm ${group.code} (một nguồn ghi mức ${current.disputed.alternativeLevel}); hiện áp dụng mức ${level}.`,
      en: `Sources disagree on the benefit level of group ${group.code} (one gives level ${current.disputed.alternativeLevel}); level ${level} is applied meanwhile.`,
    });
  }

  const percentOn = (d: IsoDate): number => {
    const record = levels.find((r) => isInForceOn(r, d));
    return fundSharePercent(record?.level ?? level, d);
  };
  rules.push(...routeRules(level, percent, date, percentOn));
  if (percent < 100) {
    const communeLevel = coPaymentRuleOn("communeLevel", date);
    if (communeLevel !== undefined) {
      rules.push({
        key: "communeLevel",
        vi: `Khám chữa bệnh tại trạm y tế xã (tuyến xã): quỹ trả ${pct(communeLevel.fundSharePercent, "vi")}.`,
        en: `Care at a commune health station: the fund pays ${pct(communeLevel.fundSharePercent, "en")}.`,
      });
    }
    const small = smallVisitRule(date);
    if (small !== undefined) rules.push(small);
    const fiveYears = fiveYearsRule(date, options.fiveYearsFrom);
    if (fiveYears !== undefined) rules.push(fiveYears);
  }
  return { level, percent, rules };
}

function levelRule(
  code: string,
  nameVi: string,
  nameEn: string,
  current: GroupLevelRecord,
  date: IsoDate,
): CoverageRule {
  const record = valueAt(
    benefitLevels.filter((r) => r.level === current.level),
    date,
    `benefit level ${current.level}`,
  );
  return {
    key: "level",
    vi: `Mã đối tượng ${code} – ${nameVi}. Mức hưởng ngày ${formatDate(date)}: ${current.level} – quỹ BHYT trả ${record.nameVi}. Mức hưởng được tính theo mã đối tượng và ngày khám chữa bệnh, không theo chữ số in trên thẻ.`,
    en: `Group code ${code} – ${nameEn}. Benefit level on ${formatDate(date)}: ${current.level} – the fund pays ${record.nameEn}. The level follows the group code and the date of care, not the digit printed on the card.`,
  };
}

function pastChangeRule(code: string, previous: GroupLevelRecord, current: GroupLevelRecord): CoverageRule {
  const from = formatDate(current.effectiveFrom);
  const oldPct = fundSharePercent(previous.level, previous.effectiveFrom);
  const newPct = fundSharePercent(current.level, current.effectiveFrom);
  return {
    key: "level.changed",
    vi: `Từ ngày ${from}, nhóm ${code} được hưởng mức ${current.level} (${pct(newPct, "vi")}) thay cho mức ${previous.level} (${pct(oldPct, "vi")}) theo ${current.legalDocument}. Thẻ in trước ngày đó có thể vẫn ghi mức ${previous.level}: quyền lợi vẫn tính theo mức mới.`,
    en: `From ${from}, group ${code} has level ${current.level} (${pct(newPct, "en")}) instead of level ${previous.level} (${pct(oldPct, "en")}) under ${current.legalDocument}. A card printed before that day may still show ${previous.level}: the new level applies all the same.`,
  };
}

function nextChangeRule(code: string, current: GroupLevelRecord, next: GroupLevelRecord): CoverageRule {
  const from = formatDate(next.effectiveFrom);
  const newPct = fundSharePercent(next.level, next.effectiveFrom);
  return {
    key: "level.changing",
    vi: `Từ ngày ${from}, nhóm ${code} sẽ được hưởng mức ${next.level} (${pct(newPct, "vi")}) thay cho mức ${current.level} hiện nay, theo ${next.legalDocument}.`,
    en: `From ${from}, group ${code} will have level ${next.level} (${pct(newPct, "en")}) instead of the present level ${current.level}, under ${next.legalDocument}.`,
  };
}

/** Registered facility, referral, emergency, then going on one's own to each former level of hospital. */
function routeRules(
  level: BenefitLevel,
  percent: number,
  date: IsoDate,
  percentOn: (d: IsoDate) => number,
): CoverageRule[] {
  const inForce = careRatesOn(date);
  const rules: CoverageRule[] = [];
  const scopeVi = level === 5 ? "chi phí" : "chi phí trong phạm vi được hưởng BHYT";
  const scopeEn = level === 5 ? "the costs" : "the costs within the BHYT scope";
  const copayVi = percent < 100 ? `; bạn cùng chi trả ${pct(100 - percent, "vi")}` : "";
  const copayEn = percent < 100 ? `; you pay the remaining ${pct(100 - percent, "en")}` : "";
  const at = (route: CareRateRecord["route"]) => inForce.find((r) => r.route === route);

  const registered = at("registered");
  if (registered !== undefined) {
    const share = ofLevel(percent, registered.percentOfLevel);
    rules.push({
      key: "registered",
      vi: `Tại nơi đăng ký khám chữa bệnh ban đầu ghi trên thẻ: quỹ trả ${pct(share, "vi")} ${scopeVi}${copayVi}.`,
      en: `At the primary-care facility registered on the card: the fund pays ${pct(share, "en")} of ${scopeEn}${copayEn}.`,
    });
  }
  const referral = at("referral");
  if (referral !== undefined) {
    const share = ofLevel(percent, referral.percentOfLevel);
    rules.push({
      key: "referral",
      vi: `Khi được chuyển đến cơ sở khác đúng quy định (có giấy chuyển tuyến): quỹ trả như tại nơi đăng ký, ${pct(share, "vi")}.`,
      en: `When referred to another facility by the rules (with a referral letter): the fund pays as at the registered facility, ${pct(share, "en")}.`,
    });
  }
  const emergency = at("emergency");
  if (emergency !== undefined) {
    const share = ofLevel(percent, emergency.percentOfLevel);
    rules.push({
      key: "emergency",
      vi: `Cấp cứu: tại bất kỳ cơ sở khám chữa bệnh nào, quỹ trả như đúng tuyến, ${pct(share, "vi")}.`,
      en: `Emergency: at any medical facility, the fund pays as on the right route, ${pct(share, "en")}.`,
    });
  }

  const facilityLevels: { level: CareFacilityLevel; vi: string; en: string }[] = [
    { level: "district", vi: "bệnh viện tuyến huyện", en: "a district-level hospital" },
    { level: "provincial", vi: "bệnh viện tuyến tỉnh", en: "a provincial-level hospital" },
    { level: "central", vi: "bệnh viện tuyến trung ương", en: "a central-level hospital" },
  ];
  for (const facility of facilityLevels) {
    const records = inForce
      .filter((r) => r.route === "selfReferral" && r.facilityLevel === facility.level)
      .sort((a, b) => settingOrder(a.setting) - settingOrder(b.setting));
    if (records.length === 0) continue;
    const parts = records.map((record) => {
      const now = selfReferralPhrase(record, percent);
      const next = nextInSeries(record, date);
      if (next === undefined) return now;
      const later = selfReferralPhrase(next, percentOn(next.effectiveFrom));
      const from = formatDate(next.effectiveFrom);
      return {
        vi: `${now.vi} (từ ngày ${from}: ${stripSetting(later.vi)})`,
        en: `${now.en} (from ${from}: ${stripSetting(later.en)})`,
      };
    });
    rules.push({
      key: `selfReferral.${facility.level}`,
      vi: `Tự đi khám chữa bệnh, không có giấy chuyển tuyến, tại ${facility.vi} – ${parts.map((p) => p.vi).join("; ")}.`,
      en: `Going on your own, without a referral, to ${facility.en} – ${parts.map((p) => p.en).join("; ")}.`,
    });
  }
  return rules;
}

const SETTING_WORDS: Record<CareSetting, { vi: string; en: string }> = {
  any: { vi: "cả ngoại trú và nội trú", en: "outpatient and inpatient care alike" },
  inpatient: { vi: "điều trị nội trú", en: "inpatient care" },
  outpatient: { vi: "khám, điều trị ngoại trú", en: "outpatient care" },
};

function settingOrder(setting: CareSetting): number {
  return ["any", "inpatient", "outpatient"].indexOf(setting);
}

/** "điều trị nội trú: quỹ trả 40% mức hưởng (32% chi phí)" */
function selfReferralPhrase(record: CareRateRecord, levelPercent: number): { vi: string; en: string } {
  const words = SETTING_WORDS[record.setting];
  const share = ofLevel(levelPercent, record.percentOfLevel);
  if (record.percentOfLevel === 0) {
    return { vi: `${words.vi}: quỹ không trả`, en: `${words.en}: the fund pays nothing` };
  }
  if (record.percentOfLevel === 100) {
    return {
      vi: `${words.vi}: quỹ trả đủ mức hưởng (${pct(share, "vi")})`,
      en: `${words.en}: the fund pays your full level (${pct(share, "en")})`,
    };
  }
  return {
    vi: `${words.vi}: quỹ trả ${pct(record.percentOfLevel, "vi")} mức hưởng (${pct(share, "vi")} chi phí)`,
    en: `${words.en}: the fund pays ${pct(record.percentOfLevel, "en")} of your level (${pct(share, "en")} of the costs)`,
  };
}

/** The phrase of a later change without repeating the setting ("quỹ trả 50% mức hưởng, …"). */
function stripSetting(phrase: string): string {
  return phrase.slice(phrase.indexOf(": ") + 2);
}

/** The next record of the same series (route, facility level, setting) after a day, if any. */
function nextInSeries(record: CareRateRecord, date: IsoDate): CareRateRecord | undefined {
  return careRateRecords
    .filter(
      (r) =>
        r.route === record.route &&
        r.facilityLevel === record.facilityLevel &&
        r.setting === record.setting &&
        r.effectiveFrom > date,
    )
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
}

function smallVisitRule(date: IsoDate): CoverageRule | undefined {
  const rule = coPaymentRuleOn("smallVisit", date);
  if (rule === undefined) return undefined;
  const salary = baseSalaryAt(date);
  const threshold = percentOf(salary, rule.percentOfBaseSalary);
  let vi = `Một lần khám chữa bệnh có tổng chi phí dưới ${pct(rule.percentOfBaseSalary, "vi")} lương cơ sở (dưới ${formatVnd(threshold)}, với lương cơ sở ${formatVnd(salary)}) được quỹ trả 100%.`;
  let en = `A visit whose total cost is below ${pct(rule.percentOfBaseSalary, "en")} of the base salary (below ${formatVnd(threshold)}, with a base salary of ${formatVnd(salary)}) is paid 100 % by the fund.`;
  const nextSalary = baseSalaryRecords
    .filter((r) => r.effectiveFrom > date)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  if (nextSalary !== undefined) {
    const nextRule = coPaymentRuleOn("smallVisit", nextSalary.effectiveFrom);
    if (nextRule !== undefined) {
      const from = formatDate(nextSalary.effectiveFrom);
      const nextThreshold = formatVnd(percentOf(nextSalary.amount, nextRule.percentOfBaseSalary));
      vi += ` Từ ngày ${from}, lương cơ sở là ${formatVnd(nextSalary.amount)}: ngưỡng này là ${nextThreshold}.`;
      en += ` From ${from} the base salary is ${formatVnd(nextSalary.amount)}, and the threshold ${nextThreshold}.`;
    }
  }
  return { key: "smallVisit", vi, en };
}

function fiveYearsRule(date: IsoDate, fiveYearsFrom: IsoDate | null): CoverageRule | undefined {
  const rule = coPaymentRuleOn("fiveYears", date);
  if (rule === undefined) return undefined;
  const salary = baseSalaryAt(date);
  const ceiling = formatVnd(salary * rule.monthsOfBaseSalary);
  const months = rule.monthsOfBaseSalary;
  const effectVi = `nếu số tiền bạn cùng chi trả trong một năm dương lịch vượt ${months} tháng lương cơ sở (${ceiling}, với lương cơ sở ${formatVnd(salary)}), quỹ trả 100% chi phí trong phạm vi được hưởng cho đến hết năm đó, trừ khi tự đi khám chữa bệnh không đúng tuyến`;
  const effectEn = `if what you have co-paid in a calendar year exceeds ${months} months of the base salary (${ceiling}, with a base salary of ${formatVnd(salary)}), the fund pays 100 % of the costs within the BHYT scope for the rest of that year, except when you go to a facility on your own without a referral`;
  if (fiveYearsFrom === null) {
    return {
      key: "fiveYears",
      vi: `Sau khi tham gia BHYT đủ 5 năm liên tục (ngày đủ 5 năm được ghi trên thẻ), ${effectVi}.`,
      en: `Once you have been insured for 5 consecutive years (the card shows the date), ${effectEn}.`,
    };
  }
  const from = formatDate(fiveYearsFrom);
  if (fiveYearsFrom > date) {
    return {
      key: "fiveYears",
      vi: `Ngày ${from} bạn đủ 5 năm tham gia BHYT liên tục. Từ ngày đó, ${effectVi}.`,
      en: `On ${from} you reach 5 consecutive years of health insurance. From then on, ${effectEn}.`,
    };
  }
  return {
    key: "fiveYears",
    vi: `Bạn đã đủ 5 năm tham gia BHYT liên tục từ ngày ${from}: ${effectVi}.`,
    en: `You have had 5 consecutive years of health insurance since ${from}: ${effectEn}.`,
  };
}

/** The share of costs paid when the fund pays `percentOfLevel` % of a level paying `levelPercent` %. */
function ofLevel(levelPercent: number, percentOfLevel: number): number {
  return (levelPercent * percentOfLevel) / 100;
}

/** "32%" / "47,5%" in Vietnamese, "32 %" / "47.5 %" in English. */
function pct(n: number, language: "vi" | "en"): string {
  const text = String(Math.round(n * 100) / 100);
  return language === "vi" ? `${text.replace(".", ",")}%` : `${text} %`;
}
