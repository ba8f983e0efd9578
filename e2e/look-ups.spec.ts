import { expect, type Locator, type Page, test } from "@playwright/test";
import { foldVietnamese, maskPersonName } from "../packages/domain/src/index";
import { expectNoSeriousAxeViolations } from "./axe";
import { heading } from "./citizen-steps";

// Runs in the "citizen-phone" project, with nobody signed in: the look-ups are public. The people
// looked up are demo persons written by hand in packages/db/src/synthetic/demo-world.ts (not drawn at
// random), so their numbers and birth dates are fixed: Nguyễn Văn An (richHistory), born 15/03/1985,
// and the household of Trần Thị Bình (parent, born 20/07/1990) and her son Lê Minh Khôi (child, born
// 02/09/2015), all living in Hồ Chí Minh City (79).

const an = { bhxhNumber: "7901234567", fullName: "Nguyễn Văn An", birthDate: "15/03/1985", province: "79" };
const binh = { bhxhNumber: "7901234568", fullName: "Trần Thị Bình", birthYear: 1990 };
const khoi = { fullName: "Lê Minh Khôi", birthYear: 2015 };

// The centre of Hồ Chí Minh City (Bến Thành), where the demo world has collection points around.
const hoChiMinhCity = { latitude: 10.7769, longitude: 106.7009 };

const results = (page: Page) => page.getByRole("region", { name: "Kết quả tra cứu" });

/** "Tra cứu" tab → one of its look-ups, by the title of its row. */
async function openLookUp(page: Page, title: string, path: string): Promise<void> {
  await page.goto("/tra-cuu");
  await page.getByRole("main").getByRole("link", { name: title, exact: true }).tap();
  await expect(page).toHaveURL(path);
}

/** The number look-up form, in Vietnamese; an empty value leaves the field as it is. */
async function fillNumberLookUp(
  page: Page,
  { province = "", fullName = "", birthDate = "", nationalId = "" },
): Promise<void> {
  if (province) await page.getByLabel("Tỉnh, thành phố nơi bạn sinh sống *").selectOption(province);
  await page.getByLabel("Họ và tên *").fill(fullName);
  await page.getByLabel("Ngày sinh", { exact: true }).fill(birthDate);
  await page.getByLabel("Số CCCD", { exact: true }).fill(nationalId);
}

/** "1,2 km" (Vietnamese: decimal comma, dot between thousands) → 1.2. */
function kilometres(text: string): number {
  const match = /Cách bạn ([\d.,]+) km/.exec(text);
  if (!match?.[1]) throw new Error(`No distance in "${text}"`);
  return Number(match[1].replaceAll(".", "").replace(",", "."));
}

test("the look-up tab lists the six public look-ups, each opening its page", async ({ page }) => {
  await page.goto("/tra-cuu");
  const menu = page.getByRole("navigation", { name: "Bạn muốn tra cứu" });
  await expect(menu.getByRole("link")).toHaveText([
    /^Mã số BHXH/,
    /^Hộ gia đình/,
    /^Cơ quan BHXH/,
    /^Đơn vị tham gia/,
    /^Điểm thu \/ đại lý thu/,
    /^Cơ sở khám chữa bệnh/,
  ]);
  await menu.getByRole("link", { name: "Cơ quan BHXH", exact: true }).tap();
  await expect(page).toHaveURL("/tra-cuu/co-quan-bhxh");
  await expect(heading(page)).toHaveText("Cơ quan BHXH");
  await expect(heading(page)).toBeFocused();
  // Offices are listed as the page opens; the way back leads to the tab, which stays marked.
  await expect(results(page).getByTestId("list-item").first()).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Các mục chính" }).getByRole("link", { name: "Tra cứu" }),
  ).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Tra cứu", exact: true }).first().tap();
  await expect(page).toHaveURL("/tra-cuu");
});

