import { describe, expect, it } from "vitest";
import { deviceLabel } from "./device-label";

const userAgents = {
  chromeAndroid:
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
  safariIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  chromeIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
  samsung:
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
  firefoxWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
  cocCoc:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/128.0.198 Chrome/122.0.0.0 Safari/537.36",
  zalo: "Mozilla/5.0 (Linux; Android 13; 2201117TG Build/TKQ1.221114.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36 Zalo android/12100662 ZaloTheme/light ZaloLanguage/vi",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  headlessLinux:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36",
} as const;

describe("deviceLabel", () => {
  it("names the browser and the system people know", () => {
    expect(deviceLabel(userAgents.chromeAndroid)).toBe("Chrome trên Android");
    expect(deviceLabel(userAgents.safariIphone)).toBe("Safari trên iPhone");
    expect(deviceLabel(userAgents.chromeIphone)).toBe("Chrome trên iPhone");
    expect(deviceLabel(userAgents.samsung)).toBe("Samsung Internet trên Android");
    expect(deviceLabel(userAgents.firefoxWindows)).toBe("Firefox trên Windows");
    expect(deviceLabel(userAgents.edgeWindows)).toBe("Edge trên Windows");
    expect(deviceLabel(userAgents.cocCoc)).toBe("Cốc Cốc trên Windows");
    expect(deviceLabel(userAgents.zalo)).toBe("Zalo trên Android");
    expect(deviceLabel(userAgents.safariMac)).toBe("Safari trên macOS");
    expect(deviceLabel(userAgents.headlessLinux)).toBe("Chrome trên Linux");
  });

  it("adds the phone model that userAgentData gives", () => {
    const hints = {
      brands: [
        { brand: "Not A(Brand", version: "99" },
        { brand: "Google Chrome", version: "130" },
        { brand: "Chromium", version: "130" },
      ],
      platform: "Android",
      mobile: true,
      model: "SM-A155F",
    };
    expect(deviceLabel(userAgents.chromeAndroid, hints)).toBe("Chrome trên Android (SM-A155F)");
  });

  it("falls back on userAgentData, then on plain words, when the user agent says nothing useful", () => {
    const brands = [
      { brand: "Chromium", version: "130" },
      { brand: "Not?A_Brand", version: "24" },
    ];
    expect(deviceLabel("", { brands, platform: "Android", mobile: true })).toBe("Chrome trên Android");
    expect(
      deviceLabel("", { brands: [{ brand: "Microsoft Edge", version: "1" }], platform: "Windows" }),
    ).toBe("Edge trên Windows");
    expect(deviceLabel("", { mobile: true })).toBe("Trình duyệt trên điện thoại");
    expect(deviceLabel("")).toBe("Trình duyệt");
  });

  it("never exceeds 100 characters", () => {
    const label = deviceLabel(userAgents.chromeAndroid, { model: "X".repeat(300) });
    expect([...label]).toHaveLength(100);
    expect(label.startsWith("Chrome trên Android (XXX")).toBe(true);
  });
});
