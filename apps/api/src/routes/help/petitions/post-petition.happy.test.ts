import { testDatabases } from "@ansinh/db";
import { helpTextLimits } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../testing/build-test-app";
import {
  petitionContent,
  petitionCounts,
  petitionForm,
  postPetition,
} from "../../../testing/petition-fixture";
import { createBareCitizen } from "../../../testing/records-fixture";
import { testJpeg } from "../../../testing/registration-fixture";
import { smsTo } from "../../service-requests/service-request-fixture";

describe.each(testDatabases)("POST /api/help/petitions on $kind", (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(database);
  });
  afterAll(() => t.close());

  it("files a petition without a photo with the caller's office, and acknowledges it by SMS", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const res = await postPetition(t, cookie, petitionForm({ category: "procedure" }));
    expect(res.statusCode).toBe(201);
    const { petition } = res.json();
    expect(petition).toEqual({
      id: expect.any(String),
      number: expect.stringMatching(/^PA\d{10}$/),
      category: "procedure",
      content: petitionContent,
      status: "received",
      createdAt: expect.any(String),
      photoUrl: null,
      reply: null,
      repliedAt: null,
      officeName: expect.stringContaining("Hồ Chí Minh"),
    });
    const [row] = await t.db.query<{ officeCode: string }>(
      `SELECT office_code AS "officeCode" FROM petition WHERE id = $1`,
      [petition.id],
    );
    expect(row?.officeCode).toBe("BHXH-79");
    const sms = await smsTo(t, citizen.phone);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toContain(petition.number);
    expect(sms[0]).toMatch(/^[\x20-\x7e]+$/);
  });

  it("files a petition with a photo, kept as a sanitised JPEG document of the citizen", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const res = await postPetition(t, cookie, petitionForm({ photo: await testJpeg() }));
    expect(res.statusCode).toBe(201);
    const { petition } = res.json();
    expect(petition.photoUrl).toBe(`/api/help/petitions/${petition.id}/photo`);
    const docs = await t.db.query<{ kind: string; mime: string }>(
      `SELECT d.kind, d.mime FROM document d JOIN petition p ON p.photo_document_id = d.id
        WHERE p.id = $1 AND d.person_id = $2`,
      [petition.id, citizen.id],
    );
    expect(docs).toEqual([{ kind: "petition_photo", mime: "image/jpeg" }]);
  });

  it("stores the content in NFC without surrounding spaces, and takes an empty file part as no photo", async () => {
    const { cookie } = await createBareCitizen(t);
    const typed = `   ${petitionContent.normalize("NFD")}  \n`;
    const res = await postPetition(t, cookie, petitionForm({ content: typed, photo: Buffer.alloc(0) }));
    expect(res.statusCode).toBe(201);
    expect(res.json().petition.content).toBe(petitionContent);
    expect(res.json().petition.photoUrl).toBeNull();
  });

  it("keeps a petition of the longest length whole, even typed with decomposed marks", async () => {
    const { cookie } = await createBareCitizen(t);
    // "ệ" decomposed is 5 bytes: the multipart field must not be cut below the longest petition.
    const longest = "ệ".repeat(helpTextLimits.petition);
    const res = await postPetition(t, cookie, petitionForm({ content: longest.normalize("NFD") }));
    expect(res.statusCode).toBe(201);
    expect(res.json().petition.content).toBe(longest);
  });

  it("answers a repeated submission key with the same petition (200), filing and texting once", async () => {
    const { citizen, cookie } = await createBareCitizen(t);
    const form = petitionForm({ photo: await testJpeg() });
    const first = await postPetition(t, cookie, form);
    const before = await petitionCounts(t);
    const again = await postPetition(t, cookie, form);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json()).toEqual(first.json());
    expect(await petitionCounts(t)).toEqual(before);
    expect(await smsTo(t, citizen.phone)).toHaveLength(1);
  });
});
