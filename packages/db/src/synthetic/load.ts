import { foldVietnamese, type IsoDate, newProvinces } from "@ansinh/domain";
import { hash } from "@node-rs/argon2";
import type { Db } from "../create-db";
import { type FieldCipher, fieldCipherFor } from "../crypto/field-cipher";
import { uuidv7 } from "../uuidv7";
import { DEMO_PASSWORD, demoAccountHolders, demoStaff, reservedNumbers, writeDemoWorld } from "./demo-world";
import { IdentityAllocator } from "./identities";
import { writeHousehold } from "./population";
import { Random } from "./random";
import {
  createTableBuffers,
  householdTables,
  personOwnedTables,
  type TableBuffers,
  worldTables,
} from "./tables";
import { buildWorld, type World } from "./world";

export interface PopulationOptions {
  persons: number;
  seed: string;
  /** The day the population is generated "as of": the same seed and day give the same data. */
  asOf: IsoDate;
  keys: { fieldEncryption: string; blindIndex: string };
  /** Called after each batch with the number of persons loaded so far. */
  onProgress?: (loaded: number) => void;
  /** Persons per COPY batch; larger batches load faster and use more memory. */
  batchSize?: number;
}

/** Employers scale with the population (about one per 40 persons), with a floor so every province has some. */
const employersFor = (persons: number) => Math.max(newProvinces.length * 5, Math.round(persons / 40));

/**
 * Generates and loads a population: the world (employers, facilities, collection points), then
 * households in batches streamed with COPY while the next batch is being generated. The reference
 * data (offices, provinces…) must be loaded first (loadReferenceData): the api process does that at
 * every start, so it is not repeated here.
 */
export async function loadPopulation(
  db: Db,
  options: PopulationOptions,
  extra?: (t: TableBuffers, world: World, cipher: FieldCipher) => void,
) {
  const random = new Random(options.seed);
  const cipher = fieldCipherFor(options.keys);
  const world = buildWorld(random, employersFor(options.persons));
  const t = createTableBuffers();
  writeWorld(t, world);
  extra?.(t, world, cipher);
  await flush(db, t, [...worldTables, ...householdTables, ...personOwnedTables]);

  const ids = new IdentityAllocator(reservedNumbers);
  const batchSize = options.batchSize ?? 5_000;
  let loaded = 0;
  let pending: Promise<void> = Promise.resolve();
  while (loaded < options.persons) {
    const batch = createTableBuffers();
    let inBatch = 0;
    while (inBatch < batchSize && loaded + inBatch < options.persons) {
      inBatch += writeHousehold(batch, { random, world, ids, cipher, asOf: options.asOf });
    }
    // Generation of this batch overlapped the previous COPY; wait for it before sending the next.
    await pending;
    loaded += inBatch;
    const done = loaded;
    pending = flush(db, batch, [...householdTables, ...personOwnedTables]).then(() =>
      options.onProgress?.(done),
    );
  }
  await pending;
  return { persons: loaded, world };
}

/** Households and persons first (they are referenced), then the person-owned tables in parallel. */
async function flush(db: Db, t: TableBuffers, tables: readonly (keyof TableBuffers)[]) {
  const referenced = tables.filter((name) => !(personOwnedTables as readonly string[]).includes(name));
  for (const name of referenced) await copy(db, t, name);
  await Promise.all(tables.filter((name) => !referenced.includes(name)).map((name) => copy(db, t, name)));
}

async function copy(db: Db, t: TableBuffers, name: keyof TableBuffers) {
  const buffer = t[name];
  if (buffer.rows === 0) return;
  const { columns } = buffer;
  await db.copyIn(buffer.table, columns, buffer.take());
}

function writeWorld(t: TableBuffers, world: World) {
  for (const e of world.employers) {
    t.employer.add([
      e.id,
      e.unitCode,
      e.taxCode,
      e.name,
      foldVietnamese(e.name),
      e.address,
      e.provinceCode,
      e.wageRegion,
      e.officeCode,
      e.status,
    ]);
  }
  for (const f of world.facilities) {
    t.medical_facility.add([
      f.code,
      f.name,
      foldVietnamese(f.name),
      f.level,
      f.issuesSickLeave,
      f.provinceCode,
      f.commune,
      f.address,
      f.latitude,
      f.longitude,
    ]);
  }
  for (const c of world.collectionPoints) {
    t.collection_point.add([
      c.id,
      c.code,
      c.kind,
      c.name,
      foldVietnamese(c.name),
      c.officeCode,
      c.phone,
      c.provinceCode,
      c.commune,
      c.address,
      c.latitude,
      c.longitude,
    ]);
  }
}

/**
 * The demo world of a first start: a small random population plus the named persons and staff of
 * the README, with their accounts (argon2id-hashed demo password; the API refuses demo data in
 * production).
 */
export async function loadDemoWorld(
  db: Db,
  options: Pick<PopulationOptions, "persons" | "keys"> & { asOf?: IsoDate },
) {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  await loadPopulation(db, { ...options, seed: "demo", asOf }, (t, world, cipher) =>
    writeDemoWorld(t, world, cipher, asOf),
  );
  const passwordHash = await hash(DEMO_PASSWORD);
  const cipher = fieldCipherFor(options.keys);
  await db.transaction(async (tx) => {
    for (const { bhxhNumber } of demoAccountHolders) {
      await tx.query(
        `INSERT INTO citizen_account (person_id, password_hash, must_change_password, status, phone)
         SELECT p.id, $2, false, 'active',
                -- A child's account uses a parent's phone, as a child's registration would.
                COALESCE(p.phone, (SELECT h.phone FROM person h
                                   WHERE h.household_id = p.household_id AND h.phone IS NOT NULL
                                   ORDER BY h.birth_date NULLS LAST LIMIT 1))
         FROM person p WHERE p.bhxh_number = $1`,
        [bhxhNumber, passwordHash],
      );
    }
    for (const s of demoStaff) {
      await tx.query(
        `INSERT INTO staff_user (id, username, full_name, email, role, office_code, password_hash, totp_secret_cipher)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          uuidv7(),
          s.username,
          s.fullName,
          `${s.username}@vss.example.vn`,
          s.role,
          s.officeCode,
          passwordHash,
          cipher.encrypt(s.totpSecret).toString("base64"),
        ],
      );
    }
  });
}
