// The names of the facilities found in this tab, by code: the answer is the 5-character code, but people
// recognise a hospital by its name, on the form (coming back to it) and on the check page.
const names = new Map<string, string>();

export function rememberFacility(code: string, name: string): void {
  names.set(code, name);
}

export function facilityName(code: string): string | undefined {
  return names.get(code);
}
