import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import { createTestPerson } from "../../testing/person-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { postRegistration, registrationForm, testJpeg } from "../../testing/registration-fixture";

const NEUTRAL = {
  vi: "Thông tin đăng ký không khớp với dữ liệu của cơ quan BHXH. Vui lòng kiểm tra lại mã số BHXH, họ tên và số CCCD.",
  en: "The details do not match the records of the social insurance agency. Please check the social insurance number, the full name and the ID card number.",
};

describe.each(testDatabases)("registration errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const written = async () => {
    const [row] = await t.db.query<{ dossiers: number; documents: number; events: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM account_dossier) AS dossiers, (SELECT count(*)::int FROM document) AS documents,
              (SELECT count(*)::int FROM dossier_event) AS events, (SELECT count(*)::int FROM outbox) AS outbox`,
    );
    return row;
  };

  it("gives one neutral answer for a wrong name, a wrong ID number and an unknown BHXH number", async () => {
    const person = await createTestPerson(t, { fullName: "Đặng Minh Khôi" });
    const before = await written();
    const attempts = [
      { fullName: "Đặng Minh Khoa" },
      { nationalId: `${person.nationalId.slice(0, 11)}${(Number(person.nationalId.at(-1)) + 1) % 10}` },
      { bhxhNumber: "7900000001" },
      { nationalId: "123456789" },
    ];
    const bodies = [];
    for (const overrides of attempts) {
      const res = await postRegistration(t, await registrationForm(person, overrides));
      expect(res.statusCode).toBe(400);
      const { requestId: _requestId, ...body } = res.json();
      bodies.push(body);
    }
    expect(bodies[0]).toEqual({
      type: "/api/problems/validation",
      title: "Some of the data sent is not valid",
      status: 400,
      detail: NEUTRAL,
      instance: "/api/registrations",
    });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(await written()).toEqual(before);
  });

  it("reports every invalid field at once, in Vietnamese and English", async () => {
    const res = await postRegistration(t, {
      bhxhNumber: "12345",
      fullName: "   ",
      nationalId: "0791234",
      phone: "024 3826 1234",
      email: "khong-phai-email",
      officeCode: "",
      submissionId: "lan-gui-1",
    });
    expectFieldErrors(res, [
      {
        field: "body.bhxhNumber",
        code: "bhxh_number.format",
        vi: "Mã số BHXH phải gồm đúng 10 chữ số",
        en: "The social insurance number must be exactly 10 digits",
      },
      {
        field: "body.fullName",
        code: "full_name.required",
        vi: "Vui lòng nhập họ và tên",
        en: "Please enter your full name",
      },
      {
        field: "body.nationalId",
        code: "national_id.format",
        vi: "Số CCCD phải gồm 12 chữ số (hoặc số CMND cũ gồm 9 chữ số)",
        en: "The ID number must be 12 digits (or 9 digits for an old ID card)",
      },
      {
        field: "body.phone",
        code: "mobile.landline",
        vi: "Đây là số máy bàn; vui lòng nhập số điện thoại di động",
        en: "This is a landline number; please enter a mobile number",
      },
      {
        field: "body.email",
        code: "email.format",
        vi: "Địa chỉ e-mail không hợp lệ (ví dụ: ten@example.com)",
        en: "The e-mail address is not valid (for example: name@example.com)",
      },
      {
        field: "body.officeCode",
        code: "office_code.required",
        vi: "Vui lòng chọn cơ quan BHXH tiếp nhận hồ sơ",
        en: "Please choose the social insurance office that will receive the application",
      },
      {
        field: "body.submissionId",
        code: "submission_id.format",
        vi: "Mã lần gửi không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
        en: "The submission id is not valid. Please reload the page and send the form again.",
      },
      {
        field: "body.idFront",
        code: "required",
        vi: "Vui lòng chụp hoặc chọn ảnh mặt trước của CCCD",
        en: "Please take or choose a photo of the front of the ID card",
      },
      {
        field: "body.idBack",
        code: "required",
        vi: "Vui lòng chụp hoặc chọn ảnh mặt sau của CCCD",
        en: "Please take or choose a photo of the back of the ID card",
      },
    ]);
  });

  it("refuses an office that does not exist on its field, together with a bad photo", async () => {
    const person = await createTestPerson(t);
    const res = await postRegistration(
      t,
      await registrationForm(person, { officeCode: "BHXH-99", idBack: Buffer.from("%PDF-1.7 not a photo") }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["body.officeCode", "office_code.unknown"],
      ["body.idBack", "not_an_image"],
    ]);
  });

  it("refuses a file that is not a picture and a cut-off JPEG, on their fields, and writes nothing", async () => {
    const person = await createTestPerson(t);
    const before = await written();
    const jpeg = await testJpeg();
    const res = await postRegistration(
      t,
      await registrationForm(person, {
        idFront: Buffer.from("<html><script>alert(1)</script></html>"),
        idBack: jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      }),
    );
    expectFieldErrors(res, [
      {
        field: "body.idFront",
        code: "not_an_image",
        vi: "Tệp này không phải là ảnh. Hãy chọn một tấm ảnh chụp.",
        en: "This file is not a picture. Please choose a photo.",
      },
      {
        field: "body.idBack",
        code: "truncated",
        vi: "Ảnh bị hỏng hoặc chưa được tải lên hết. Hãy gửi lại ảnh.",
        en: "The picture is damaged or did not upload completely. Please send it again.",
      },
    ]);
    expect(await written()).toEqual(before);
  });

  it("refuses a photo over 10 MB on its field, not the whole request", async () => {
    const person = await createTestPerson(t);
    const huge = Buffer.concat([await testJpeg(), Buffer.alloc(10 * 1024 * 1024 + 10, 1)]);
    const res = await postRegistration(t, await registrationForm(person, { idFront: huge }));
    expectFieldErrors(res, [
      {
        field: "body.idFront",
        code: "too_large",
        vi: "Tệp quá lớn. Mỗi ảnh tối đa 10 MB.",
        en: "The file is too large. Each picture can be at most 10 MB.",
      },
    ]);
  });

  it("tells a person with a dossier waiting that it is waiting, with its number", async () => {
    const person = await createTestPerson(t, { fullName: "Hoàng Thị Chờ" });
    const first = await postRegistration(t, await registrationForm(person));
    expect(first.statusCode).toBe(201);
    const number = first.json().dossierNumber;
    const second = await postRegistration(t, await registrationForm(person));
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toEqual({
      vi: `Mã số BHXH này đã có hồ sơ đăng ký số ${number} đang chờ duyệt. Kết quả sẽ được gửi qua SMS.`,
      en: `An application for this social insurance number (dossier ${number}) is already waiting for review. The result will be sent by SMS.`,
    });
    expect(await t.db.query("SELECT 1 FROM account_dossier WHERE person_id = $1", [person.id])).toHaveLength(
      1,
    );
  });

  it("tells a person with a pending dossier so even when two new submissions race", async () => {
    const person = await createTestPerson(t, { fullName: "Bùi Văn Đua" });
    const answers = await Promise.all([
      postRegistration(t, await registrationForm(person)),
      postRegistration(t, await registrationForm(person)),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const number = answers.find((a) => a.statusCode === 201)?.json().dossierNumber;
    expect(answers.find((a) => a.statusCode === 409)?.json().detail.vi).toContain(number);
    expect(await t.db.query("SELECT 1 FROM document WHERE person_id = $1", [person.id])).toHaveLength(2);
  });

  it("tells a person who already has an account to sign in", async () => {
    const person = await createTestPerson(t, { fullName: "Đỗ Thị Có Tài Khoản" });
    await t.db.query(
      "INSERT INTO citizen_account (person_id, password_hash, must_change_password, status) VALUES ($1, 'x', false, 'active')",
      [person.id],
    );
    const res = await postRegistration(t, await registrationForm(person));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toEqual({
      vi: "Mã số BHXH này đã có tài khoản. Hãy đăng nhập hoặc dùng Quên mật khẩu.",
      en: "This social insurance number already has an account. Please sign in, or use Forgot password.",
    });
  });

  it("lets a person whose account was closed register again", async () => {
    const person = await createTestPerson(t, { fullName: "Mai Thị Đóng" });
    await t.db.query(
      "INSERT INTO citizen_account (person_id, password_hash, must_change_password, status) VALUES ($1, 'x', false, 'closed')",
      [person.id],
    );
    expect((await postRegistration(t, await registrationForm(person))).statusCode).toBe(201);
  });

  it("explains a form that is not multipart, without a 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/registrations",
      payload: { bhxhNumber: "7912345678" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail.en).toBe("The form must be sent as multipart/form-data.");
  });

  it("explains a multipart body cut off in the middle, without a 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/registrations",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      payload: '--xyz\r\nContent-Disposition: form-data; name="bhxhNumber"\r\n\r\n79123',
    });
    expect(res.statusCode).toBe(400);
  });
});
