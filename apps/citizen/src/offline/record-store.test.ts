import { describe, expect, it } from "vitest";
import { forgetRecords, readRecord, recordKey, rememberOwner, saveRecord, storedOwner } from "./record-store";

describe("the records kept on the phone", () => {
  it("keys each answer by the person and the API path", () => {
    expect(recordKey("7901234567", "/api/me/card")).toBe("7901234567 /api/me/card");
    expect(recordKey("7901234567", "/api/me/history?scheme=unemployment")).not.toBe(
      recordKey("7901234568", "/api/me/history?scheme=unemployment"),
    );
  });

  it("never fails a page where there is no storage: nothing is kept, nothing is found", async () => {
    // Node has no IndexedDB: the same as a browser that refuses storage.
    expect(typeof indexedDB).toBe("undefined");
    const owner = { bhxhNumber: "7901234567", fullName: "Nguyễn Văn An" };
    await expect(rememberOwner(owner)).resolves.toBeUndefined();
    await expect(saveRecord(owner, "/api/me/card", { asOf: "x" })).resolves.toBeUndefined();
    await expect(readRecord(owner, "/api/me/card")).resolves.toBeNull();
    await expect(storedOwner()).resolves.toBeNull();
    await expect(forgetRecords()).resolves.toBeUndefined();
  });
});
