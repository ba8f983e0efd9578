import { z } from "zod";
import type { IsoDate } from "../calendar/iso-date";
import { voluntaryIncomeBounds } from "../contributions/voluntary-contribution";
import data from "../reference/data/public-services.json" with { type: "json" };
import { type LocalText, type ServiceField, serviceFieldKinds } from "./service-fields";

/** What completing a request changes; the API runs the matching effect. */
export type ServiceEffect =
  | "reissue_book"
  | "reissue_card"
  | "child_account"
  | "change_benefit_receipt"
  | "authorise_collector"
  | "renew_household_card"
  | "pay_voluntary"
  | "none";

/** Who may use a service; the API decides from the person's records whether they belong. */
export type ServiceAudience = "everyone" | "benefit_recipient" | "parent_of_minor" | "household_member";

export interface ServiceDefinition {
  code: string;
  name: LocalText;
  description: LocalText;
  audience: ServiceAudience;
  fields: ServiceField[];
  documents: { code: string; name: LocalText; required: boolean }[];
  /** Processing time: the deadline is this many working days after submission. */
  workingDays: number;
  effect: ServiceEffect;
  /** Paid services are completed by the payment, not by an officer. */
  payment: "household_renewal" | "voluntary_contribution" | null;
  legalBasis: string;
  confidence: "V" | "C" | "U";
}

const localText = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** One question as the catalogue writes it; the API describes its answers with the same schema. */
export const serviceFieldSchema = z.strictObject({
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  kind: z.enum(serviceFieldKinds),
  label: localText,
  help: localText.optional(),
  required: z.boolean(),
  options: z
    .array(z.strictObject({ value: z.string().min(1), label: localText }))
    .min(2)
    .optional(),
  monthOptions: z.array(z.number().int().positive()).min(1).optional(),
  min: z.number().int().nonnegative().optional(),
  max: z.number().int().positive().optional(),
  maxLength: z.number().int().positive().optional(),
  withinMonths: z.number().int().positive().optional(),
  when: z.strictObject({ field: z.string(), equals: z.array(z.string()).min(1) }).optional(),
});

const service = z
  .strictObject({
    code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    name: localText,
    description: localText,
    audience: z.enum(["everyone", "benefit_recipient", "parent_of_minor", "household_member"]),
    fields: z.array(serviceFieldSchema),
    documents: z.array(z.strictObject({ code: z.string().min(1), name: localText, required: z.boolean() })),
    workingDays: z.number().int().positive(),
    effect: z.enum([
      "reissue_book",
      "reissue_card",
      "child_account",
      "change_benefit_receipt",
      "authorise_collector",
      "renew_household_card",
      "pay_voluntary",
      "none",
    ]),
    payment: z.enum(["household_renewal", "voluntary_contribution"]).nullable(),
    legalBasis: z.string().min(5),
    confidence: z.enum(["V", "C", "U"]),
  })
  .superRefine((definition, ctx) => {
    for (const problem of formProblems(definition.fields)) {
      ctx.addIssue({ code: "custom", message: `${definition.code}: ${problem}` });
    }
  });

/**
 * What the shape alone cannot say about a form. The answers schema relies on each of these: it reads
 * fields in order (a `when` must look back at a choice it can compare with), and a choice or months
 * question without its options could never be answered.
 */
function formProblems(fields: readonly ServiceField[]): string[] {
  const problems: string[] = [];
  fields.forEach((f, index) => {
    if (fields.findIndex((other) => other.name === f.name) !== index) problems.push(`field ${f.name} twice`);
    if ((f.kind === "choice") !== (f.options !== undefined))
      problems.push(`${f.name}: options go with choice`);
    if ((f.kind === "months") !== (f.monthOptions !== undefined))
      problems.push(`${f.name}: monthOptions go with months`);
    if (f.withinMonths !== undefined && f.kind !== "date")
      problems.push(`${f.name}: withinMonths is for dates`);
    if (f.when === undefined) return;
    const { field: controller, equals } = f.when;
    const earlier = fields.slice(0, index).find((other) => other.name === controller);
    const values = earlier?.options?.map((o) => o.value) ?? earlier?.monthOptions?.map(String) ?? [];
    if (!equals.every((value) => values.includes(value))) {
      problems.push(`${f.name}: when must name values of an earlier choice or months field`);
    }
  });
  return problems;
}

const catalogueFile = z.object({ services: z.array(service) }).superRefine(({ services }, ctx) => {
  const codes = services.map((s) => s.code);
  if (new Set(codes).size !== codes.length)
    ctx.addIssue({ code: "custom", message: "duplicate service code" });
});

/**
 * Checks a catalogue file (the shape, and the form rules of formProblems); throws a ZodError naming
 * the service at fault.
 */
export function parseServiceCatalogue(file: unknown): ServiceDefinition[] {
  return catalogueFile.parse(file).services;
}

/**
 * The public services, in the order the citizen app lists them. The file is edited by hand, so it is
 * checked when loaded: a mistake stops the app at start-up instead of showing a form nobody can fill in.
 */
export const serviceCatalogue: readonly ServiceDefinition[] = parseServiceCatalogue(data);

export function serviceByCode(code: string): ServiceDefinition | undefined {
  return serviceCatalogue.find((definition) => definition.code === code);
}

/**
 * A service's fields with the bounds that depend on the day filled in: the voluntary income lies
 * between the rural poverty line and the BHXH cap in force (voluntaryIncomeBounds), which the data
 * file cannot hold because both change with the law.
 */
export function serviceFieldsOn(definition: ServiceDefinition, date: IsoDate): ServiceField[] {
  if (definition.payment !== "voluntary_contribution") return definition.fields;
  const bounds = voluntaryIncomeBounds(date);
  return definition.fields.map((f) => (f.kind === "money" ? { ...f, ...bounds } : f));
}
