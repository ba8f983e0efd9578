import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import jsQR from "jsqr";
import {
  addMonths,
  benefitLevelAt,
  compareYm,
  firstDayOf,
  formatVnd,
  fundSharePercent,
  healthInsuranceGroup,
  type IsoDate,
  monthlyContribution,
  parseCardQr,
  sicknessAllowance,
  unemploymentBenefitMonthly,
  visitCostSplit,
  type YearMonth,
} from "../packages/domain/src/index";
import { expectNoSeriousAxeViolations } from "./axe";
import { newPhone, signInCitizen } from "./citizen-steps";

// Runs in the "citizen-phone" project. Nguyễn Văn An, the demo citizen with the rich history, opens
// each screen of his personal tab. One phone per account: he is signed in here only, in ONE browser
// context shared by the tests of this file (serial), from the first sign-in to the last sign-out.
//
// The expected figures are not read from the API: they are worked out here from first principles —
// his jobs and visits as packages/db/src/synthetic/demo-world.ts writes them, and the law as
// @ansinh/domain computes it month by month — so the test checks the ledger, the API and the page.

test.describe.configure({ mode: "serial" });

const an = {
  cccd: "079 085 000 123",
  bhxhNumber: "7901234567",
  password: "Demo@2026",
  fullName: "Nguyễn Văn An",
};

/** An's jobs in the demo world (all in wage region 1). `unpaid`: the last months the employer owes. */
const jobs = [
  {
    employer: "Công ty TNHH May mặc Phú Thành",
    job: "Công nhân may",
    from: "2010-01",
    to: "2013-06",
    salary: 4_500_000,
    unpaid: 0,
  },
  {
    employer: "Công ty Cổ phần Điện tử Sao Việt",
    job: "Kỹ thuật viên",
    from: "2013-09",
    to: "2017-12",
    salary: 7_200_000,
    unpaid: 3,
  },
  {
    employer: "Công ty TNHH Công nghệ Thông tin Đại Dương",
    job: "Lập trình viên",
    from: "2018-04",
    to: "2021-03",
    salary: 15_000_000,
    unpaid: 0,
  },
  {
    employer: "Công ty Cổ phần Xuất nhập khẩu Hoàng Long",
    job: "Trưởng phòng kinh doanh",
    from: "2021-09",
    to: null,
    salary: 52_000_000,
    unpaid: 0,
  },
] as const;

/** His visits: day, kind, ICD-10 code, nights, total cost (all with his DN card, none at a commune post). */
const visits = [
  ["2024-02-12", "outpatient", "J02.9", 0, 185_000],
  ["2024-09-03", "inpatient", "K35.8", 4, 18_450_000],
  ["2025-03-21", "outpatient", "M54.5", 0, 420_000],
  ["2025-11-10", "outpatient", "I10", 0, 760_000],
  ["2026-04-02", "outpatient", "J06.9", 0, 230_000],
] as const;

/** The month and day in Vietnam now: the API counts a running job up to this month. */
const vietnamNow = new Date(Date.now() + 7 * 3_600_000).toISOString();
const asOfMonth: YearMonth = vietnamNow.slice(0, 7);
const today: IsoDate = vietnamNow.slice(0, 10);
/** The demo data are written on the server's first start (a UTC day) with a card for that year. */
const cardYear = new Date().toISOString().slice(0, 4);

type SchemeKey = "bhxh_compulsory" | "unemployment" | "occupational_accident" | "health_insurance";
const schemeFunds = {
  bhxh_compulsory: ["retirementSurvivorship", "sicknessMaternity"],
  unemployment: ["unemployment"],
  occupational_accident: ["occupationalAccident"],
  health_insurance: ["healthInsurance"],
} as const;

/** One month's contribution to a scheme, straight from the domain's calculator. */
function monthOf(salary: number, month: YearMonth, scheme: SchemeKey) {
  const { bases, funds } = monthlyContribution({ salary, date: firstDayOf(month), region: 1 });
  const list: readonly (keyof typeof funds)[] = schemeFunds[scheme];
  return {
    salaryBase: scheme === "unemployment" ? bases.unemployment : bases.socialAndHealth,
    employee: list.reduce((sum, fund) => sum + funds[fund].employee, 0),
    employer: list.reduce((sum, fund) => sum + funds[fund].employer, 0),
  };
}

