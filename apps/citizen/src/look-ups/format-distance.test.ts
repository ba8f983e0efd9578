import { describe, expect, it } from "vitest";
import { formatDistance, mapLink, telLink } from "./format-distance";

describe("formatDistance", () => {
  it("writes tenths with a decimal comma in Vietnamese and a point in English", () => {
    expect(formatDistance(1.234, "vi")).toBe("1,2 km");
    expect(formatDistance(1.234, "en")).toBe("1.2 km");
    expect(formatDistance(3, "vi")).toBe("3,0 km");
  });

  it("rounds to whole kilometres from 10 km, grouping thousands the local way", () => {
    expect(formatDistance(12.6, "vi")).toBe("13 km");
    expect(formatDistance(1234.4, "vi")).toBe("1.234 km");
    expect(formatDistance(1234.4, "en")).toBe("1,234 km");
  });

  it("never says 0 km", () => {
    expect(formatDistance(0, "vi")).toBe("0,1 km");
    expect(formatDistance(0.04, "en")).toBe("0.1 km");
  });
});

describe("links", () => {
  it("points OpenStreetMap at the place", () => {
    expect(mapLink(10.7769, 106.7009)).toBe(
      "https://www.openstreetmap.org/?mlat=10.7769&mlon=106.7009#map=17/10.7769/106.7009",
    );
  });

  it("dials only the digits", () => {
    expect(telLink("028 3930 1234")).toBe("tel:02839301234");
    expect(telLink("+84 (28) 3930-1234")).toBe("tel:+842839301234");
  });
});
