/**
 * A lookup in a table of names by a key the user typed (a flag's value, a config option, a file's
 * column): only the table's own entries count. A plain object also answers `constructor`,
 * `toString` or `__proto__` from its prototype, which would hand a function to code expecting a
 * delimiter or an encoding.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
