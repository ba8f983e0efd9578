import type { CurrentCard } from "@ansinh/db";
import {
  type BenefitLevel,
  type CardStatus,
  cardQrPayload,
  cardStatusOn,
  coverageOn,
  fundSharePercent,
  type IsoDate,
  isBenefitLevel,
} from "@ansinh/domain";
import type { Bilingual } from "../../errors/app-error";

/** What a card gives its holder today, computed from the group code and the date, never the printed digit. */
interface CardToday {
  levelToday: BenefitLevel;
  percentToday: number;
  /** The coverage rules that apply, in plain words. */
  rules: Bilingual[];
  statusToday: CardStatus;
  /** The text of the card's QR code ("" when the record cannot make one). */
  qr: string;
}

/**
 * A stored card beside what it gives on a day. Side by side rather than merged into one object: this
 * is on every card request, and copying the card's fields with spreads took about 5 µs of it.
 */
export interface CardOnDay {
  stored: CurrentCard;
  today: CardToday;
}

export function cardOnDay(card: CurrentCard, day: IsoDate): CardOnDay {
  const coverage = coverageToday(card, day);
  return {
    stored: card,
    today: {
      levelToday: coverage.levelToday,
      percentToday: coverage.percentToday,
      rules: coverage.rules,
      statusToday: cardStatusOn(card, day),
      qr: qrOf(card),
    },
  };
}

/**
 * coverageOn from the group code and today. A group code the reference data do not know keeps the
 * printed digit, with no rules to explain, rather than hiding the whole card.
 */
function coverageToday(
  card: CurrentCard,
  today: IsoDate,
): Pick<CardToday, "levelToday" | "percentToday" | "rules"> {
  try {
    const coverage = coverageOn(card.groupCode.trim(), today, { fiveYearsFrom: card.fiveYearsFrom });
    return {
      levelToday: coverage.level,
      percentToday: coverage.percent,
      rules: coverage.rules,
    };
  } catch (error) {
    if (!(error instanceof RangeError) || !isBenefitLevel(card.printedLevel)) throw error;
    return { levelToday: card.printedLevel, percentToday: fundSharePercent(card.printedLevel), rules: [] };
  }
}

/** The QR text as printed on the 2021 card template; "" for a record it cannot be made from. */
function qrOf(card: CurrentCard): string {
  const h = card.holder;
  try {
    return cardQrPayload({
      number: card.cardNumber,
      fullName: h.fullName,
      birthDate: h.birthDate ? h.birthDate.split("-").reverse().join("/") : String(h.birthYear),
      sex: h.sex,
      address: [h.addressLine, h.commune, h.provinceName].filter(Boolean).join(", ") || null,
      facilityCode: card.facilityCode,
      validFrom: card.validFrom,
      validTo: card.validTo,
      issuedOn: card.issuedOn,
      managementCode: null,
      guardianName: null,
      fiveYearsFrom: card.fiveYearsFrom,
      issuingPlace: null,
    });
  } catch (error) {
    if (error instanceof RangeError) return "";
    throw error;
  }
}
