import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeQrOnPage, type ReadPdf, readPdf } from "../../statements/testing/read-pdf";
import { buildTestApp, type TestApp } from "../../testing/build-test-app";
import { citizenCookie, createTestCitizen } from "../../testing/citizen-fixture";
import { createRecordsCitizen, type KnownRecords, writeLongHistory } from "../../testing/records-fixture";
import { getStatementPdf, postVerify, tokenOf } from "./statement-test-steps";

describe.each(testDatabases)("GET /api/me/statement.pdf on $kind", (database) => {
  let t: TestApp;
  let cookie: string;
  let known: KnownRecords;
  let citizen: Awaited<ReturnType<typeof createRecordsCitizen>>["citizen"];
  let res: Awaited<ReturnType<typeof getStatementPdf>>;
  let pdf: ReadPdf;
  beforeAll(async () => {
    t = await buildTestApp(database);
    ({ cookie, known, citizen } = await createRecordsCitizen(t));
    res = await getStatementPdf(t.app, cookie);
    pdf = readPdf(res.rawPayload);
  });
  afterAll(() => t.close());

  it("sends a PDF to download, never to be cached", () => {
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers["content-disposition"]).toMatch(
      new RegExp(
        `^attachment; filename="qua-trinh-tham-gia-${citizen.bhxhNumber}-\\d{4}-\\d{2}-\\d{2}\\.pdf"$`,
      ),
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("is headed like an official document and names the person, in Vietnamese", () => {
    expect(pdf.text).toContain("BẢO HIỂM XÃ HỘI VIỆT NAM");
    expect(pdf.text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    expect(pdf.text).toContain("QUÁ TRÌNH THAM GIA\nBẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ, BẢO HIỂM THẤT NGHIỆP");
    expect(pdf.text).toMatch(/Số: [0-9A-Z]{12}\/XN-BHXH/);
    expect(pdf.text).toMatch(/ngày \d{2} tháng \d{2} năm \d{4}/);
    expect(pdf.text).toContain(`Họ và tên: ${citizen.fullName}`);
    expect(pdf.text).toContain("Ngày sinh: 23/07/1992");
    expect(pdf.text).toContain(`Mã số BHXH: ${citizen.bhxhNumber}`);
    // The ID number masked as the profile shows it, never in full.
    expect(pdf.text).toContain(
      `Số CCCD: ${citizen.nationalId.slice(0, 3)}*******${citizen.nationalId.slice(-2)}`,
    );
    expect(pdf.text).not.toContain(citizen.nationalId);
    expect(pdf.text).not.toContain("\uFFFD");
  });

  it("lists each scheme's periods oldest first, with totals, unpaid months and the month closed", () => {
    const { first, second } = known.employers;
    expect(pdf.text).toContain("(Dữ liệu đã chốt đến tháng 12/2017)");
    expect(pdf.text).toContain("1. Bảo hiểm xã hội bắt buộc");
    expect(pdf.text).toContain("2. Bảo hiểm thất nghiệp");
    expect(pdf.text).toContain("3. Bảo hiểm y tế");
    expect(pdf.text).not.toContain("Bảo hiểm xã hội tự nguyện");
    const compulsory = pdf.text.slice(pdf.text.indexOf("1. Bảo hiểm"), pdf.text.indexOf("2. Bảo hiểm"));
    expect(compulsory.indexOf(first.name)).toBeLessThan(compulsory.indexOf(second.name));
    expect(compulsory).toContain("01/2015 –\n12/2016");
    expect(compulsory).toContain("6.000.000");
    expect(compulsory).toContain("8 / 17,5");
    expect(compulsory).toContain("480.000");
    expect(compulsory).toContain("(Đơn vị chưa đóng)");
    expect(compulsory).toContain(
      `Cộng: 2 năm 10 tháng (34 tháng); người lao động đã đóng 19.520.000 ₫; đơn vị đã đóng 42.700.000 ₫.`,
    );
    expect(compulsory.replace(/\n/g, " ")).toContain(
      `Chưa đóng: ${second.name} (mã số thuế ${second.taxCode}), từ tháng 01/2018 đến tháng 03/2018, 3 tháng, số tiền còn nợ 7.650.000 ₫`,
    );
    expect(pdf.text).toContain("01/2019 –\nnay");
  });

  it("carries a QR of the verification URL whose token verifies to the history's figures", async () => {
    const lastPage = pdf.pages.at(-1);
    const url = lastPage && decodeQrOnPage(lastPage);
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/xac-minh#[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(pdf.links).toEqual([url]);
    const verified = await postVerify(t.app, { token: tokenOf(url ?? "") });
    expect(verified.statusCode).toBe(200);
    const { statement } = verified.json();
    expect(verified.json().valid).toBe(true);
    expect(pdf.text).toContain(`Số: ${statement.id}/XN-BHXH`);
    expect(pdf.text).toContain(`Bản xác nhận số ${statement.id}`);
    const history = (
      await t.app.inject({ method: "GET", url: "/api/me/history", headers: { cookie } })
    ).json() as {
      closedThrough: string;
      schemes: {
        scheme: string;
        months: number;
        employeeTotal: number;
        employerTotal: number;
        periods: unknown[];
        unpaid: { months: number }[];
      }[];
    };
    expect(statement).toMatchObject({
      bhxhNumber: citizen.bhxhNumber,
      fullName: citizen.fullName,
      closedThrough: history.closedThrough,
    });
    expect(statement.schemes).toEqual(
      history.schemes
        .filter((s) => s.periods.length > 0)
        .map((s) => ({
          scheme: s.scheme,
          name: expect.any(Object),
          months: s.months,
          duration: { years: Math.floor(s.months / 12), months: s.months % 12 },
          employeeTotal: s.employeeTotal,
          employerTotal: s.employerTotal,
          unpaidMonths: s.unpaid.reduce((sum, u) => sum + u.months, 0),
        })),
    );
  });

  it("gives every statement a number of its own", async () => {
    const again = readPdf((await getStatementPdf(t.app, cookie)).rawPayload);
    const number = (text: string) => /Số: ([0-9A-Z]{12})/.exec(text)?.[1];
    expect(number(again.text)).toBeDefined();
    expect(number(again.text)).not.toBe(number(pdf.text));
  });

  it("keeps a long career readable: the table's head on every page, pages numbered", async () => {
    const worker = await createTestCitizen(t, { mustChangePassword: false });
    await writeLongHistory(t, worker, 40);
    const long = readPdf((await getStatementPdf(t.app, await citizenCookie(t.app, worker))).rawPayload);
    expect(long.pages.length).toBeGreaterThan(2);
    long.pages.forEach((page, i) => {
      expect(page.text).toContain(`Trang ${i + 1}/${long.pages.length}`);
    });
    const withTables = long.pages.filter((page) => /\d{2}\/\d{4} –\n\d{2}\/\d{4}/.test(page.text));
    expect(withTables.length).toBeGreaterThan(1);
    for (const page of withTables) expect(page.text).toContain("Mức lương đóng");
    const url = decodeQrOnPage(long.pages.at(-1) ?? { text: "", content: "" });
    expect((await postVerify(t.app, { token: tokenOf(url ?? "") })).json().valid).toBe(true);
  });
});
