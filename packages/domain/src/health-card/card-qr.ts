import { formatBirthDate, parseBirthDate } from "../calendar/birth-date";
import { formatDate } from "../calendar/format-date";
import { type IsoDate, isIsoDate } from "../calendar/iso-date";
import { parseDate } from "../calendar/parse-date";
import { formatFacilityCode, parseFacilityCode } from "../identifiers/facility-code";
import { fail, ok, type Parsed } from "../parsed";

/**
 * The data in the QR code of a BHYT card (layout reconstructed in the reference, §2; no official
 * specification is published). Free text is kept in NFC.
 */
export interface CardQrData {
  /** 10-digit mã số BHXH (2021 template) or the 15-character card code (older cards). */
  number: string;
  fullName: string;
  /** "dd/MM/yyyy", or "yyyy" (or "MM/yyyy") when only that is recorded. */
  birthDate: string;
  sex: "male" | "female";
  address: string | null;
  /** Registered primary-care facility, compact 5 characters: "01C54". */
  facilityCode: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  issuedOn: IsoDate;
  /** Field 9, apparently issuing-office code + mã số BHXH; meaning unconfirmed. */
  managementCode: string | null;
  /** Parent or guardian (children's cards). */
  guardianName: string | null;
  /** "Ngày đủ 5 năm liên tục". */
  fiveYearsFrom: IsoDate | null;
  /** Where the card was issued or renewed. */
  issuingPlace: string | null;
}

const SEPARATOR = "|";
const TERMINATOR = "$";
const EMPTY = "-";
/** Fields 0–8 (number … issue date) are on every card seen; the rest may be missing on old cards. */
const REQUIRED_FIELDS = 9;
const FIELD_COUNT = 16;
const NUMBER = /^\d{10}$|^[A-Z]{2}\d{13}$/;
const MANAGEMENT_CODE = /^[0-9A-Za-z]{1,30}$/;

/**
 * Writes the QR text of a card: 16 `|`-separated fields and `$`. Free text (name, address,
 * guardian, issuing place) as lower-case hex of its UTF-8 bytes (NFC), dates dd/MM/yyyy, `-` for an
 * empty field, the facility as "TT - BBB". Fields 11, 13 and 14, whose meaning is unknown (13 looks
 * like a VSS signature), are written as `-`. Throws RangeError on data that cannot be a card.
 */
export function cardQrPayload(data: CardQrData): string {
  if (!NUMBER.test(data.number)) throw new RangeError(`Not a card number: "${data.number}"`);
  const birth = parseBirthDate(data.birthDate);
  if (!birth.ok) throw new RangeError(`Not a birth date: "${data.birthDate}"`);
  const name = data.fullName.normalize("NFC").trim();
  if (name === "") throw new RangeError("The full name is empty");
  if (data.managementCode !== null && !MANAGEMENT_CODE.test(data.managementCode)) {
    throw new RangeError(`Not a management code: "${data.managementCode}"`);
  }
  const fields = [
    data.number,
    hexOf(name),
    formatBirthDate(birth.value),
    data.sex === "male" ? "1" : "2",
    optionalHex(data.address),
    formatFacilityCode(data.facilityCode),
    qrDate(data.validFrom),
    data.validTo === null ? EMPTY : qrDate(data.validTo),
    qrDate(data.issuedOn),
    data.managementCode ?? EMPTY,
    optionalHex(data.guardianName),
    EMPTY,
    data.fiveYearsFrom === null ? EMPTY : qrDate(data.fiveYearsFrom),
    EMPTY,
    EMPTY,
    optionalHex(data.issuingPlace),
  ];
  return fields.join(SEPARATOR) + TERMINATOR;
}

/**
 * Reads the text of a scanned BHYT card QR. Tolerates what scanners add: NUL padding (the text
 * before the first NUL is read), CR/LF, a missing `$`, spaces around fields, one-digit day or month
 * in dates. Accepts the 10-digit and the 15-character card number. Hex text is decoded only when it
 * is even-length hex of valid UTF-8; other text is taken as written. A citizen-ID (CCCD) QR is
 * recognised and refused. Unknown fields (11, 13, 14) are ignored. Never throws.
 */
