import { compareVietnamese, offices } from "@ansinh/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./create-db";
import { Random } from "./synthetic/random";
import { loadReferenceData } from "./synthetic/reference-data";
import { testDatabases } from "./testing/test-databases";

/** Names where a byte or collation order goes wrong: ă/â/đ/ơ/ư, tones, words, digits, case, NFD. */
const tricky = [
  "Hà Nam",
  "Ha Nội",
  "Hà Nội",
  "Hạ Long",
  "hà nam",
  "HÀ NAM",
  "Hà Nam Ninh",
  "Hàm Tân",
  "An Giang",
  "Ân Thi",
  "Ấp Bắc",
  "Ăn Uống",
  "Anh Sơn",
  "Da Lat",
  "Dương Đông",
  "Đà Nẵng",
  "Đắk Lắk",
  "Ô Môn",
  "Ốc Eo",
  "Ơn Trời",
  "Uông Bí",
  "Ưng Hòa",
  "Út",
  "hoa",
  "Hòa Bình",
  "hoà",
  "hoàn",
  "Bệnh viện 115",
  "Bệnh viện 30-4",
  "Bệnh viện Chợ Rẫy",
  "Bệnh viện Đa khoa",
  "Phòng khám số 2",
  "Phòng khám số 10",
  "Nguyễn Văn An",
  "Nguyen Van An",
  "Nguyễn Văn Ân",
  "Nguyễn Văn Ánh",
  "Nguyễn Văn Anh",
  "mạ",
  "má",
  "mã",
  "mả",
  "mà",
  "ma",
  "Trạm Y tế xã Tân Phú".normalize("NFD"),
  "Trạm Y tế xã Tân Phú",
  "  Trạm   Y tế xã Tân Phú ",
  "(Cũ) Bưu điện",
  "Zê",
  "",
];

describe.each(testDatabases)("vietnamese_sort_key on $kind", (database) => {
  let db: Db;
  beforeAll(async () => {
    db = await database.open();
  });
  afterAll(() => db.close());

  // Texts equal after NFC (a name and its NFD spelling) are ties in both orders, and an SQL sort is
  // not stable, so the lists are compared in NFC.
  const nfc = (names: readonly string[]) => names.map((name) => name.normalize("NFC"));
  const sortedBySql = async (names: readonly string[]) => {
    const rows = await db.query<{ name: string }>(
      "SELECT name FROM unnest($1::text[]) AS t(name) ORDER BY vietnamese_sort_key(name)",
      [names],
    );
    return nfc(rows.map((r) => r.name));
  };
  const sortedByTypeScript = (names: readonly string[]) => nfc([...names].sort(compareVietnamese));

  it("sorts tricky names exactly as compareVietnamese, whatever order they come in", async () => {
    const expected = sortedByTypeScript(tricky);
    expect(await sortedBySql(tricky)).toEqual(expected);
    expect(await sortedBySql([...tricky].reverse())).toEqual(expected);
    // A few the dictionary order is known for, as a check on compareVietnamese itself.
    const dictionary = [
      "An Giang",
      "Anh Sơn",
      "Ăn Uống",
      "Ân Thi",
      "Ấp Bắc",
      "Da Lat",
      "Dương Đông",
      "Đà Nẵng",
    ];
    expect(await sortedBySql([...dictionary].reverse())).toEqual(dictionary);
  });

  it("agrees with compareVietnamese on random text over the whole alphabet, digits and punctuation", async () => {
    const random = new Random("vietnamese-sort-key");
    const characters = [
      ..."aăâbcdđeêfghijklmnoôơpqrstuưvwxyzAĂÂĐÊÔƠƯ0123456789 -.,'()/&",
      ..."àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
      ..."ÀÁẢÃẠÈÉẸÒỚỮÝØøßЖж\u00a0\t\u0300\u0301\u0303\u0309\u0323",
    ];
    const names = Array.from({ length: 2_000 }, () => {
      const text = Array.from({ length: random.int(1, 14) }, () => random.pick(characters)).join("");
      return random.chance(0.3) ? text.normalize("NFD") : text;
    });
    expect(await sortedBySql(names)).toEqual(sortedByTypeScript(names));
  });

  it("keeps the stored name_sort_key columns in step, so ORDER BY name_sort_key is that order", async () => {
    await loadReferenceData(db);
    const rows = await db.query<{ name: string }>("SELECT name FROM office ORDER BY name_sort_key");
    expect(rows.map((r) => r.name)).toEqual(offices.map((o) => o.name).sort(compareVietnamese));
  });
});
