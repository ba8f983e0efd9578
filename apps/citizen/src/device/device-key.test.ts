import { describe, expect, it } from "vitest";
import { DeviceUnsupportedError, deviceProofMessage, proveDevice } from "./device-key";

describe("deviceProofMessage", () => {
  it("is the UTF-8 bytes of the prefix and the nonce", () => {
    expect(new TextDecoder().decode(deviceProofMessage("abc-123_XYZ"))).toBe("ansinh-device:abc-123_XYZ");
    expect([...deviceProofMessage("é")].slice(-2)).toEqual([0xc3, 0xa9]);
  });
});

describe("proveDevice", () => {
  it("refuses clearly where there is nowhere to keep the key", async () => {
    // Node has WebCrypto but no IndexedDB: the same as a browser whose private mode refuses storage.
    expect(typeof indexedDB).toBe("undefined");
    const failure = await proveDevice("nonce").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeviceUnsupportedError);
    expect((failure as DeviceUnsupportedError).problem).toBe("noStorage");
  });
});