export function parseCardQr(text: string): Parsed<CardQrData> {
  const content = (text.split("\x00").find((part) => part.trim() !== "") ?? "").replace(/[\r\n]/g, "").trim();
  if (content === "") {
    return fail("card_qr.required", "Mã QR không có nội dung", "The QR code is empty");
  }
  const end = content.indexOf(TERMINATOR);
  const fields = (end === -1 ? content : content.slice(0, end)).split(SEPARATOR).map((f) => f.trim());
  const [number = ""] = fields;

  if (/^\d{12}$/.test(number) && (fields.length === 7 || fields.length === 11)) {
    return fail(
      "card_qr.cccd",
      "Đây là mã QR của thẻ căn cước (CCCD), không phải thẻ BHYT. Hãy quét mã QR trên thẻ BHYT hoặc trong ứng dụng.",
      "This is the QR code of a citizen ID card (CCCD), not of a health insurance card. Scan the QR code on the health insurance card or in the app.",
    );
  }
  if (!NUMBER.test(number)) {
    return fail(
      "card_qr.number",
      "Mã QR không phải của thẻ BHYT: phần đầu phải là mã số BHXH 10 chữ số hoặc mã thẻ 15 ký tự",
      "This is not a health insurance card QR code: it must start with the 10-digit social insurance number or the 15-character card code",
    );
  }
  if (fields.length < REQUIRED_FIELDS) {
    return fail(
      "card_qr.incomplete",
      `Mã QR thẻ BHYT thiếu thông tin (có ${fields.length} trường, cần ít nhất ${REQUIRED_FIELDS})`,
      `The health insurance card QR code is incomplete (${fields.length} fields, at least ${REQUIRED_FIELDS} needed)`,
    );
  }
  const field = (i: number): string => (i < FIELD_COUNT ? (fields[i] ?? "") : "");

  const fullName = optionalText(field(1));
  if (fullName === null) {
    return fail(
      "card_qr.name",
      "Không đọc được họ tên trong mã QR; hãy tra cứu thẻ trực tuyến",
      "The name in the QR code cannot be read; look the card up online",
    );
  }
  const birth = parseBirthDate(field(2));
  if (!birth.ok) return fieldFail("birth_date", "ngày sinh", "date of birth", field(2));
  const sex = field(3) === "1" ? "male" : field(3) === "2" ? "female" : undefined;
  if (sex === undefined) return fieldFail("sex", "giới tính", "sex", field(3));
  const facility = parseFacilityCode(field(5));
  if (!facility.ok)
    return fieldFail("facility_code", "nơi đăng ký khám chữa bệnh ban đầu", "facility", field(5));
  const validFrom = parseDate(field(6));
  if (!validFrom.ok) return fieldFail("valid_from", "ngày thẻ có giá trị từ", "valid-from date", field(6));
  const validTo = optionalDate(field(7));
  if (validTo === undefined) return fieldFail("valid_to", "ngày thẻ hết giá trị", "valid-to date", field(7));
  if (validTo !== null && validTo < validFrom.value) {
    return fail(
      "card_qr.valid_to",
      "Trong mã QR, ngày hết giá trị của thẻ đứng trước ngày bắt đầu",
      "In the QR code the card's end date is before its start date",
    );
  }
  const issuedOn = parseDate(field(8));
  if (!issuedOn.ok) return fieldFail("issued_on", "ngày cấp thẻ", "issue date", field(8));
  const fiveYearsFrom = optionalDate(field(12));
  if (fiveYearsFrom === undefined) {
    return fieldFail("five_years_from", "ngày đủ 5 năm liên tục", "date of 5 consecutive years", field(12));
  }
  const management = field(9);

  return ok({
    number,
    fullName,
    birthDate: formatBirthDate(birth.value),
    sex,
    address: optionalText(field(4)),
    facilityCode: facility.value.value,
    validFrom: validFrom.value,
    validTo,
    issuedOn: issuedOn.value,
    managementCode: MANAGEMENT_CODE.test(management) ? management : null,
    guardianName: optionalText(field(10)),
    fiveYearsFrom,
    issuingPlace: optionalText(field(15)),
  });
}

function fieldFail(key: string, vi: string, en: string, value: string) {
  const quoted = `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  const shown = value === "" ? "trống" : quoted;
  const shownEn = value === "" ? "empty" : quoted;
  return fail(
    `card_qr.${key}`,
    `Mã QR thẻ BHYT có ${vi} không đúng (${shown})`,
    `The health insurance card QR code has an invalid ${en} (${shownEn})`,
  );
}

function qrDate(date: IsoDate): string {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date (yyyy-MM-dd): "${date}"`);
  return formatDate(date);
}

/** "-" or nothing → null; a date → its ISO form; anything else → undefined. */
function optionalDate(value: string): IsoDate | null | undefined {
  if (value === "" || value === EMPTY) return null;
  const parsed = parseDate(value);
  return parsed.ok ? parsed.value : undefined;
}

function optionalHex(text: string | null): string {
  const value = text?.normalize("NFC").trim() ?? "";
  return value === "" ? EMPTY : hexOf(value);
}

function optionalText(value: string): string | null {
  if (value === "" || value === EMPTY) return null;
  return decodeText(value);
}

const utf8 = new TextEncoder();
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** Every card response carries its QR payload, so this is on the card endpoint's path: no per-byte strings. */
function hexOf(text: string): string {
  let hex = "";
  for (const byte of utf8.encode(text)) hex += HEX_BYTES[byte];
  return hex;
}

/**
 * Free text from the QR: hex of UTF-8 when it is even-length hex that decodes to valid UTF-8, else
 * the text as written (some cards are said to carry plain text); null when hex does not decode or
 * the result is empty or holds control characters.
 */
function decodeText(value: string): string | null {
  let text = value;
  if (/^(?:[0-9a-fA-F]{2})+$/.test(value)) {
    const bytes = new Uint8Array(value.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(value.slice(2 * i, 2 * i + 2), 16);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  const clean = text.normalize("NFC").trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (clean === "" || /[\x00-\x1f\x7f]/.test(clean)) return null;
  return clean;
}
