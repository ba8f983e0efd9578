import type { Locale } from "@ansinh/ui";

const units = {
  vi: { day: () => "ngày", hour: () => "giờ", minute: () => "phút" },
  en: {
    day: (n: number) => (n === 1 ? "day" : "days"),
    hour: (n: number) => (n === 1 ? "hour" : "hours"),
    minute: (n: number) => (n === 1 ? "minute" : "minutes"),
  },
} as const;

/**
 * A wait in words, at most two units, as a reviewer says it: "2 giờ 15 phút", "3 ngày 4 giờ",
 * "dưới 1 phút" — never "135 phút".
 */
export function waitingInWords(totalMinutes: number, locale: Locale): string {
  const minutes = Math.max(0, Math.floor(totalMinutes));
  if (minutes < 1) return locale === "vi" ? "dưới 1 phút" : "less than a minute";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: Array<[number, keyof (typeof units)["vi"]]> =
    days > 0
      ? [
          [days, "day"],
          [hours, "hour"],
        ]
      : [
          [hours, "hour"],
          [rest, "minute"],
        ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, unit]) => `${count} ${units[locale][unit](count)}`)
    .join(" ");
}