function monthsOf(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let month = from; compareYm(month, to) <= 0; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** What the page must show for a scheme: months paid, both totals, and the unpaid months' amount. */
function expectedScheme(scheme: SchemeKey) {
  let months = 0;
  let employeeTotal = 0;
  let employerTotal = 0;
  let unpaidAmount = 0;
  for (const job of jobs) {
    const all = monthsOf(job.from, job.to ?? asOfMonth);
    all.forEach((month, index) => {
      const amounts = monthOf(job.salary, month, scheme);
      if (index >= all.length - job.unpaid) unpaidAmount += amounts.employee + amounts.employer;
      else {
        months += 1;
        employeeTotal += amounts.employee;
        employerTotal += amounts.employer;
      }
    });
  }
  return { months, employeeTotal, employerTotal, unpaidAmount };
}

let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }, testInfo) => {
  context = await newPhone(browser, testInfo);
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

const heading = () => page.getByRole("heading", { level: 1 });
const main = () => page.getByRole("main");

/** The value of a summary-list row, by its label. */
const rowValue = (scope: Locator, label: string) =>
  scope.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");

async function openFromPersonalTab(link: string, title: string): Promise<void> {
  await page.getByRole("navigation", { name: "Các mục chính" }).getByRole("link", { name: "Cá nhân" }).tap();
  await expect(heading()).toHaveText("Cá nhân");
  await page
    .getByRole("navigation", { name: "Thông tin bảo hiểm của bạn" })
    .getByRole("link", { name: link, exact: true })
    .tap();
  await expect(heading()).toHaveText(title);
  await expect(main().getByText(/^Cập nhật lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
}

/** Reads the QR code in a PNG (a screenshot, or the downloaded card) with jsQR. */
async function readQr(png: Buffer): Promise<string> {
  // sharp belongs to the API workspace; the e2e workspace borrows it rather than depending on it.
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
  const sharp = createRequire(join(repoRoot, "apps/api/package.json"))("sharp") as (input: Buffer) => {
    ensureAlpha(): {
      raw(): {
        toBuffer(o: {
          resolveWithObject: true;
        }): Promise<{ data: Buffer; info: { width: number; height: number } }>;
      };
    };
  };
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
  );
  expect(found, "a QR code in the image").not.toBeNull();
  return found?.data ?? "";
}

test("An signs in with his CCCD number and finds his records on the personal tab", async () => {
  await signInCitizen(page, an.cccd, an.password);
  await expect(page).toHaveURL("/");
  await expect(heading()).toHaveText("Cá nhân");
  await expect(page.getByRole("heading", { level: 2, name: `Xin chào, ${an.fullName}` })).toBeVisible();
  await expect(page.getByText(an.bhxhNumber, { exact: true })).toBeVisible();
  const menu = page.getByRole("navigation", { name: "Thông tin bảo hiểm của bạn" });
  await expect(menu.getByRole("link")).toHaveCount(6);
  for (const name of [
    "Thông tin cá nhân",
    "Thẻ BHYT",
    "Quá trình tham gia",
    "Thông tin hưởng",
    "Sổ khám chữa bệnh",
    "Ai đã xem dữ liệu của tôi",
  ]) {
    await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "English" }).tap();
  await expect(heading()).toHaveText("Personal");
  await expect(page.getByRole("heading", { level: 2, name: `Hello, ${an.fullName}` })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Your insurance details" })).toBeVisible();
  await page.getByRole("link", { name: "Contribution history", exact: true }).tap();
  await expect(heading()).toHaveText("Contribution history");
  await expect(main().getByText(/^Updated at \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Compulsory social insurance" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếng Việt" }).tap();
  await expect(heading()).toHaveText("Quá trình tham gia");
});

test("Thông tin cá nhân: his registry details, the CCCD masked, and where to change contacts", async () => {
  await openFromPersonalTab("Thông tin cá nhân", "Thông tin cá nhân");
  const person = main().getByRole("region", { name: "Thông tin của bạn" });
  await expect(rowValue(person, "Họ và tên")).toHaveText(an.fullName);
  await expect(rowValue(person, "Ngày sinh")).toHaveText("15/03/1985");
  await expect(rowValue(person, "Giới tính")).toHaveText("Nam");
  await expect(rowValue(person, "Mã số BHXH")).toHaveText(an.bhxhNumber);
  await expect(rowValue(person, "Số CCCD")).toHaveText("079*******23");
  await expect(main()).not.toContainText("079085000123");
  await expect(rowValue(person, "Địa chỉ")).toContainText("Số 27 đường Võ Thị Sáu, Phường Xuân Hòa");
  const contact = main().getByRole("region", { name: "Liên lạc" });
  await expect(rowValue(contact, "Số điện thoại")).toHaveText("0912345678");
  await expect(rowValue(contact, "Email")).toHaveText("nguyen.van.an@example.com");
  await expect(contact.getByRole("link", { name: "Thay đổi qua Dịch vụ công" })).toHaveAttribute(
    "href",
    "/dich-vu-cong",
  );
  await expect(main().getByRole("region", { name: "Hộ gia đình" })).toContainText(
    "Chưa có thông tin hộ gia đình.",
  );
  await expectNoSeriousAxeViolations(page);
});

test("Thẻ BHYT: the card, what it pays today, and its image whose QR reads back to the card", async () => {
  await openFromPersonalTab("Thẻ BHYT", "Thẻ BHYT");
  await expect(page.getByTestId("card-status")).toHaveText("Thẻ đang có giá trị sử dụng");
  const data = main().getByRole("region", { name: "Thông tin thẻ" });
  const printedLevel = benefitLevelAt("DN", `${cardYear}-01-01`);
  await expect(rowValue(data, "Họ và tên")).toHaveText(an.fullName);
  await expect(rowValue(data, "Mã số \\(số in trên thẻ\\)")).toHaveText(an.bhxhNumber);
  await expect(rowValue(data, "Mã thẻ 15 ký tự")).toHaveText(`DN${printedLevel}79${an.bhxhNumber}`);
  await expect(rowValue(data, "Ngày sinh")).toHaveText("15/03/1985");
  await expect(rowValue(data, "Giới tính")).toHaveText("Nam");
  await expect(rowValue(data, "Giá trị sử dụng")).toHaveText(`Từ 01/01/${cardYear} đến 31/12/${cardYear}`);
  await expect(rowValue(data, "Thời điểm đủ 5 năm liên tục")).toHaveText("01/01/2015");
  await expect(rowValue(data, "Ngày cấp")).toHaveText(`20/12/${Number(cardYear) - 1}`);
  await expect(rowValue(data, "Tình trạng thẻ")).toHaveText("Đang dùng");
  const facility = (await rowValue(data, "Nơi đăng ký khám chữa bệnh ban đầu").textContent()) ?? "";
  const facilityCode = /\((\w{5})\)$/.exec(facility)?.[1] ?? facility;
  expect(facilityCode).toMatch(/^79\w{3}$/);

  // The share the fund pays today follows the group and today's date, not the printed digit.
  const levelToday = benefitLevelAt("DN", today);
  const benefit = main().getByRole("region", { name: "Quyền lợi của bạn hôm nay" });
  await expect(page.getByTestId("card-percent")).toContainText(
    `quỹ BHYT trả ${fundSharePercent(levelToday, today)}%`,
  );
  await expect(rowValue(benefit, "Nhóm đối tượng")).toHaveText(`DN — ${healthInsuranceGroup("DN")?.nameVi}`);
  await expect(rowValue(benefit, "Mức hưởng áp dụng hôm nay")).toHaveText(String(levelToday));
  await expect(rowValue(benefit, "Mức hưởng in trên thẻ")).toHaveText(String(printedLevel));
  await expectNoSeriousAxeViolations(page);

  await main().getByRole("link", { name: "Hình ảnh thẻ" }).tap();
  await expect(heading()).toHaveText("Hình ảnh thẻ BHYT");
  const image = main().getByRole("img", {
    name: `Hình ảnh thẻ bảo hiểm y tế của ${an.fullName}, mã số ${an.bhxhNumber}, có mã QR`,
  });
  await expect(image).toBeVisible();
  await expect(image).toContainText("THẺ BẢO HIỂM Y TẾ");
  await expect(image).toContainText("NGUYỄN VĂN AN");
  await expectNoSeriousAxeViolations(page);

  // The QR as drawn in the page: an ordinary QR reader reads it, and our own parser reads the card back.
  const shown = await readQr(await page.getByTestId("card-qr").screenshot());
  const parsed = parseCardQr(shown);
  expect(parsed.ok, `parseCardQr(${shown})`).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.value).toMatchObject({
    number: an.bhxhNumber,
    fullName: an.fullName,
    birthDate: "15/03/1985",
    sex: "male",
    facilityCode,
    validFrom: `${cardYear}-01-01`,
    validTo: `${cardYear}-12-31`,
    issuedOn: `${Number(cardYear) - 1}-12-20`,
    fiveYearsFrom: "2015-01-01",
  });

  // "Tải ảnh thẻ (PNG)": a PNG made in the browser, whose QR reads the same.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    main().getByRole("button", { name: "Tải ảnh thẻ (PNG)" }).tap(),
  ]);
  expect(download.suggestedFilename()).toBe(`the-bhyt-${an.bhxhNumber}.png`);
  const png = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(await readQr(png)).toBe(shown);
});

