import { type RefObject, useEffect, useRef } from "react";

/**
 * After a client-side navigation nothing tells a screen-reader user that the page changed; moving
 * focus to the new page's h1 does. The first render is skipped so a fresh load keeps the browser's focus.
 */
export function useFocusHeading(container: RefObject<HTMLElement | null>, pageKey: string): void {
  const previousKey = useRef(pageKey);

  useEffect(() => {
    if (previousKey.current === pageKey) return;
    previousKey.current = pageKey;
    container.current?.querySelector<HTMLElement>("h1")?.focus();
  }, [container, pageKey]);
}
