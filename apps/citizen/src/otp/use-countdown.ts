import { useEffect, useState } from "react";

/**
 * Whole seconds left until `seconds` after `since` (a Date.now() time, so that a new value restarts
 * it), ticking once a second; 0 once it is over. Measured against the clock, not counted in ticks,
 * so a phone that slept with the page open shows the right time when it wakes.
 */
export function useCountdown(seconds: number, since: number): number {
  const left = () => Math.max(0, Math.ceil((since + seconds * 1000 - Date.now()) / 1000));
  const [remaining, setRemaining] = useState(left);
  useEffect(() => {
    const deadline = since + seconds * 1000;
    const update = () => setRemaining(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    update();
    const timer = setInterval(() => {
      update();
      if (Date.now() >= deadline) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds, since]);
  return remaining;
}
