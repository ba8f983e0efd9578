import { LOOK_UP_PAGE_SIZE, type LookUpPage } from "@ansinh/db";

/** A page of a public look-up list as the API answers it. */
export interface ListPage<Item> {
  items: Item[];
  /** 1-based, as asked. */
  page: number;
  pageSize: number;
  /** Matches across all pages. */
  total: number;
}

export function listPage<Item>(page: number, found: LookUpPage<Item>): ListPage<Item> {
  return { items: found.items, page, pageSize: LOOK_UP_PAGE_SIZE, total: found.total };
}
