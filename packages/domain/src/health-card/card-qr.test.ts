import { describe, expect, it } from "vitest";
import { type CardQrData, cardQrPayload, parseCardQr } from "./card-qr";

const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");

/** The 2023 card of the reference (§2), field by field; fields 11, 13 and 14 as on the real card. */
const SAMPLE_2023 = [
  "0111077012",
  hex("Nguyễn Tiến Đạt"),
  "29/03/1988",
  "1",
  "-",
  "01 - C54",
  "01/07/2023",
  "-",
  "31/07/2023",
  "01050111077012",
  "-",
  "4",
  " 01/10/2027",
  "4641c59ff02659c3-1202",
  "4",
  hex("Quận Cầu Giấy, Thành phố Hà Nội"),
].join("|");

const SAMPLE_2023_DATA: CardQrData = {
  number: "0111077012",
  fullName: "Nguyễn Tiến Đạt",
  birthDate: "29/03/1988",
  sex: "male",
  address: null,
  facilityCode: "01C54",
  validFrom: "2023-07-01",
  validTo: null,
  issuedOn: "2023-07-31",
  managementCode: "01050111077012",
  guardianName: null,
  fiveYearsFrom: "2027-10-01",
  issuingPlace: "Quận Cầu Giấy, Thành phố Hà Nội",
};

/** The 2019 old-template card (15-character code), whose QR ends after the issue date in the reference; the address is ours. */
const SAMPLE_2019 = [
  "HS4010120878837",
  hex("Vũ Xuân Minh"),
  "07/09/2008",
  "1",
  hex("Số 12 ngõ 34 phố Nguyễn Trãi, Thanh Xuân, Hà Nội"),
  "01 - 028",
  "24/01/2019",
  "-",
  "24/01/2019",
].join("|");

const cards: CardQrData[] = [
  SAMPLE_2023_DATA,
  {
    number: "7901234569",
    fullName: "Lê Minh Khôi",
    birthDate: "02/09/2015",
    sex: "male",
    address: "123 Đường Nguyễn Thị Minh Khai, Phường Bến Thành, TP Hồ Chí Minh",
    facilityCode: "79024",
    validFrom: "2025-10-01",
    validTo: "2026-09-30",
    issuedOn: "2025-09-15",
    managementCode: "79010179012345",
    guardianName: "Trần Thị Bình",
    fiveYearsFrom: null,
    issuingPlace: "Bảo hiểm xã hội TP Hồ Chí Minh",
  },
  {
    number: "DN4790123456789",
    fullName: "Đặng Thị Ngọc Hường",
    birthDate: "1955",
    sex: "female",
    address: "Thôn Đồng Kỵ, xã Từ Sơn, tỉnh Bắc Ninh",
    facilityCode: "27001",
    validFrom: "2026-01-01",
    validTo: "2026-12-31",
    issuedOn: "2025-12-20",
    managementCode: null,
    guardianName: null,
    fiveYearsFrom: "2012-04-01",
    issuingPlace: null,
  },
  {
    number: "0101234570",
    fullName: "Phạm Văn Dũng",
    birthDate: "10/02/1962",
    sex: "male",
    address: "Số 1 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội | tầng 2 $",
    facilityCode: "01013",
    validFrom: "2022-09-01",
    validTo: null,
    issuedOn: "2022-09-01",
    managementCode: "0101",
    guardianName: null,
    fiveYearsFrom: "2015-01-01",
    issuingPlace: "Quận Hoàn Kiếm, Thành phố Hà Nội",
  },
];