test("finds a BHXH number by a name typed without marks and with them, and the full birth date", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openLookUp(page, "Mã số BHXH", "/tra-cuu/ma-so-bhxh");
  await expect(heading(page)).toHaveText("Tra cứu mã số BHXH");
  await expect(page).toHaveTitle("Tra cứu mã số BHXH — AnSinh");

  for (const fullName of [foldVietnamese(an.fullName), an.fullName]) {
    await fillNumberLookUp(page, { province: an.province, fullName, birthDate: an.birthDate });
    await page.getByRole("button", { name: "Tra cứu", exact: true }).tap();

    // Others may share the name; only An has this full birth date, and only his number is shown.
    const found = results(page)
      .getByTestId("person")
      .filter({ has: page.getByTestId("bhxh-number") });
    await expect(found).toHaveCount(1);
    await expect(found.getByTestId("bhxh-number")).toHaveText(an.bhxhNumber);
    await expect(found).toContainText(maskPersonName(an.fullName));
    await expect(found).toContainText("Năm sinh: 1985");
    await expect(results(page)).not.toContainText(an.fullName);
    await expect(page.getByRole("heading", { name: "Kết quả tra cứu" })).toBeFocused();
  }

  await results(page).getByRole("button", { name: "Sao chép mã số" }).tap();
  await expect(results(page).getByRole("status").filter({ hasText: "Đã sao chép" })).toHaveText(
    `Đã sao chép mã số ${an.bhxhNumber}.`,
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(an.bhxhNumber);
  await expectNoSeriousAxeViolations(page);
});

test("a wrong birth date gets the same neutral answer as nobody at all", async ({ page }) => {
  await page.goto("/tra-cuu/ma-so-bhxh");
  await fillNumberLookUp(page, { province: an.province, fullName: an.fullName, birthDate: "16/03/1985" });
  await page.getByRole("button", { name: "Tra cứu", exact: true }).tap();
  await expect(results(page)).toContainText("Không tìm thấy ai phù hợp với thông tin bạn nhập.");
  await expect(results(page).getByTestId("bhxh-number")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test("the number look-up explains its own errors per field, in Vietnamese and then English", async ({
  page,
}) => {
  let sent = 0;
  await page.route("**/api/look-ups/bhxh-number", (route) => {
    sent += 1;
    return route.abort();
  });
  await page.goto("/tra-cuu/ma-so-bhxh");
  await page.getByRole("button", { name: "Tra cứu", exact: true }).tap();

  const summary = page.locator(":focus");
  await expect(summary.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText([
    "Chọn tỉnh, thành phố nơi bạn sinh sống",
    "Nhập họ và tên",
    "Nhập ngày sinh hoặc số CCCD",
  ]);
  await expect(page.getByLabel("Ngày sinh", { exact: true })).toHaveAccessibleDescription(
    /Nhập ngày sinh hoặc số CCCD/,
  );
  await expect(page).toHaveTitle("Lỗi: Tra cứu mã số BHXH — AnSinh");
  await expectNoSeriousAxeViolations(page);

  await fillNumberLookUp(page, { province: an.province, fullName: an.fullName, birthDate: "31/04/1985" });
  await page.getByRole("button", { name: "Tra cứu", exact: true }).tap();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Không có ngày sinh này. Kiểm tra lại ngày và tháng",
  ]);

  await page.getByRole("button", { name: "English" }).tap();
  await expect(heading(page)).toHaveText("Find your BHXH number");
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "There is no such date. Check the day and the month",
  ]);
  await expectNoSeriousAxeViolations(page);
  expect(sent, "nothing is sent while the form has errors").toBe(0);
});

test("the server's word on a field is shown at that field; a refused proof of work is replaced once", async ({
  page,
}) => {
  let challenges = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/look-ups/challenge")) challenges += 1;
  });
  const answers = [
    // The proof is refused (as if it had been used already): a new one is made and the look-up sent again.
    {
      status: 400,
      field: "body.altcha",
      code: "proof_of_work",
      vi: "Kiểm tra bảo mật chưa đạt, vui lòng thử lại",
      en: "The security check failed, please try again",
    },
    {
      status: 400,
      field: "body.nationalId",
      code: "national_id",
      vi: "Số CCCD này không hợp lệ",
      en: "This CCCD number is not valid",
    },
  ];
  const altchas: string[] = [];
  await page.route("**/api/look-ups/bhxh-number", async (route) => {
    altchas.push((route.request().postDataJSON() as { altcha: string }).altcha);
    const { status, ...problem } = answers.shift() ?? { status: 500 };
    await route.fulfill({
      status,
      contentType: "application/problem+json",
      body: JSON.stringify({
        type: "/api/problems/validation",
        title: "Some of the data sent is not valid",
        status,
        detail: { vi: "Dữ liệu gửi lên chưa hợp lệ", en: "Some of the data sent is not valid" },
        errors: [problem],
      }),
    });
  });
  await page.goto("/tra-cuu/ma-so-bhxh");
  await fillNumberLookUp(page, { province: an.province, fullName: an.fullName, nationalId: "079085000124" });
  await page.getByRole("button", { name: "Tra cứu", exact: true }).tap();

  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["Số CCCD này không hợp lệ"]);
  await expect(page.getByLabel("Số CCCD", { exact: true })).toHaveAccessibleDescription(
    /Số CCCD này không hợp lệ/,
  );
  expect(altchas).toHaveLength(2);
  expect(new Set(altchas).size, "each attempt has a proof of its own").toBe(2);
  for (const altcha of altchas) {
    expect(JSON.parse(Buffer.from(altcha, "base64").toString())).toEqual({
      algorithm: "SHA-256",
      challenge: expect.stringMatching(/^[0-9a-f]{64}$/),
      number: expect.any(Number),
      salt: expect.any(String),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  }
  expect(challenges).toBe(2);
});

