/** The element each app's index.html leaves empty for React to render into. */
export function rootElement(): HTMLElement {
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html must contain #root");
  return container;
}
