/**
 * A street address followed by its commune, without saying the commune twice: registry addresses
 * often end with it already ("Số 3 đường Lê Lợi, Phường Bến Thành").
 */
export function withCommune(address: string, commune: string): string {
  if (!commune || address.endsWith(commune)) return address;
  return [address, commune].filter(Boolean).join(", ");
}
