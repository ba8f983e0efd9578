import { describe, expect, it } from "vitest";
import {
  inboxFiltersFromSearch,
  petitionFiltersFromSearch,
  searchFromInboxFilters,
  searchFromPetitionFilters,
} from "./help-search";

describe("inbox search keys", () => {
  it("reads the filters from their Vietnamese slugs", () => {
    expect(inboxFiltersFromSearch({ "trang-thai": "da-dong", giao: "toi", trang: "3" })).toEqual({
      status: "closed",
      assigned: "me",
      page: 3,
    });
    expect(inboxFiltersFromSearch({ giao: "chua-giao" }).assigned).toBe("none");
  });

  it("falls back to the open chats of everyone, page 1, for anything unknown", () => {
    const fallback = { status: "open", assigned: "all", page: 1 };
    expect(inboxFiltersFromSearch({})).toEqual(fallback);
    expect(inboxFiltersFromSearch({ "trang-thai": "closed", giao: "me", trang: "x" })).toEqual(fallback);
    expect(inboxFiltersFromSearch({ trang: 0 })).toEqual(fallback);
    expect(inboxFiltersFromSearch({ trang: 1.5 })).toEqual(fallback);
    expect(inboxFiltersFromSearch({ trang: 99_999 })).toEqual(fallback);
    expect(inboxFiltersFromSearch({ giao: ["toi"] })).toEqual(fallback);
  });

  it("writes only what differs from the default, and reads back what it wrote", () => {
    expect(searchFromInboxFilters({ status: "open", assigned: "all", page: 1 })).toEqual({});
    const filters = { status: "closed", assigned: "none", page: 2 } as const;
    const search = searchFromInboxFilters(filters);
    expect(search).toEqual({ "trang-thai": "da-dong", giao: "chua-giao", trang: 2 });
    expect(inboxFiltersFromSearch(search)).toEqual(filters);
  });
});

describe("petition search keys", () => {
  it("reads a known status and page, and lists everything otherwise", () => {
    expect(petitionFiltersFromSearch({ "trang-thai": "dang-xu-ly", trang: 2 })).toEqual({
      status: "processing",
      page: 2,
    });
    expect(petitionFiltersFromSearch({ "trang-thai": "answered", trang: "-1" })).toEqual({
      status: "",
      page: 1,
    });
  });

  it("round-trips through the address", () => {
    for (const status of ["", "received", "processing", "answered"] as const) {
      const filters = { status, page: 4 };
      expect(petitionFiltersFromSearch(searchFromPetitionFilters(filters))).toEqual(filters);
    }
    expect(searchFromPetitionFilters({ status: "", page: 1 })).toEqual({});
    expect(searchFromPetitionFilters({ status: "answered", page: 1 })).toEqual({
      "trang-thai": "da-tra-loi",
    });
  });
});