test("too many look-ups are explained with the time to wait", async ({ page }) => {
  await page.route("**/api/look-ups/household", (route) =>
    route.fulfill({
      status: 429,
      headers: { "retry-after": "42" },
      contentType: "application/problem+json",
      body: JSON.stringify({
        type: "/api/problems/rate_limited",
        title: "Too many requests, try again later",
        status: 429,
        detail: {
          vi: "Bạn thao tác quá nhanh, vui lòng thử lại sau",
          en: "Too many requests, try again later",
        },
      }),
    }),
  );
  await openLookUp(page, "Hộ gia đình", "/tra-cuu/ho-gia-dinh");
  await page.getByLabel("Mã số BHXH *").fill(binh.bhxhNumber);
  await page.getByLabel("Họ và tên của người có mã số này *").fill(binh.fullName);
  await page.getByRole("button", { name: "Tra cứu", exact: true }).tap();
  await expect(page.getByRole("status").filter({ hasText: "nhiều lần" })).toHaveText(
    "Bạn đã tra cứu nhiều lần trong thời gian ngắn. Vui lòng thử lại sau 42 giây.",
  );
  await page.getByRole("button", { name: "English" }).tap();
  await expect(page.getByRole("status").filter({ hasText: "many look-ups" })).toHaveText(
    "You have made many look-ups in a short time. Please try again in 42 seconds.",
  );
});

test("a household look-up lists its members, masked, with the relation", async ({ page }) => {
  await page.goto("/tra-cuu/ho-gia-dinh");
  await page.getByLabel("Mã số BHXH *").fill(binh.bhxhNumber);
  await page.getByLabel("Họ và tên của người có mã số này *").fill(foldVietnamese(binh.fullName));
  await page.getByRole("button", { name: "Tra cứu", exact: true }).tap();
  const members = results(page).getByTestId("person");
  await expect(members).toHaveCount(2);
  for (const person of [binh, khoi]) {
    const member = members.filter({ hasText: maskPersonName(person.fullName) });
    await expect(member).toContainText(`Năm sinh: ${person.birthYear}`);
    await expect(member).toContainText("Quan hệ với chủ hộ: ");
  }
  await expect(results(page)).not.toContainText(binh.fullName);
  await expectNoSeriousAxeViolations(page);
});

