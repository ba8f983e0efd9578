import {
  findCurrentCardGroup,
  findVoluntaryHistory,
  listHouseholdCards,
  type ServiceRequestRow,
  type SqlRunner,
} from "@ansinh/db";
import {
  addDays,
  addMonths,
  daysInMonth,
  firstDayOf,
  householdRenewalQuote,
  type IsoDate,
  isoDateOf,
  isoDateParts,
  type SupportCategory,
  serviceByCode,
  voluntaryQuote,
  voluntaryRateAt,
  voluntaryStateSupportAt,
  type YearMonth,
  ymOf,
} from "@ansinh/domain";
import { z } from "zod";
import { cannotQuote, nothingToRenew, notPayable } from "./payment-errors";

/**
 * What a paid request buys and what it costs, worked out on the server from the registry and the
 * request's answers — never from an amount the browser sends. The start of a payment prices it; the
 * confirmation's effect applies it, reading the registry again in its transaction.
 */
interface RenewedCard {
  personId: string;
  cardId: string;
  /** ISO date the card runs to after the renewal. */
  validTo: IsoDate;
}

interface VoluntaryMonths {
  /** "yyyy-MM", inclusive. */
  fromMonth: YearMonth;
  toMonth: YearMonth;
  income: number;
  /** Percent as the ledger writes it, e.g. "22.000". */
  rate: string;
  /** Per month. */
  participantPays: number;
  stateSupport: number;
}

const monthsAnswer = z.number().int().min(1).max(60);
const householdAnswers = z.object({ months: monthsAnswer });
const voluntaryAnswers = z.object({ months: monthsAnswer, income: z.number().int().positive() });

type PricedRequest = Pick<ServiceRequestRow, "personId" | "serviceCode" | "answers">;

/** The amount a paid request costs today (whole đồng). */
export async function paymentAmount(db: SqlRunner, request: PricedRequest, today: IsoDate): Promise<number> {
  const payment = serviceByCode(request.serviceCode)?.payment;
  if (payment === "household_renewal") return (await householdRenewalCover(db, request, today)).amount;
  if (payment === "voluntary_contribution") return (await voluntaryCover(db, request, today)).amount;
  throw notPayable();
}

/**
 * Household health insurance: every member of the person's household whose card has an end date
 * (active or run out) is renewed together, each card by the months chosen from the day after it ends
 * (or from today when it has already lapsed). Members are priced in order with the household discount.
 */
export async function householdRenewalCover(
  db: SqlRunner,
  request: Pick<ServiceRequestRow, "personId" | "answers">,
  today: IsoDate,
  options: { forUpdate?: boolean } = {},
): Promise<{ amount: number; cards: RenewedCard[] }> {
  const { months } = parseAnswers(householdAnswers, request.answers);
  const cards = (await listHouseholdCards(db, request.personId, options)).flatMap((card) =>
    card.validTo === null ? [] : [{ ...card, validTo: card.validTo }],
  );
  if (cards.length === 0) throw nothingToRenew();
  const starts = cards.map((card) => renewalStart(card.validTo, today));
  // ISO dates sort as text: the first is the earliest start.
  const from = [...starts].sort()[0] ?? today;
  const quote = quoted(() => householdRenewalQuote({ memberCount: cards.length, months, from }));
  return {
    amount: quote.total,
    cards: cards.map((card, i) => ({
      personId: card.personId,
      cardId: card.cardId,
      validTo: addDays(addMonthsToDate(starts[i] ?? today, months), -1),
    })),
  };
}

/**
 * Voluntary BHXH: the months chosen, from the month after the last one paid (or this month), at the
 * chosen income, less the State's support for the person's category while the person has supported
 * months left. The category comes from the person's health insurance card group: HN (poor household)
 * or CN (near-poor); anyone else gets the general support.
 */
export async function voluntaryCover(
  db: SqlRunner,
  request: Pick<ServiceRequestRow, "personId" | "answers">,
  today: IsoDate,
): Promise<{ amount: number; periods: VoluntaryMonths[] }> {
  const { months, income } = parseAnswers(voluntaryAnswers, request.answers);
  const history = await findVoluntaryHistory(db, request.personId);
  const thisMonth = ymOf(today);
  const lastPaid = history.lastPaidMonth;
  const from = firstDayOf(lastPaid && lastPaid >= thisMonth ? addMonths(lastPaid, 1) : thisMonth);
  const category = supportCategoryOf(await findCurrentCardGroup(db, request.personId));
  const quote = quoted(() => {
    const supportMonthsLeft = Math.max(
      0,
      voluntaryStateSupportAt(category, from).maxMonths - history.supportedMonths,
    );
    return voluntaryQuote({ income, months, from, category, supportMonthsLeft });
  });
  return {
    amount: quote.participantPays,
    periods: runsOfEqualMonths(
      quote.months.map((m) => ({
        month: m.month,
        income,
        rate: voluntaryRateAt(firstDayOf(m.month)).toFixed(3),
        participantPays: m.participantPays,
        stateSupport: m.stateSupport,
      })),
    ),
  };
}

export function supportCategoryOf(groupCode: string | null): SupportCategory {
  if (groupCode === "HN") return "poor";
  if (groupCode === "CN") return "nearPoor";
  return "other";
}

/** A card that ran out is renewed from today; one still running, from the day after it ends. */
export function renewalStart(validTo: IsoDate, today: IsoDate): IsoDate {
  const next = addDays(validTo, 1);
  return next > today ? next : today;
}

/** The same day `months` later, or the month's last day when it is shorter (31/01 + 1 → 28/02). */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  const { day } = isoDateParts(date);
  const target = isoDateParts(firstDayOf(addMonths(ymOf(date), months)));
  return isoDateOf({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

type PricedMonth = Omit<VoluntaryMonths, "fromMonth" | "toMonth"> & { month: YearMonth };

/** Consecutive months of equal figures make one ledger period; a change of rate or support starts another. */
export function runsOfEqualMonths(months: readonly PricedMonth[]): VoluntaryMonths[] {
  const runs: VoluntaryMonths[] = [];
  for (const { month, ...figures } of months) {
    const last = runs.at(-1);
    const same =
      last &&
      last.rate === figures.rate &&
      last.income === figures.income &&
      last.participantPays === figures.participantPays &&
      last.stateSupport === figures.stateSupport &&
      addMonths(last.toMonth, 1) === month;
    if (same) last.toMonth = month;
    else runs.push({ fromMonth: month, toMonth: month, ...figures });
  }
  return runs;
}

function parseAnswers<T>(schema: z.ZodType<T>, answers: unknown): T {
  const parsed = schema.safeParse(answers);
  if (!parsed.success) throw cannotQuote();
  return parsed.data;
}

/** The calculators refuse what the law does not allow (RangeError): the request cannot be priced. */
function quoted<T>(quote: () => T): T {
  try {
    return quote();
  } catch (error) {
    if (error instanceof RangeError) throw cannotQuote();
    throw error;
  }
}
