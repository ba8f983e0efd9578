import { useCallback, useState } from "react";
import type { LookUpsMessageKey } from "./i18n/messages";

type Location =
  | { kind: "off" }
  | { kind: "locating" }
  /** `near` as the API takes it: "latitude,longitude". */
  | { kind: "on"; near: string }
  | { kind: "refused"; reason: LookUpsMessageKey };

/** Four decimals place a point within about 11 m: enough to sort by distance, no more. */
function nearOf({ latitude, longitude }: GeolocationCoordinates): string {
  return `${latitude.toFixed(4)},${longitude.toFixed(4)}`;
}

/**
 * "Gần tôi": the browser's location, asked for only when the button is pressed (the browser asks the
 * person first). `onLocated` is called with the position for the API.
 */
export function useNearMe(onLocated: (near: string) => void) {
  const [location, setLocation] = useState<Location>({ kind: "off" });

  const locate = useCallback(() => {
    if (!("geolocation" in navigator)) {
      setLocation({ kind: "refused", reason: "list.locationUnsupported" });
      return;
    }
    setLocation({ kind: "locating" });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const near = nearOf(position.coords);
        setLocation({ kind: "on", near });
        onLocated(near);
      },
      (error) =>
        setLocation({
          kind: "refused",
          reason: error.code === error.PERMISSION_DENIED ? "list.locationDenied" : "list.locationFailed",
        }),
      // A position from the last few minutes will do; a phone indoors may need a while for a new one.
      { enableHighAccuracy: false, maximumAge: 5 * 60_000, timeout: 20_000 },
    );
  }, [onLocated]);

  const stop = useCallback(() => setLocation({ kind: "off" }), []);
  return { location, locate, stop };
}