test.describe("near me", () => {
  test.use({ geolocation: hoChiMinhCity, permissions: ["geolocation"] });

  test("collection points near the phone, nearest first, to call or find on a map", async ({ page }) => {
    await openLookUp(page, "Điểm thu / đại lý thu", "/tra-cuu/diem-thu");
    await expect(heading(page)).toHaveText("Điểm thu, đại lý thu");

    // Neither a province nor the location: the page asks for one.
    await page.getByRole("button", { name: "Tìm", exact: true }).tap();
    await expect(page.locator(":focus").getByRole("link")).toHaveText([
      "Chọn tỉnh, thành phố, hoặc bấm “Gần tôi”",
    ]);

    await page.getByRole("button", { name: "Gần tôi" }).tap();
    await expect(
      page.getByText("Đang xếp theo khoảng cách từ vị trí của bạn, gần nhất trước."),
    ).toBeVisible();
    const items = results(page).getByTestId("list-item");
    await expect(items.first()).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);

    const distances = (await items.getByTestId("distance").allTextContents()).map(kilometres);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const text of await items.getByTestId("distance").allTextContents()) {
      expect(text, "kilometres with a decimal comma").toMatch(/^Cách bạn (\d+,\d|\d{2,}(\.\d{3})*) km$/);
    }

    const first = items.first();
    await expect(first.getByRole("link", { name: /^Xem trên bản đồ/ })).toHaveAttribute(
      "href",
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=-?\d+(\.\d+)?&mlon=-?\d+(\.\d+)?/,
    );
    await expect(first.getByRole("link", { name: /^Gọi / })).toHaveAttribute("href", /^tel:\+?\d+$/);
    await expectNoSeriousAxeViolations(page);

    // The next page goes on from the farthest of this one.
    const next = page.getByRole("button", { name: "Trang sau" });
    if (await next.isVisible()) {
      const last = distances.at(-1) ?? 0;
      await next.tap();
      await expect(page.getByRole("heading", { name: "Kết quả tra cứu" })).toBeFocused();
      await expect(results(page)).toContainText("Trang 2 trên");
      const more = (await items.getByTestId("distance").allTextContents()).map(kilometres);
      expect(more[0]).toBeGreaterThanOrEqual(last);
      await expect(page.getByRole("button", { name: "Trang trước" })).toBeVisible();
    }
  });
});

test("the lists search without marks and filter facilities that issue sick-leave certificates", async ({
  page,
}) => {
  await page.goto("/tra-cuu/co-so-kham-chua-benh");
  const items = results(page).getByTestId("list-item");
  await expect(items.first()).toBeVisible();
  await page.getByLabel("Chỉ những nơi cấp giấy nghỉ ốm").check();
  await page.getByRole("button", { name: "Tìm", exact: true }).tap();
  await expect(results(page).getByRole("status")).toContainText(/Tìm thấy \d+ kết quả|Không tìm thấy/);
  const shown = await items.count();
  await expect(items.filter({ hasText: "Cấp giấy nghỉ ốm hưởng BHXH" })).toHaveCount(shown);

  // Employers need at least two characters; the first employer's name, typed without marks, finds it.
  await page.goto("/tra-cuu/don-vi-tham-gia");
  const search = page.getByLabel("Mã số thuế, mã đơn vị hoặc tên đơn vị *");
  await search.fill("a");
  await page.getByRole("button", { name: "Tìm", exact: true }).tap();
  await expect(page.locator(":focus").getByRole("link")).toHaveText([
    "Nhập ít nhất 2 ký tự của mã số thuế, mã đơn vị hoặc tên đơn vị",
  ]);
  await search.fill("cong ty");
  await page.getByRole("button", { name: "Tìm", exact: true }).tap();
  const employers = results(page).getByTestId("list-item");
  await expect(employers.first()).toBeVisible();
  const name = (await employers.first().getByRole("heading").textContent()) ?? "";
  await search.fill(foldVietnamese(name));
  await page.getByRole("button", { name: "Tìm", exact: true }).tap();
  await expect(employers.getByRole("heading", { name, exact: true }).first()).toBeVisible();
  await expect(employers.first()).not.toContainText(/nợ|owe/i);
});

test("every look-up page is free of serious accessibility problems in both languages", async ({ page }) => {
  test.setTimeout(90_000);
  const pages: Array<[string, (page: Page) => Locator]> = [
    ["/tra-cuu", (p) => p.getByRole("navigation", { name: /Bạn muốn tra cứu|What would you like/ })],
    ["/tra-cuu/ma-so-bhxh", (p) => p.locator("form")],
    ["/tra-cuu/ho-gia-dinh", (p) => p.locator("form")],
    ["/tra-cuu/co-quan-bhxh", (p) => p.getByTestId("list-item").first()],
    ["/tra-cuu/don-vi-tham-gia", (p) => p.locator("form")],
    ["/tra-cuu/diem-thu", (p) => p.locator("form")],
    ["/tra-cuu/co-so-kham-chua-benh", (p) => p.getByTestId("list-item").first()],
  ];
  for (const language of ["Tiếng Việt", "English"]) {
    await page.goto("/");
    await page.getByRole("button", { name: language }).tap();
    for (const [path, ready] of pages) {
      await page.goto(path);
      await expect(heading(page)).toBeVisible();
      await expect(ready(page)).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    }
  }
});
