import type { Locale } from "@ansinh/ui";

/**
 * A distance as people read it: "1,2 km" in Vietnamese (decimal comma), "1.2 km" in English; tenths
 * under 10 km, whole kilometres beyond. Anything nearer than 100 m reads as 0,1 km.
 */
export function formatDistance(km: number, locale: Locale): string {
  const digits = km < 10 ? 1 : 0;
  const format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${format.format(Math.max(km, 0.1))} km`;
}

/** The place on OpenStreetMap, with a marker (mlat/mlon) and zoomed to the street. */
export function mapLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

/** "028 3930 1234" → "tel:02839301234": the digits (and a leading +) a phone dials. */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
