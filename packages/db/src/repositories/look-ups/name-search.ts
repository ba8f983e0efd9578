import type { SqlRunner } from "../../create-db";

/** Words of a search that must all appear in a name; a longer text narrows nothing more in practice. */
const MAX_WORDS = 6;

/** Rows per page of every public list. */
export const LOOK_UP_PAGE_SIZE = 20;

/** One page of a public list, with the number of matches across all pages. */
export interface LookUpPage<Item> {
  items: Item[];
  total: number;
}

/** The parameters of a statement built from optional filters: add() returns the value's placeholder. */
export class SqlParams {
  constructor(readonly values: unknown[] = []) {}

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  clone(): SqlParams {
    return new SqlParams([...this.values]);
  }
}

/** A public list: the filters that always apply, and the text typed to search the names with. */
interface ListQuery {
  /**
   * The select list, columns aliased to the item's field names. It and `orderBy` take no parameters:
   * the count runs the same FROM and WHERE with the same parameters, so every one must appear there.
   */
  select: string;
  /** The FROM clause (tables, joins, a LATERAL computing what the order needs). */
  from: string;
  /** Conditions of the filters (province, level…), their placeholders already in `params`. */
  where: string[];
  params: SqlParams;
  /** SQL for the name folded as foldVietnamese folds it ("nguyen van an"). */
  folded: string;
  /** The text typed, folded (foldVietnamese); "" lists everything the filters let through. */
  text: string;
  /** A condition that counts as a match of the text too (e.g. an employer's exact tax code); adds its own parameters. */
  orMatches?: (params: SqlParams) => string;
  orderBy: string;
  /** 1-based. */
  page: number;
}

/**
 * The search rule of the public look-ups. Every word typed must appear in the folded name, so
 * diacritics, case and word order do not matter ("bach mai" finds "Bệnh viện Bạch Mai"), and the page
 * keeps the list's order: Vietnamese alphabetical (name_sort_key) or by distance. Only when no name
 * matches that way are names *similar* to the text taken instead (pg_trgm word similarity; both kinds
 * of match use the GIN trigram indexes), closest first: a typo ("benh vien ho chi mnh") then finds the
 * place it meant on top rather than among every similar name, and exact matches are never buried
 * under fuzzy ones.
 */
export async function findListPage<Item>(db: SqlRunner, query: ListQuery): Promise<LookUpPage<Item>> {
  const words = query.text.split(" ").filter((word) => word !== "");
  if (words.length === 0) return runPage<Item>(db, query, query.where, query.params);

  const byWords = query.params.clone();
  // A condition per word, so that the trigram index serves each (LIKE ALL over an array would not).
  // The first MAX_WORDS only: statement texts stay a small set (each is prepared by every connection).
  const allWords = words
    .slice(0, MAX_WORDS)
    .map((word) => `${query.folded} LIKE ${byWords.add(containing(word))}`);
  const alternatives = [allWords.join(" AND ")];
  if (query.orMatches) alternatives.push(query.orMatches(byWords));
  const exact = await runPage<Item>(db, query, [...query.where, `(${alternatives.join(" OR ")})`], byWords);
  if (exact.total > 0) return exact;

  const bySimilarity = query.params.clone();
  const text = bySimilarity.add(words.join(" "));
  const closestFirst = `word_similarity(${text}, ${query.folded}) DESC, ${query.orderBy}`;
  return runPage<Item>(
    db,
    { ...query, orderBy: closestFirst },
    [...query.where, `${text} <% ${query.folded}`],
    bySimilarity,
  );
}

/** The column that carries the number of matches on each row of a page (taken off before it is returned). */
const TOTAL = "__total";

/**
 * The page and the number of matches in one statement: the window count is taken over every row the
 * WHERE lets through, before LIMIT cuts the page, so the index and heap are read once per request
 * instead of once for the page and again for a count (half the database's work on common words).
 * A page past the end has no row to carry the count: only then is it counted on its own, so that
 * `total` stays right for any page.
 */
async function runPage<Item>(
  db: SqlRunner,
  query: ListQuery,
  where: string[],
  params: SqlParams,
): Promise<LookUpPage<Item>> {
  const offset = (query.page - 1) * LOOK_UP_PAGE_SIZE;
  if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`Not a page: ${query.page}`);
  const from = `FROM ${query.from}${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""}`;
  // The offset is the page statement's last parameter (the count takes the others): inlined, every
  // page would be a statement text of its own, each prepared and kept by every connection.
  const pageParams = params.clone();
  const offsetParam = pageParams.add(offset);
  const rows = await db.query<Item & { [TOTAL]: number }>(
    `SELECT ${query.select}, count(*) OVER ()::int AS "${TOTAL}" ${from}
      ORDER BY ${query.orderBy} LIMIT ${LOOK_UP_PAGE_SIZE} OFFSET ${offsetParam}`,
    pageParams.values,
  );
  const items = rows.map(({ [TOTAL]: _total, ...item }) => item as Item);
  if (rows[0]) return { items, total: rows[0][TOTAL] };
  if (offset === 0) return { items, total: 0 };
  const [count] = await db.query<{ total: number }>(`SELECT count(*)::int AS total ${from}`, params.values);
  return { items, total: count?.total ?? 0 };
}

/** The LIKE pattern of text searched as a substring: LIKE's own wildcards in it are plain characters. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
