/**
 * The one ordering of person ids used everywhere (graph insertion, JSON `people`,
 * tie-breaks "smallest id"): plain code-unit order, the same as Python's `sorted()`.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
