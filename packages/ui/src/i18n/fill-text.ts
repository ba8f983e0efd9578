/** Fills `{name}` placeholders, e.g. fillText("Trang {page}", { page: 2 }); an unknown name is left as it is. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
