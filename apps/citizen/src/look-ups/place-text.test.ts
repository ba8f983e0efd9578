import { describe, expect, it } from "vitest";
import { withCommune } from "./place-text";

describe("withCommune", () => {
  it("adds the commune after the street", () => {
    expect(withCommune("Số 3 đường Lê Lợi", "Phường Bến Thành")).toBe("Số 3 đường Lê Lợi, Phường Bến Thành");
  });

  it("does not repeat a commune the address ends with, nor add an empty one", () => {
    expect(withCommune("Số 3 đường Lê Lợi, Phường Bến Thành", "Phường Bến Thành")).toBe(
      "Số 3 đường Lê Lợi, Phường Bến Thành",
    );
    expect(withCommune("Số 3 đường Lê Lợi", "")).toBe("Số 3 đường Lê Lợi");
    expect(withCommune("", "Phường Bến Thành")).toBe("Phường Bến Thành");
  });
});
