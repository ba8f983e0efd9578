import {
  boolean,
  char,
  date,
  doublePrecision,
  index,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { nameSortKey } from "./columns";

/**
 * Reference data that changes with the law. Every row names the legal document it comes from and the
 * dates it is in force, so a figure can be corrected or superseded without touching code.
 */
const legalSource = {
  effectiveFrom: date("effective_from").notNull(),
  effectiveTo: date("effective_to"),
  legalDocument: text("legal_document").notNull(),
  /** V = checked against the primary text, C = corroborated, U = unconfirmed (see docs/reference.md). */
  confidence: char("confidence", { length: 1 }).notNull(),
};

/** Old (63, pre-07/2025) and new (34) provinces side by side: identifiers keep using the old codes. */
export const province = pgTable(
  "province",
  {
    kind: text("kind", { enum: ["old", "new"] }).notNull(),
    code: char("code", { length: 2 }).notNull(),
    name: text("name").notNull(),
    /** For an old province: the new province it was merged into on 01/07/2025. */
    mergedInto: char("merged_into", { length: 2 }),
    ...legalSource,
  },
  (t) => [primaryKey({ columns: [t.kind, t.code] })],
);

/** Numeric series: base salary, regional minimum wage per region, contribution rates per fund, … */
export const referenceValue = pgTable(
  "reference_value",
  {
    series: text("series").notNull(),
    key: text("key").notNull(),
    value: numeric("value", { precision: 16, scale: 4 }).notNull(),
    ...legalSource,
  },
  (t) => [primaryKey({ columns: [t.series, t.key, t.effectiveFrom] })],
);

export const healthInsuranceGroup = pgTable("health_insurance_group", {
  code: char("code", { length: 2 }).primaryKey(),
  nameVi: text("name_vi").notNull(),
  payerGroup: text("payer_group").notNull(),
});

/** Benefit level of a group code over time (CN and LH changed on 01/01/2026). */
export const healthInsuranceGroupLevel = pgTable(
  "health_insurance_group_level",
  {
    groupCode: char("group_code", { length: 2 })
      .notNull()
      .references(() => healthInsuranceGroup.code),
    level: smallint("level").notNull(),
    ...legalSource,
  },
  (t) => [primaryKey({ columns: [t.groupCode, t.effectiveFrom] })],
);

export const office = pgTable("office", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  nameSortKey: nameSortKey(),
  level: text("level", { enum: ["province", "grassroots"] }).notNull(),
  parentCode: text("parent_code"),
  provinceCode: char("province_code", { length: 2 }).notNull(),
  address: text("address").notNull(),
  phone: text("phone").notNull(),
  email: text("email").notNull(),
});

export const icd10Code = pgTable("icd10_code", {
  code: text("code").primaryKey(),
  nameVi: text("name_vi").notNull(),
});

const place = {
  /** New (34-list) province of the place. */
  provinceCode: char("province_code", { length: 2 }).notNull(),
  commune: text("commune").notNull(),
  address: text("address").notNull(),
  latitude: doublePrecision("latitude").notNull(),
  longitude: doublePrecision("longitude").notNull(),
};

export const medicalFacility = pgTable(
  "medical_facility",
  {
    /** 5 characters: old 2-digit province code + 3 alphanumerics, as printed on cards ("01 - 028"). */
    code: char("code", { length: 5 }).primaryKey(),
    name: text("name").notNull(),
    nameFolded: text("name_folded").notNull(),
    nameSortKey: nameSortKey(),
    /** Levels of the 2024 Health Insurance Law: initial, basic, specialised. */
    level: text("level", { enum: ["initial", "basic", "specialised"] }).notNull(),
    issuesSickLeave: boolean("issues_sick_leave").notNull(),
    ...place,
  },
  // The public look-up by name: substrings and small typos of the folded name (pg_trgm).
  (t) => [index("medical_facility_name_trgm_idx").using("gin", t.nameFolded.op("gin_trgm_ops"))],
);

export const collectionPoint = pgTable(
  "collection_point",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull().unique(),
    kind: text("kind", { enum: ["point", "agent"] }).notNull(),
    name: text("name").notNull(),
    nameFolded: text("name_folded").notNull(),
    nameSortKey: nameSortKey(),
    officeCode: text("office_code")
      .notNull()
      .references(() => office.code),
    phone: text("phone").notNull(),
    ...place,
  },
  (t) => [
    index("collection_point_name_trgm_idx").using("gin", t.nameFolded.op("gin_trgm_ops")),
    // "Gần tôi": the bounding box around the person narrows the rows before any distance is computed.
    index("collection_point_position_idx").on(t.latitude, t.longitude),
  ],
);
