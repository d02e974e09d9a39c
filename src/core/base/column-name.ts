/** How a header name is compared: trimmed, lower case, without accents. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