describe("cardQrPayload", () => {
  it("writes the 2023 sample's layout: hex UTF-8 text, dd/MM/yyyy, 'TT - BBB', '-' for the unknown fields, '$'", () => {
    const fields = [
      "0111077012",
      "4e677579e1bb856e205469e1babf6e20c490e1baa174",
      "29/03/1988",
      "1",
      "-",
      "01 - C54",
      "01/07/2023",
      "-",
      "31/07/2023",
      "01050111077012",
      "-",
      "-",
      "01/10/2027",
      "-",
      "-",
      hex("Quận Cầu Giấy, Thành phố Hà Nội"),
    ];
    expect(cardQrPayload(SAMPLE_2023_DATA)).toBe(`${fields.join("|")}$`);
  });

  it("writes names in NFC whatever form they come in, as lower-case hex", () => {
    const nfd = { ...SAMPLE_2023_DATA, fullName: "Nguyễn Tiến Đạt".normalize("NFD") };
    const payload = cardQrPayload(nfd);
    expect(payload.split("|")[1]).toBe(hex("Nguyễn Tiến Đạt".normalize("NFC")));
    expect(payload.split("|")[1]).toMatch(/^[0-9a-f]+$/);
    expect(payload).toBe(cardQrPayload(SAMPLE_2023_DATA));
  });

  it("refuses data that cannot be on a card", () => {
    expect(() => cardQrPayload({ ...SAMPLE_2023_DATA, number: "12345" })).toThrow(RangeError);
    expect(() => cardQrPayload({ ...SAMPLE_2023_DATA, facilityCode: "0128" })).toThrow(RangeError);
    expect(() => cardQrPayload({ ...SAMPLE_2023_DATA, validFrom: "2023-02-30" })).toThrow(RangeError);
    expect(() => cardQrPayload({ ...SAMPLE_2023_DATA, birthDate: "31/02/1988" })).toThrow(RangeError);
    expect(() => cardQrPayload({ ...SAMPLE_2023_DATA, fullName: "  " })).toThrow(RangeError);
    expect(() => cardQrPayload({ ...SAMPLE_2023_DATA, managementCode: "01|05" })).toThrow(RangeError);
  });
});

