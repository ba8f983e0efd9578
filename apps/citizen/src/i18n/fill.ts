/** Fills `{name}` placeholders, e.g. fill("Bước {n} trên 4", { n: 2 }); an unknown name is left as it is. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
