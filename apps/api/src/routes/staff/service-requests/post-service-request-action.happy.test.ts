import { randomUUID } from "node:crypto";
import { fieldCipherFor, testDatabases } from "@ansinh/db";
import { vietnamDate } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, testConfig } from "../../../testing/build-test-app";
import { createRecordsCitizen } from "../../../testing/records-fixture";
import {
  citizenWithRequest,
  makeBenefitRecipient,
  officeStaff,
  postRequest,
  smsTo,
  staffAction,
  walk,
} from "../../service-requests/service-request-fixture";

const toProcessing = [{ action: "receive" }, { action: "start" }];

describe.each(testDatabases)("POST /api/staff/service-requests/:id/actions on $kind", (database) => {
  let t: TestApp;
  let reviewer: { id: string; cookie: string };
  beforeAll(async () => {
    t = await buildTestApp(database);
    reviewer = await officeStaff(t);
  });
  afterAll(() => t.close());

  const view = (id: string, cookie: string) =>
    t.app.inject({ method: "GET", url: `/api/service-requests/${id}`, headers: { cookie } });

  it("works a request through its life, with an event, a notification and an ASCII SMS at each step", async () => {
    const { citizen, cookie, request } = await citizenWithRequest(t);
    const received = await staffAction(t, reviewer.cookie, request.id, { action: "receive" });
    expect(received.statusCode).toBe(200);
    expect(received.json()).toEqual({
      id: request.id,
      number: request.number,
      status: "received",
      assignedStaffId: null,
    });
    await walk(t, reviewer.cookie, request.id, [
      { action: "start" },
      { action: "complete", note: "Nhận sổ tại bộ phận một cửa" },
    ]);
    const body = (await view(request.id, cookie)).json();
    expect(body.status).toBe("completed");
    expect(body.outcomeNote).toBe("Nhận sổ tại bộ phận một cửa");
    expect(body.events.map((e: { action: string }) => e.action)).toEqual([
      "submitted",
      "receive",
      "start",
      "complete",
      "book_reissued",
    ]);
    expect(body.events.at(-1).note).toBe(`Sổ BHXH số ${citizen.bhxhNumber}`);
    const sms = await smsTo(t, citizen.phone);
    expect(sms).toHaveLength(4);
    expect(sms[1]).toContain(`ho so ${request.number} (Cap lai so BHXH) da duoc tiep nhan`);
    expect(sms[3]).toContain("da duoc giai quyet xong");
    for (const text of sms) expect(text).toMatch(/^[\x20-\x7E]+$/);
    const notes = await t.app.inject({ method: "GET", url: "/api/notifications", headers: { cookie } });
    expect(notes.json().unread).toBe(4);
  });

  it("asks the citizen for information with the officer's question", async () => {
    const { citizen, cookie, request } = await citizenWithRequest(t);
    await walk(t, reviewer.cookie, request.id, toProcessing);
    const res = await staffAction(t, reviewer.cookie, request.id, {
      action: "request_info",
      note: "Vui lòng cho biết nơi làm mất sổ",
    });
    expect(res.json().status).toBe("needs_info");
    expect((await view(request.id, cookie)).json().infoRequest).toBe("Vui lòng cho biết nơi làm mất sổ");
    // The officer's words stay in the app: the SMS only says to look.
    expect((await smsTo(t, citizen.phone)).at(-1)).toContain(
      "can bo sung thong tin. Vui long xem va tra loi tren ung dung",
    );
  });

  it("rejects with the reason kept as the outcome", async () => {
    const { cookie, request } = await citizenWithRequest(t);
    await walk(t, reviewer.cookie, request.id, toProcessing);
    await walk(t, reviewer.cookie, request.id, [
      { action: "reject", note: "Sổ chưa bị mất, đang lưu tại đơn vị" },
    ]);
    expect((await view(request.id, cookie)).json()).toMatchObject({
      status: "rejected",
      outcomeNote: "Sổ chưa bị mất, đang lưu tại đơn vị",
    });
  });

  it("reissues the card at the new facility: the old one replaced, the new one shown by /api/me/card", async () => {
    const { citizen, cookie, known } = await createRecordsCitizen(t);
    const filed = await postRequest(t, cookie, {
      serviceCode: "reissue-card",
      answers: { reason: "change_facility", facilityCode: "79T02" },
      submit: true,
      submissionKey: randomUUID(),
    });
    expect(filed.statusCode).toBe(201);
    await walk(t, reviewer.cookie, filed.json().id, [...toProcessing, { action: "complete" }]);
    const today = vietnamDate(new Date());
    const cards = await t.db.query<{
      status: string;
      facility: string;
      validFrom: string;
      validTo: string;
      issuedOn: string;
    }>(
      `SELECT status, facility_code AS facility, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
              to_char(valid_to, 'YYYY-MM-DD') AS "validTo", to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn"
         FROM health_insurance_card WHERE person_id = $1 ORDER BY issued_on, valid_from, status`,
      [citizen.id],
    );
    expect(cards.filter((c) => c.status === "active")).toEqual([
      {
        status: "active",
        facility: "79T02",
        validFrom: today,
        validTo: `${known.cardYear}-12-31`,
        issuedOn: today,
      },
    ]);
    expect(cards.filter((c) => c.status === "replaced")).toHaveLength(2);
    const card = await t.app.inject({ method: "GET", url: "/api/me/card", headers: { cookie } });
    expect(card.json().card).toMatchObject({ facility: { code: "79T02" } });
  });

  it("changes how the benefit is received: the account sealed, only its last four digits readable", async () => {
    const { citizen, cookie } = await citizenWithRequest(t);
    await makeBenefitRecipient(t, citizen.id);
    const bank = {
      method: "bank",
      bankName: "Agribank",
      bankAccount: "1500205123456",
      accountHolder: "TRAN THI THU HANG",
    };
    for (const answers of [{ method: "post_office", postOfficeAddress: "Bưu điện Sài Gòn" }, bank]) {
      const filed = await postRequest(t, cookie, {
        serviceCode: "benefit-receipt",
        answers,
        submit: true,
        submissionKey: randomUUID(),
      });
      await walk(t, reviewer.cookie, filed.json().id, [...toProcessing, { action: "complete" }]);
    }
    const rows = await t.db.query<{
      method: string;
      last4: string | null;
      cipher: Uint8Array | null;
      replaced: boolean;
    }>(
      `SELECT method, account_last4 AS last4, account_number_cipher AS cipher, replaced_at IS NOT NULL AS replaced
         FROM benefit_receipt WHERE person_id = $1 ORDER BY replaced_at NULLS LAST`,
      [citizen.id],
    );
    expect(rows.map((r) => [r.method, r.last4, r.replaced])).toEqual([
      ["post_office", null, true],
      ["bank", "3456", false],
    ]);
    const cipher = rows[1]?.cipher as Uint8Array;
    expect(Buffer.from(cipher).toString("latin1")).not.toContain("1500205123456");
    expect(fieldCipherFor(testConfig.keys).decrypt(cipher)).toBe("1500205123456");
  });

  it("records an authorised collector with the ID number encrypted", async () => {
    const { citizen, cookie } = await citizenWithRequest(t);
    await makeBenefitRecipient(t, citizen.id);
    const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const [y, m, d] = until.split("-");
    const filed = await postRequest(t, cookie, {
      serviceCode: "authorise-collector",
      answers: {
        collectorName: "Nguyễn Văn Lĩnh",
        collectorNationalId: "079090001234",
        collectorPhone: "0912345678",
        relation: "child",
        validUntil: `${d}/${m}/${y}`,
        consent: true,
      },
      submit: true,
      submissionKey: randomUUID(),
    });
    expect(filed.statusCode).toBe(201);
    expect(filed.json().answers.collectorNationalId).toBe("079*******34");
    await walk(t, reviewer.cookie, filed.json().id, [...toProcessing, { action: "complete" }]);
    const [row] = await t.db.query<{ name: string; validTo: string; cipher: Uint8Array }>(
      `SELECT collector_name AS name, to_char(valid_to, 'YYYY-MM-DD') AS "validTo",
              collector_national_id_cipher AS cipher FROM benefit_authorisation WHERE person_id = $1`,
      [citizen.id],
    );
    expect([row?.name, row?.validTo]).toEqual(["Nguyễn Văn Lĩnh", until]);
    expect(fieldCipherFor(testConfig.keys).decrypt(row?.cipher as Uint8Array)).toBe("079090001234");
  });

  it("assigns a request to a colleague of the office without telling the citizen", async () => {
    const { citizen, request } = await citizenWithRequest(t);
    const colleague = await officeStaff(t);
    const res = await staffAction(t, reviewer.cookie, request.id, {
      action: "assign",
      assigneeId: colleague.id,
    });
    expect(res.json()).toMatchObject({ status: "submitted", assignedStaffId: colleague.id });
    const mine = await staffAction(t, reviewer.cookie, request.id, { action: "assign" });
    expect(mine.json().assignedStaffId).toBe(reviewer.id);
    expect(await smsTo(t, citizen.phone)).toHaveLength(1);
  });
});
