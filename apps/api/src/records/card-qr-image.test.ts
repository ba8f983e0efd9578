import { type CardQrData, cardQrPayload, parseCardQr } from "@ansinh/domain";
import jsQR from "jsqr";
import QRCode from "qrcode";
import sharp from "sharp";
import { describe, expect, it } from "vitest";

// The card QR goes through a real image: drawn by `qrcode` as a PNG, decoded back to pixels by
// sharp, read by jsQR (what the citizen app and an ordinary reader do), then parsed by our parser.

const cards: CardQrData[] = [
  {
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
  },
  {
    number: "7901234569",
    fullName: "Lê Minh Khôi",
    birthDate: "02/09/2015",
    sex: "male",
    address: "123 Đường Nguyễn Thị Minh Khai, Phường Bến Thành, Thành phố Hồ Chí Minh",
    facilityCode: "79024",
    validFrom: "2025-10-01",
    validTo: "2026-09-30",
    issuedOn: "2025-09-15",
    managementCode: "79010179012345",
    guardianName: "Trần Thị Bình",
    fiveYearsFrom: null,
    issuingPlace: "Bảo hiểm xã hội Thành phố Hồ Chí Minh",
  },
];

async function readQr(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const code = jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
  );
  return code?.data;
}

describe("the card QR through a real image", () => {
  it.each(cards.map((card) => [card.fullName, card] as const))(
    "reads back the card of %s from a PNG",
    async (_name, card) => {
      const payload = cardQrPayload(card);
      const png = await QRCode.toBuffer(payload, {
        type: "png",
        errorCorrectionLevel: "M",
        margin: 4,
        scale: 4,
      });
      const decoded = await readQr(png);
      expect(decoded).toBe(payload);
      expect(parseCardQr(decoded ?? "")).toEqual({ ok: true, value: card });
    },
  );

  it("reads it back from a card-sized picture, resized and saved as JPEG", async () => {
    const card = cards[1] as CardQrData;
    const qr = await QRCode.toBuffer(cardQrPayload(card), { type: "png", margin: 2, scale: 5 });
    // sharp resizes before it composites, so the card is drawn first and scaled in a second pass.
    const drawn = await sharp({
      create: { width: 1012, height: 638, channels: 3, background: { r: 232, g: 244, b: 250 } },
    })
      .composite([{ input: qr, left: 40, top: 160 }])
      .png()
      .toBuffer();
    const picture = await sharp(drawn).resize(760).jpeg({ quality: 80 }).toBuffer();
    const decoded = await readQr(picture);
    expect(parseCardQr(decoded ?? "")).toEqual({ ok: true, value: card });
  });
});
