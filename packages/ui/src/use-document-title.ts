import { useEffect } from "react";

/** Sets the tab title; screen readers announce it and people find the tab again by it. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
