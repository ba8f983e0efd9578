import { healthInsuranceGroup } from "@ansinh/domain";
import { z } from "zod";
import type { CardView } from "../../use-cases/records/read-card";
import { asOf, bilingual, bilingualText, isoDate, named, nameOf } from "./record-shapes.types";

export const cardFields = z.object({
  cardNumber: z.string().describe("10 digits: the BHXH number (2021 template)"),
  cardCode: z.string().describe("The 15-character code: group, printed level, province, BHXH number"),
  groupCode: z.string(),
  groupName: bilingualText,
  printedLevel: z.number().int().describe("The digit printed on the card; entitlement is levelToday"),
  levelToday: z.number().int().describe("Benefit level today, from the group code and the date"),
  percentToday: z.number().describe("Share the fund pays today at the registered facility, in percent"),
  rules: z.array(bilingualText).describe("The coverage rules for this person today, in plain words"),
  facility: named.describe("Registered primary-care facility"),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  fiveYearsFrom: isoDate.nullable().describe("Date of 5 consecutive years of participation"),
  issuedOn: isoDate,
  status: z.enum(["active", "expired", "replaced", "revoked"]),
  statusToday: z.enum(["valid", "expired", "not_yet_valid"]),
  qr: z.string().describe("The text of the card's QR code"),
  holder: z.object({
    fullName: z.string(),
    birthDate: isoDate.nullable(),
    birthYear: z.number().int(),
    sex: z.enum(["male", "female"]),
    address: z.string(),
  }),
});

export const cardResponse = z.object({ asOf, card: cardFields.nullable() });

export const childCardParams = z.object({
  bhxhNumber: z
    .string()
    .regex(/^\d{10}$/, bilingual("Mã số BHXH gồm 10 chữ số", "The social insurance number has 10 digits")),
});

export function presentCard(view: CardView["card"]): z.infer<typeof cardFields> | null {
  if (!view) return null;
  const { stored: card, today } = view;
  const group = healthInsuranceGroup(card.groupCode.trim());
  const groupVi = card.groupNameVi ?? group?.nameVi ?? card.groupCode;
  const h = card.holder;
  return {
    cardNumber: card.cardNumber,
    cardCode: card.cardCode,
    groupCode: card.groupCode,
    groupName: { vi: groupVi, en: group?.nameEn ?? groupVi },
    printedLevel: card.printedLevel,
    levelToday: today.levelToday,
    percentToday: today.percentToday,
    rules: today.rules.map((r) => ({ vi: r.vi, en: r.en })),
    facility: nameOf(card.facilityCode, card.facilityName),
    validFrom: card.validFrom,
    validTo: card.validTo,
    fiveYearsFrom: card.fiveYearsFrom,
    issuedOn: card.issuedOn,
    status: card.status,
    statusToday: today.statusToday,
    qr: today.qr,
    holder: {
      fullName: h.fullName,
      birthDate: h.birthDate,
      birthYear: h.birthYear,
      sex: h.sex,
      address: [h.addressLine, h.commune, h.provinceName].filter(Boolean).join(", "),
    },
  };
}
