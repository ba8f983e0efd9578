import { sql } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * The name's place in Vietnamese alphabetical order (vietnamese_sort_key, migration 0007): ORDER BY
 * this column sorts as compareVietnamese does, on PGlite and PostgreSQL alike, whatever the database
 * collation. Stored, so a page of results is sorted without running the function per row.
 */
export const nameSortKey = () =>
  bytea("name_sort_key").notNull().generatedAlwaysAs(sql`vietnamese_sort_key("name")`);
