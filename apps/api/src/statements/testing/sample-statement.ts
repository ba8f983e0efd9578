import type { HistoryPeriod, ParticipationHistory, StatementPerson } from "../statement-source";

/**
 * A history shaped like the demo worker's (four employers, three unpaid months, a salary above the
 * cap), written out by hand for the tests of the drawing and the signing.
 */
export const samplePerson: StatementPerson = {
  bhxhNumber: "7901234567",
  fullName: "Nguyễn Văn An",
  birthDate: "1985-03-15",
  birthYear: 1985,
  sex: "male",
  nationalIdMasked: "079*******23",
  provinceName: "Thành phố Hồ Chí Minh",
};

const employers = {
  garment: { name: "Công ty TNHH May mặc Phú Thành", taxCode: "0301000010" },
  electronics: { name: "Công ty Cổ phần Điện tử Sao Việt", taxCode: "0301000020" },
  software: { name: "Công ty TNHH Công nghệ Thông tin Đại Dương", taxCode: "0301000030" },
  trading: { name: "Công ty Cổ phần Xuất nhập khẩu Hoàng Long", taxCode: "0301000040" },
};

function period(
  employer: keyof typeof employers,
  jobTitle: string,
  from: string,
  to: string | null,
  months: number,
  salaryBase: number,
  rates: [string, string],
  status: HistoryPeriod["status"] = "paid",
): HistoryPeriod {
  const employeeAmount = Math.round((salaryBase * Number(rates[0])) / 100);
  const employerAmount = Math.round((salaryBase * Number(rates[1])) / 100);
  return {
    from,
    to,
    months,
    employer: employers[employer],
    jobTitle,
    salaryBase,
    employeeRate: rates[0],
    employerRate: rates[1],
    employeeAmount,
    employerAmount,
    employeeTotal: status === "paid" ? employeeAmount * months : 0,
    employerTotal: status === "paid" ? employerAmount * months : 0,
    status,
    closedThrough: to ?? "2026-04",
  };
}

function totals(periods: HistoryPeriod[]) {
  const months = periods.reduce((sum, p) => sum + (p.status === "paid" ? p.months : 0), 0);
  return {
    months,
    duration: { years: Math.floor(months / 12), months: months % 12 },
    employeeTotal: periods.reduce((sum, p) => sum + p.employeeTotal, 0),
    employerTotal: periods.reduce((sum, p) => sum + p.employerTotal, 0),
  };
}

const compulsory = [
  period("trading", "Trưởng phòng kinh doanh", "2021-09", null, 56, 46_800_000, ["8", "17.5"]),
  period("software", "Lập trình viên", "2018-04", "2021-03", 36, 15_000_000, ["8", "17.5"]),
  period("electronics", "Kỹ thuật viên", "2017-10", "2017-12", 3, 7_200_000, ["8", "17.5"], "unpaid"),
  period("electronics", "Kỹ thuật viên", "2013-09", "2017-09", 49, 7_200_000, ["8", "17.5"]),
  period("garment", "Công nhân may", "2010-01", "2013-06", 42, 4_500_000, ["8", "17"]),
];
const health = compulsory.map((p) =>
  period(
    (Object.entries(employers).find(([, e]) => e === p.employer)?.[0] ?? "garment") as keyof typeof employers,
    p.jobTitle ?? "",
    p.from,
    p.to,
    p.months,
    p.salaryBase,
    ["1.5", "3"],
    p.status,
  ),
);

export const sampleHistory: ParticipationHistory = {
  closedThrough: "2026-04",
  schemes: [
    {
      scheme: "health_insurance",
      name: { vi: "Bảo hiểm y tế", en: "Health insurance" },
      ...totals(health),
      periods: health,
      unpaid: [
        { employer: employers.electronics, from: "2017-10", to: "2017-12", months: 3, amount: 97_200 * 3 },
      ],
    },
    {
      scheme: "bhxh_compulsory",
      name: { vi: "Bảo hiểm xã hội bắt buộc", en: "Compulsory social insurance" },
      ...totals(compulsory),
      periods: compulsory,
      unpaid: [
        { employer: employers.electronics, from: "2017-10", to: "2017-12", months: 3, amount: 1_836_000 * 3 },
      ],
    },
  ],
};
