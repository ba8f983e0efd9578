import { testDatabases } from "@ansinh/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestAppWithDocuments } from "../../testing/build-test-app";
import {
  childRegistrationForm,
  createTestFamily,
  postChildRegistration,
} from "../../testing/child-registration-fixture";
import { createTestHousehold } from "../../testing/household-fixture";
import { createTestPerson } from "../../testing/person-fixture";
import { expectFieldErrors } from "../../testing/problem-assertions";
import { testJpeg } from "../../testing/registration-fixture";

const NOT_IN_HOUSEHOLD = {
  vi: "Không tìm thấy trẻ có mã số BHXH và họ tên này trong hộ gia đình của bạn trên hệ thống BHXH. Vui lòng kiểm tra lại mã số BHXH và họ tên của con, đúng như trên thẻ bảo hiểm y tế.",
  en: "No child with this social insurance number and name was found in your household in the social insurance records. Please check your child's number and full name, as on the health insurance card.",
};

describe.each(testDatabases)("child registration errors on $kind", (database) => {
  let t: TestAppWithDocuments;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  const written = async () => {
    const [row] = await t.db.query<{ dossiers: number; documents: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM account_dossier) AS dossiers, (SELECT count(*)::int FROM document) AS documents,
              (SELECT count(*)::int FROM outbox) AS outbox`,
    );
    return row;
  };

  it("gives one neutral answer for a child of another household, a wrong name and an unknown number", async () => {
    const { child, cookie } = await createTestFamily(t);
    const elsewhere = await createTestPerson(t, { fullName: "Trẻ Nhà Khác", birthDate: "2015-01-01" });
    const otherParent = await createTestPerson(t, { fullName: "Cha Nhà Khác" });
    await createTestHousehold(t, [otherParent, elsewhere]);
    const loner = await createTestPerson(t, { fullName: "Trẻ Không Hộ", birthDate: "2014-01-01" });
    const before = await written();
    const attempts = [
      { childBhxhNumber: elsewhere.bhxhNumber, childFullName: elsewhere.fullName },
      { childBhxhNumber: loner.bhxhNumber, childFullName: loner.fullName },
      { childFullName: "Bùi Ngọc Khác" },
      { childBhxhNumber: "7900000001" },
    ];
    for (const overrides of attempts) {
      const res = await postChildRegistration(t, await childRegistrationForm(child, overrides), cookie);
      expect(res.statusCode).toBe(400);
      const { requestId: _requestId, ...body } = res.json();
      expect(body).toEqual({
        type: "/api/problems/validation",
        title: "Some of the data sent is not valid",
        status: 400,
        detail: NOT_IN_HOUSEHOLD,
        instance: "/api/child-registrations",
      });
    }
    expect(await written()).toEqual(before);
  });

  it("finds nobody for a parent who is in no household, even a child who is in none either", async () => {
    const { child, cookie, parent } = await createTestFamily(t);
    await t.db.query("UPDATE person SET household_id = NULL WHERE id = ANY($1::uuid[])", [
      [parent.id, child.id],
    ]);
    const res = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toEqual(NOT_IN_HOUSEHOLD);
  });

  it("refuses a household member of 18 or more", async () => {
    const { child, cookie } = await createTestFamily(t, {
      child: { fullName: "Bùi Văn Lớn", birthDate: "2000-01-01" },
    });
    const res = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toEqual({
      vi: "Người có mã số BHXH này đã đủ 18 tuổi nên không thể đăng ký tài khoản cho con. Người này cần tự đăng ký tài khoản của mình.",
      en: "The person with this social insurance number is 18 or older, so a parent cannot register for them. They need to register for an account themselves.",
    });
    expect(res.json().errors).toBeUndefined();
  });

  it("counts a birth recorded by year only from 01/01, the earliest the child can be 18", async () => {
    const year = new Date().getUTCFullYear() - 18;
    const { child, cookie } = await createTestFamily(t, { child: { birthDate: `${year}-12-31` } });
    await t.db.query("UPDATE person SET birth_date = NULL WHERE id = $1", [child.id]);
    const res = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail.en).toContain("18 or older");
  });

  it("tells the parent when the child already has an account", async () => {
    const { child, cookie } = await createTestFamily(t);
    await t.db.query(
      "INSERT INTO citizen_account (person_id, password_hash, must_change_password, status) VALUES ($1, 'x', false, 'active')",
      [child.id],
    );
    const res = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toEqual({
      vi: "Con của bạn đã có tài khoản. Con có thể đăng nhập bằng mã số BHXH của mình; nếu quên mật khẩu, hãy dùng Quên mật khẩu.",
      en: "Your child already has an account. They can sign in with their social insurance number; if the password is forgotten, use Forgot password.",
    });
  });

  it("tells the parent when a dossier for the child is already waiting, with its number", async () => {
    const { child, cookie } = await createTestFamily(t);
    const first = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(first.statusCode).toBe(201);
    const number = first.json().dossierNumber;
    const second = await postChildRegistration(t, await childRegistrationForm(child), cookie);
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toEqual({
      vi: `Con của bạn đã có hồ sơ đăng ký tài khoản số ${number} đang chờ duyệt. Kết quả sẽ được gửi qua SMS.`,
      en: `An account application for your child (dossier ${number}) is already waiting for review. The result will be sent by SMS.`,
    });
  });

  it("refuses the parent's own number on its field", async () => {
    const { parent, child, cookie } = await createTestFamily(t);
    const res = await postChildRegistration(
      t,
      await childRegistrationForm(child, { childBhxhNumber: parent.bhxhNumber }),
      cookie,
    );
    expectFieldErrors(res, [
      {
        field: "body.childBhxhNumber",
        code: "child_bhxh_number.self",
        vi: "Đây là mã số BHXH của chính bạn. Vui lòng nhập mã số BHXH của con, in trên thẻ bảo hiểm y tế của con.",
        en: "This is your own social insurance number. Please enter your child's number, printed on the child's health insurance card.",
      },
    ]);
  });

  it("reports every missing field at once, the commitment included, in Vietnamese and English", async () => {
    const { cookie } = await createTestFamily(t);
    const res = await postChildRegistration(
      t,
      { childBhxhNumber: "123", childFullName: " ", commitment: "" },
      cookie,
    );
    expectFieldErrors(res, [
      {
        field: "body.childBhxhNumber",
        code: "bhxh_number.format",
        vi: "Mã số BHXH phải gồm đúng 10 chữ số",
        en: "The social insurance number must be exactly 10 digits",
      },
      {
        field: "body.childFullName",
        code: "full_name.required",
        vi: "Vui lòng nhập họ và tên của con",
        en: "Please enter your child's full name",
      },
      {
        field: "body.officeCode",
        code: "office_code.required",
        vi: "Vui lòng chọn cơ quan BHXH tiếp nhận hồ sơ",
        en: "Please choose the social insurance office that will receive the application",
      },
      {
        field: "body.commitment",
        code: "commitment.required",
        vi: "Vui lòng đánh dấu ô cam đoan: bạn là cha, mẹ hoặc người giám hộ của trẻ và thông tin đã khai là đúng sự thật.",
        en: "Please tick the declaration: you are the child's parent or guardian and the details given are true.",
      },
      {
        field: "body.submissionId",
        code: "submission_id.format",
        vi: "Mã lần gửi không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
        en: "The submission id is not valid. Please reload the page and send the form again.",
      },
      {
        field: "body.childPortrait",
        code: "required",
        vi: "Vui lòng chụp hoặc chọn ảnh chân dung của con",
        en: "Please take or choose a portrait photo of your child",
      },
      {
        field: "body.birthCertificate",
        code: "required",
        vi: "Vui lòng chụp hoặc chọn ảnh giấy khai sinh của con",
        en: "Please take or choose a photo of your child's birth certificate",
      },
    ]);
  });

  it("refuses a commitment that is not ticked even when all else is right, and writes nothing", async () => {
    const { child, cookie } = await createTestFamily(t);
    const before = await written();
    const res = await postChildRegistration(
      t,
      await childRegistrationForm(child, { commitment: "false" }),
      cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(["body.commitment"]);
    expect(await written()).toEqual(before);
  });

  it("refuses an office that does not exist and files that are not pictures, each on its field", async () => {
    const { child, cookie } = await createTestFamily(t);
    const before = await written();
    const jpeg = await testJpeg();
    const res = await postChildRegistration(
      t,
      await childRegistrationForm(child, {
        officeCode: "BHXH-99",
        childPortrait: Buffer.from("%PDF-1.7 not a photo"),
        birthCertificate: jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      }),
      cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["body.officeCode", "office_code.unknown"],
      ["body.childPortrait", "not_an_image"],
      ["body.birthCertificate", "truncated"],
    ]);
    expect(await written()).toEqual(before);
  });

  it("refuses a photo over 10 MB on its field", async () => {
    const { child, cookie } = await createTestFamily(t);
    const huge = Buffer.concat([await testJpeg(), Buffer.alloc(10 * 1024 * 1024 + 10, 1)]);
    const res = await postChildRegistration(
      t,
      await childRegistrationForm(child, { birthCertificate: huge }),
      cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ["body.birthCertificate", "too_large"],
    ]);
  });

  it("explains a form that is not multipart, without a 500", async () => {
    const { cookie } = await createTestFamily(t);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/child-registrations",
      headers: { cookie },
      payload: { childBhxhNumber: "7912345678" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail.en).toBe("The form must be sent as multipart/form-data.");
  });
});