describe("parseCardQr", () => {
  it.each(cards.map((card) => [card.fullName, card] as const))(
    "round-trips the card of %s",
    (_name, card) => {
      expect(parseCardQr(cardQrPayload(card))).toEqual({ ok: true, value: card });
    },
  );

  it("reads the real 2023 payload shape, ignoring fields 11, 13 and 14 and the leading space of field 12", () => {
    expect(parseCardQr(`${SAMPLE_2023}$`)).toEqual({ ok: true, value: SAMPLE_2023_DATA });
  });

  it("reads the old-template payload (15-character code, hex address, fields after the issue date missing)", () => {
    expect(parseCardQr(`${SAMPLE_2019}$`)).toEqual({
      ok: true,
      value: {
        number: "HS4010120878837",
        fullName: "Vũ Xuân Minh",
        birthDate: "07/09/2008",
        sex: "male",
        address: "Số 12 ngõ 34 phố Nguyễn Trãi, Thanh Xuân, Hà Nội",
        facilityCode: "01028",
        validFrom: "2019-01-24",
        validTo: null,
        issuedOn: "2019-01-24",
        managementCode: null,
        guardianName: null,
        fiveYearsFrom: null,
        issuingPlace: null,
      },
    });
  });

  it("tolerates what scanners add: CR/LF, NUL padding, a missing '$', one-digit dates, trailing noise", () => {
    const expected = { ok: true, value: SAMPLE_2023_DATA };
    expect(parseCardQr(`${SAMPLE_2023}$\r\n`)).toEqual(expected);
    expect(parseCardQr(`${SAMPLE_2023}$\n`)).toEqual(expected);
    expect(parseCardQr(`${SAMPLE_2023}$\x00\x00\x00\x00`)).toEqual(expected);
    expect(parseCardQr(`\x00\x00${SAMPLE_2023}$\x00garbage`)).toEqual(expected);
    expect(parseCardQr(`${SAMPLE_2023.slice(0, 60)}\r\n${SAMPLE_2023.slice(60)}$`)).toEqual(expected);
    expect(parseCardQr(SAMPLE_2023)).toEqual(expected);
    expect(parseCardQr(`  ${SAMPLE_2023}$ \r\n`)).toEqual(expected);
    expect(parseCardQr(`${SAMPLE_2023}|extra|fields$`)).toEqual(expected);
    expect(parseCardQr(SAMPLE_2023.replace("01/07/2023", "1/7/2023"))).toEqual(expected);
  });

  it("takes a plain-text name as written (some cards are said to carry one) and decodes upper-case hex", () => {
    const plain = SAMPLE_2023.replace(hex("Nguyễn Tiến Đạt"), "Nguyễn Tiến Đạt");
    expect(parseCardQr(plain)).toMatchObject({ ok: true, value: { fullName: "Nguyễn Tiến Đạt" } });
    const upper = SAMPLE_2023.replace(hex("Nguyễn Tiến Đạt"), hex("Nguyễn Tiến Đạt").toUpperCase());
    expect(parseCardQr(upper)).toMatchObject({ ok: true, value: { fullName: "Nguyễn Tiến Đạt" } });
  });

  it("returns NFC text even from hex of decomposed text", () => {
    const nfd = SAMPLE_2023.replace(hex("Nguyễn Tiến Đạt"), hex("Nguyễn Tiến Đạt".normalize("NFD")));
    expect(parseCardQr(nfd)).toMatchObject({
      ok: true,
      value: { fullName: "Nguyễn Tiến Đạt".normalize("NFC") },
    });
  });

  it("drops optional free text it cannot decode instead of showing bytes", () => {
    const fields = SAMPLE_2023.split("|");
    fields[15] = "c3"; // a lone lead byte: not UTF-8
    expect(parseCardQr(fields.join("|"))).toMatchObject({ ok: true, value: { issuingPlace: null } });
  });

  it("recognises a CCCD QR and refuses it with a clear message", () => {
    const cccd7 =
      "079085000123|025085000111|Nguyễn Văn An|15031985|Nam|12 Lê Lợi, Bến Thành, TP Hồ Chí Minh|01022021";
    const result = parseCardQr(cccd7);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "card_qr.cccd",
        vi: "Đây là mã QR của thẻ căn cước (CCCD), không phải thẻ BHYT. Hãy quét mã QR trên thẻ BHYT hoặc trong ứng dụng.",
        en: "This is the QR code of a citizen ID card (CCCD), not of a health insurance card. Scan the QR code on the health insurance card or in the app.",
      },
    });
    const cccd11 = `${cccd7}|Nguyễn Văn Bình|Lê Thị Cúc||\r\n`;
    expect(cccd11.split("|")).toHaveLength(11);
    expect(parseCardQr(cccd11)).toMatchObject({ ok: false, error: { code: "card_qr.cccd" } });
  });

  const malformed: [string, string, string][] = [
    ["empty", "", "card_qr.required"],
    ["only NULs and line breaks", "\x00\r\n\x00", "card_qr.required"],
    ["a web address", "https://baohiemxahoi.gov.vn", "card_qr.number"],
    ["a short number", SAMPLE_2023.replace("0111077012", "011107701"), "card_qr.number"],
    ["a lower-case code", SAMPLE_2019.replace("HS4", "hs4"), "card_qr.number"],
    ["too few fields", "0111077012|4e6775|29/03/1988|1$", "card_qr.incomplete"],
    ["an empty name", SAMPLE_2023.replace(hex("Nguyễn Tiến Đạt"), "-"), "card_qr.name"],
    ["a name that is not UTF-8", SAMPLE_2023.replace(hex("Nguyễn Tiến Đạt"), "ff00ff"), "card_qr.name"],
    ["an impossible birth date", SAMPLE_2023.replace("29/03/1988", "30/02/1988"), "card_qr.birth_date"],
    ["an unknown sex", SAMPLE_2023.replace("|1|-|", "|3|-|"), "card_qr.sex"],
    ["a bad facility", SAMPLE_2023.replace("01 - C54", "00 - C54"), "card_qr.facility_code"],
    ["a bad start date", SAMPLE_2023.replace("01/07/2023", "2023-07-01"), "card_qr.valid_from"],
    ["a bad end date", SAMPLE_2023.replace("|01/07/2023|-|", "|01/07/2023|31/13/2024|"), "card_qr.valid_to"],
    [
      "an end before the start",
      SAMPLE_2023.replace("|01/07/2023|-|", "|01/07/2023|30/06/2023|"),
      "card_qr.valid_to",
    ],
    ["a bad issue date", SAMPLE_2023.replace("31/07/2023", "31/07"), "card_qr.issued_on"],
    ["a bad 5-year date", SAMPLE_2023.replace(" 01/10/2027", "x"), "card_qr.five_years_from"],
  ];

  it.each(malformed)("refuses %s with a bilingual error", (_what, text, code) => {
    const result = parseCardQr(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.vi).not.toBe("");
    expect(result.error.en).not.toBe("");
    expect(result.error.vi).not.toBe(result.error.en);
  });

  it("never throws, whatever it is given", () => {
    const payload = cardQrPayload(cards[1] as CardQrData);
    const noise = ["", "|", "$", "\x00", "-", "ÿ", "\uFFFD", "9", "a", " ", "\uD800"];
    for (let i = 0; i <= payload.length; i++) {
      for (const c of noise) {
        expect(() => parseCardQr(payload.slice(0, i) + c + payload.slice(i + 1))).not.toThrow();
      }
      expect(() => parseCardQr(payload.slice(0, i))).not.toThrow();
    }
  });
});
