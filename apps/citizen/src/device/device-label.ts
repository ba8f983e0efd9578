/** What navigator.userAgentData says, where the browser has it (Chromium-based browsers). */
export interface UserAgentHints {
  brands?: ReadonlyArray<{ brand: string; version: string }>;
  platform?: string;
  mobile?: boolean;
  /** A high-entropy hint (e.g. "SM-A155F"); only Android says it, and only when asked for it. */
  model?: string;
}

/** The server keeps at most this many characters of a label. */
const maxLabelLength = 100;

// Order matters: most browsers also say "Chrome" and "Safari" in their user agent.
const browsersByUserAgent: ReadonlyArray<[RegExp, string]> = [
  [/\bZalo\b/i, "Zalo"],
  [/\bFBA[NV]\//, "Facebook"],
  [/\bcoc_coc_browser\b/i, "Cốc Cốc"],
  [/\bEdg(?:A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFxiOS\/|\bFirefox\//, "Firefox"],
  [/\bCriOS\/|\b(?:Headless)?Chrome\/|\bChromium\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];

const systemsByUserAgent: ReadonlyArray<[RegExp, string]> = [
  [/\bAndroid\b/, "Android"],
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

// userAgentData lists made-up "greasing" brands (e.g. "Not A(Brand") and the engine beside the browser.
const brandNames: Record<string, string> = {
  "Google Chrome": "Chrome",
  "Microsoft Edge": "Edge",
  Opera: "Opera",
  "Samsung Internet": "Samsung Internet",
  CocCoc: "Cốc Cốc",
  "Coc Coc": "Cốc Cốc",
};

function browserFromHints(hints: UserAgentHints | undefined): string | null {
  const brands = hints?.brands?.map(({ brand }) => brand) ?? [];
  for (const brand of brands) {
    const name = brandNames[brand];
    if (name) return name;
  }
  return brands.includes("Chromium") ? "Chrome" : null;
}

function firstMatch(table: ReadonlyArray<[RegExp, string]>, text: string): string | null {
  return table.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * A short description of this browser and phone for the account's owner, e.g. "Chrome trên Android",
 * so that a later "your account is used on …" names something they recognise. Worded in Vietnamese,
 * as the staff and the owner read it; never more than 100 characters.
 */
export function deviceLabel(userAgent: string, hints?: UserAgentHints): string {
  const browser = firstMatch(browsersByUserAgent, userAgent) ?? browserFromHints(hints) ?? "Trình duyệt";
  const platform = hints?.platform?.trim();
  const system =
    firstMatch(systemsByUserAgent, userAgent) ??
    (platform && platform !== "Unknown" ? platform : null) ??
    (hints?.mobile ? "điện thoại" : null);
  const model = hints?.model?.trim();
  const label = [browser, system && `trên ${system}`, model && `(${model})`].filter(Boolean).join(" ");
  return [...label].slice(0, maxLabelLength).join("");
}