test("Quá trình tham gia: every scheme's months and totals, the unpaid months, to the last đồng", async () => {
  test.setTimeout(90_000);
  await openFromPersonalTab("Quá trình tham gia", "Quá trình tham gia");
  // The book is closed up to the last month a finished job was paid: 03/2021 (Đại Dương).
  await expect(page.getByTestId("closed-through")).toHaveText("Đã chốt sổ đến tháng 03/2021");

  const schemes: Array<[SchemeKey, string]> = [
    ["bhxh_compulsory", "Bảo hiểm xã hội bắt buộc"],
    ["unemployment", "Bảo hiểm thất nghiệp"],
    ["occupational_accident", "Bảo hiểm tai nạn lao động"],
    ["health_insurance", "Bảo hiểm y tế"],
  ];
  for (const [key, name] of schemes) {
    const section = page.getByTestId(`scheme-${key}`);
    await expect(section.getByRole("heading", { level: 2 })).toContainText(name);
    const expected = expectedScheme(key);
    const years = Math.floor(expected.months / 12);
    const months = expected.months % 12;
    await expect(rowValue(section, "Thời gian tham gia"), key).toHaveText(
      `${years} năm ${months} tháng (${expected.months} tháng)`,
    );
    await expect(rowValue(section, "Người lao động đã đóng"), key).toHaveText(
      formatVnd(expected.employeeTotal),
    );
    await expect(rowValue(section, "Đơn vị đã đóng"), key).toHaveText(formatVnd(expected.employerTotal));

    // The three months Sao Việt has not paid, plainly, with its name and what it owes.
    const unpaid = section.getByTestId("unpaid");
    await expect(unpaid.getByRole("heading", { name: "Đơn vị chưa đóng tiền" })).toBeVisible();
    await expect(unpaid).toContainText("Công ty Cổ phần Điện tử Sao Việt");
    await expect(unpaid).toContainText("Từ tháng 10/2017 đến tháng 12/2017 (3 tháng)");
    await expect(unpaid).toContainText(`Số tiền chưa đóng: ${formatVnd(expected.unpaidAmount)}`);

    // Every period: its months, salary base and monthly amounts, as the law gives them for its first
    // month, and its totals as months × amount.
    const periods = await section.getByTestId("period").evaluateAll((items) =>
      items.map((item) => ({
        span: item.querySelector("p")?.textContent ?? "",
        base: item.querySelector("p strong")?.textContent ?? "",
        cells: Array.from(item.querySelectorAll("tbody td"), (td) => td.textContent ?? ""),
        employer: item.closest("details")?.querySelector("[data-testid=spell-employer]")?.textContent ?? "",
      })),
    );
    expect(periods.length).toBeGreaterThanOrEqual(4);
    let counted = 0;
    for (const period of periods) {
      const match = /^(\d{2})\/(\d{4}) – (?:(\d{2})\/(\d{4})|nay) · (\d+) tháng$/.exec(period.span);
      expect(match, period.span).not.toBeNull();
      if (!match) continue;
      const from = `${match[2]}-${match[1]}`;
      const to = match[3] ? `${match[4]}-${match[3]}` : asOfMonth;
      const job = jobs.find((j) => j.employer === period.employer);
      expect(job, period.employer).toBeDefined();
      if (!job) continue;
      const n = monthsOf(from, to).length;
      expect(Number(match[5]), period.span).toBe(n);
      const amounts = monthOf(job.salary, from, key);
      expect(period.base).toBe(formatVnd(amounts.salaryBase));
      expect(period.cells.slice(2), `${key} ${period.span}`).toEqual([
        formatVnd(amounts.employee),
        formatVnd(amounts.employer),
        formatVnd(amounts.employee * n),
        formatVnd(amounts.employer * n),
      ]);
      counted += n;
    }
    // The periods cover every month of every job, paid and unpaid.
    expect(counted).toBe(expected.months + 3);
  }

  // The newest job's first spell is open; the others open on a tap.
  const compulsory = page.getByTestId("scheme-bhxh_compulsory");
  await expect(compulsory.getByText("Trưởng phòng kinh doanh")).toBeVisible();
  await compulsory.getByText("Công ty TNHH May mặc Phú Thành").tap();
  await expect(compulsory.getByText("01/2010 – ", { exact: false }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Filters: one scheme and some years; the totals are those of the periods shown.
  await page.getByLabel("Chế độ bảo hiểm").selectOption({ label: "Bảo hiểm thất nghiệp" });
  await page.getByLabel("Từ năm").selectOption("2018");
  await page.getByLabel("Đến năm").selectOption("2020");
  await page.getByRole("button", { name: "Xem", exact: true }).tap();
  await expect(page.getByRole("heading", { level: 2, name: "Bảo hiểm thất nghiệp" })).toBeVisible();
  await expect(page.getByTestId("scheme-bhxh_compulsory")).toHaveCount(0);
  const unemployment = page.getByTestId("scheme-unemployment");
  await expect(unemployment.getByText("Công ty TNHH Công nghệ Thông tin Đại Dương")).toBeVisible();
  await expect(unemployment.getByText("Công ty Cổ phần Điện tử Sao Việt")).toHaveCount(0);
  const shown = await unemployment
    .getByTestId("period")
    .evaluateAll((items) =>
      items.map((item) => Array.from(item.querySelectorAll("tbody td"), (td) => td.textContent ?? "")),
    );
  const sum = (column: number) =>
    shown.reduce((total, cells) => total + Number((cells[column] ?? "").replace(/\D/g, "")), 0);
  await expect(rowValue(unemployment, "Người lao động đã đóng")).toHaveText(formatVnd(sum(4)));
  await expect(rowValue(unemployment, "Đơn vị đã đóng")).toHaveText(formatVnd(sum(5)));
  await page.getByRole("button", { name: "Bỏ lọc" }).tap();
  await expect(page.getByTestId("scheme-bhxh_compulsory")).toBeVisible();
});

test("Thông tin hưởng: the sickness and unemployment benefits, and their total", async () => {
  await openFromPersonalTab("Thông tin hưởng", "Thông tin hưởng");
  const sickness = sicknessAllowance(
    monthlyContribution({ salary: 15_000_000, date: "2019-11-04", region: 1 }).bases.socialAndHealth,
    5,
  );
  const unemployment =
    unemploymentBenefitMonthly(
      monthlyContribution({ salary: 15_000_000, date: "2021-05-01", region: 1 }).bases.unemployment,
      "2021-05-01",
      1,
    ) * 3;
  await expect(page.getByTestId("benefits-total")).toHaveText(
    `Tổng cộng 2 lần hưởng: ${formatVnd(sickness + unemployment)}`,
  );
  const items = page.getByTestId("benefit");
  await expect(items).toHaveCount(2);
  // Newest first.
  await expect(items.nth(0).getByRole("heading")).toHaveText("Trợ cấp thất nghiệp");
  await expect(items.nth(0)).toContainText(formatVnd(unemployment));
  await expect(rowValue(items.nth(0), "Số quyết định")).toHaveText("4410/2021/QĐ-SLĐTBXH");
  await expect(rowValue(items.nth(0), "Thời gian hưởng")).toHaveText("01/05/2021 – 31/07/2021");
  await expect(rowValue(items.nth(0), "Ngày chi trả")).toHaveText("25/05/2021");
  await expect(rowValue(items.nth(0), "Nơi chi trả")).toContainText("Hồ Chí Minh");
  await expect(items.nth(1).getByRole("heading")).toHaveText("Trợ cấp ốm đau");
  await expect(items.nth(1)).toContainText(formatVnd(sickness));
  await expect(rowValue(items.nth(1), "Số quyết định")).toHaveText("2156/2019/QĐ-BHXH");
  await expect(rowValue(items.nth(1), "Thời gian hưởng")).toHaveText("04/11/2019 – 08/11/2019");
  await expectNoSeriousAxeViolations(page);
});

test("Sổ khám chữa bệnh: visits by year with yearly totals, and 'Tôi không đi khám lần này'", async () => {
  await openFromPersonalTab("Sổ khám chữa bệnh", "Sổ khám chữa bệnh");
  const seen = visits.filter(([day]) => day < today);
  const years = [...new Set(seen.map(([day]) => day.slice(0, 4)))].sort().reverse();
  await expect(main().getByRole("heading", { level: 2 })).toHaveText(years.map((year) => `Năm ${year}`));
  for (const year of years) {
    const inYear = seen.filter(([day]) => day.startsWith(year));
    const split = inYear.map(([day, , , , totalCost]) => ({
      totalCost,
      ...visitCostSplit({ totalCost, groupCode: "DN", date: day, primaryCare: false }),
    }));
    const total = (pick: (s: (typeof split)[number]) => number) => split.reduce((sum, s) => sum + pick(s), 0);
    const section = page.getByTestId(`visits-${year}`);
    const totals = section.getByTestId("year-totals");
    await expect(rowValue(totals, "Số lần khám")).toHaveText(String(inYear.length));
    await expect(rowValue(totals, "Tổng chi phí")).toHaveText(formatVnd(total((s) => s.totalCost)));
    await expect(rowValue(totals, "Quỹ BHYT trả")).toHaveText(formatVnd(total((s) => s.fundPaid)));
    await expect(rowValue(totals, "Bạn tự trả")).toHaveText(formatVnd(total((s) => s.patientPaid)));
    for (const [[day, kind, code, nights], { totalCost, fundPaid, patientPaid }] of inYear.map(
      (visit, i) => [visit, split[i] as (typeof split)[number]] as const,
    )) {
      const visit = section.getByTestId("visit").filter({ hasText: `${code} — ` });
      const [y, m, d] = day.split("-");
      const dates =
        nights === 0
          ? `${d}/${m}/${y}`
          : `${d}/${m}/${y} – ${String(Number(d) + nights).padStart(2, "0")}/${m}/${y}`;
      await expect(visit).toContainText(
        `${kind === "inpatient" ? "Điều trị nội trú" : "Khám ngoại trú"} · ${dates}`,
      );
      await expect(rowValue(visit, "Chi phí")).toHaveText(formatVnd(totalCost));
      await expect(rowValue(visit, "Quỹ BHYT trả")).toHaveText(formatVnd(fundPaid));
      await expect(rowValue(visit, "Bạn tự trả")).toHaveText(formatVnd(patientPaid));
    }
  }
  await expectNoSeriousAxeViolations(page);

  // He did not go on 21/03/2025: he says so, with a note, and gets a reference.
  const visit = page.getByTestId("visit").filter({ hasText: "M54.5 — " });
  await visit.getByRole("button", { name: "Tôi không đi khám lần này" }).tap();
  const dialog = page.getByRole("dialog", { name: "Báo bạn không đi khám lần này" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("21/03/2025");
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole("button", { name: "Hủy" }).tap();
  await expect(dialog).toBeHidden();
  await visit.getByRole("button", { name: "Tôi không đi khám lần này" }).tap();
  await dialog.getByLabel("Ghi chú (không bắt buộc)").fill("Hôm đó tôi đi công tác ở Hà Nội.");
  await dialog.getByRole("button", { name: "Gửi báo cáo" }).tap();
  await expect(dialog).toBeHidden();
  const reported = visit.getByTestId("reported");
  await expect(reported).toBeFocused();
  await expect(reported).toContainText("Bạn đã báo không đi khám lần này.");
  const reference = ((await reported.locator("strong").textContent()) ?? "").trim();
  expect(reference).not.toBe("");
  await expect(visit.getByRole("button", { name: "Tôi không đi khám lần này" })).toHaveCount(0);

  // The server remembers it; this phone remembers the reference.
  await page.reload();
  await expect(
    page.getByTestId("visit").filter({ hasText: "M54.5 — " }).getByTestId("reported"),
  ).toContainText(`Mã tiếp nhận: ${reference}`);
  await expect(page.getByRole("button", { name: "Tôi không đi khám lần này" })).toHaveCount(seen.length - 1);
});

test("Ai đã xem dữ liệu của tôi: no staff member has opened his records", async () => {
  await openFromPersonalTab("Ai đã xem dữ liệu của tôi", "Ai đã xem dữ liệu của tôi");
  await expect(main()).toContainText("Chưa có cán bộ nào xem thông tin của bạn.");
  await expectNoSeriousAxeViolations(page);
});

test("offline, the card and the records seen last still open, marked with when they were read", async () => {
  // The service worker has taken control (it serves the app shell offline).
  await page.goto("/ca-nhan/the-bhyt");
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
  await expect(page.getByTestId("updated-at")).toBeVisible();

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(heading()).toHaveText("Thẻ BHYT");
    const kept = page.getByTestId("kept-banner");
    await expect(kept).toContainText("Đang không có kết nối mạng");
    await expect(kept).toContainText(/Cập nhật lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    await expect(rowValue(main(), "Mã số \\(số in trên thẻ\\)")).toHaveText(an.bhxhNumber);

    await main().getByRole("link", { name: "Hình ảnh thẻ" }).tap();
    await expect(heading()).toHaveText("Hình ảnh thẻ BHYT");
    await expect(page.getByTestId("kept-banner")).toBeVisible();
    const parsed = parseCardQr(await readQr(await page.getByTestId("card-qr").screenshot()));
    expect(parsed.ok && parsed.value.number).toBe(an.bhxhNumber);

    await page
      .getByRole("navigation", { name: "Các mục chính" })
      .getByRole("link", { name: "Cá nhân" })
      .tap();
    await expect(page.getByRole("heading", { level: 2, name: `Xin chào, ${an.fullName}` })).toBeVisible();
    await expect(main()).toContainText("Bạn vẫn xem được thẻ BHYT");
    await page.getByRole("link", { name: "Quá trình tham gia", exact: true }).tap();
    await expect(page.getByTestId("kept-banner")).toBeVisible();
    await expect(page.getByTestId("closed-through")).toHaveText("Đã chốt sổ đến tháng 03/2021");
    await expectNoSeriousAxeViolations(page);
  } finally {
    await context.setOffline(false);
  }
});

test("signing out removes the records kept on the phone", async () => {
  await page.goto("/");
  await page.getByRole("button", { name: "Đăng xuất" }).tap();
  await expect(page.getByRole("status").filter({ hasText: "Bạn đã đăng xuất." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Đăng nhập" }).first()).toBeFocused();

  await context.setOffline(true);
  try {
    await page.goto("/ca-nhan/the-bhyt").catch(() => page.reload());
    await expect(heading()).toHaveText("Thẻ BHYT");
    await expect(main()).toContainText("chưa được lưu trên điện thoại");
    await expect(main()).not.toContainText(an.bhxhNumber);
    await page
      .getByRole("navigation", { name: "Các mục chính" })
      .getByRole("link", { name: "Cá nhân" })
      .tap();
    await expect(main()).toContainText("Bạn cần đăng nhập để xem thông tin của mình.");
    await expect(main()).not.toContainText(an.fullName);
  } finally {
    await context.setOffline(false);
  }
});
