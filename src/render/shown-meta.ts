/**
 * What the human-facing reports (terminal, Markdown, the HTML page, the workbook, the graph
 * exports' descriptions) say about the input files: their names, not the paths typed on the
 * command line — a page handed to a client must not read `/home/ana/clients/acme-confidential/…`.
 * The JSON report keeps `meta` as it is: it is data, for the analyst who ran it.
 */
import type { Meta } from '../core/model/report.js';

/** The file's name: the last part of its path (`<stdin>` stays as it is). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** `meta` with the files named by their names, in the warnings too. */
export function shownMeta(meta: Meta): Meta {
  const paths = [meta.input.file, meta.people?.file].filter((p): p is string => p !== undefined && fileName(p) !== p);
  // The longer path first, so that a path that holds the other is replaced whole.
  paths.sort((a, b) => b.length - a.length);
  const named = (text: string) => paths.reduce((out, path) => out.split(path).join(fileName(path)), text);
  return {
    ...meta,
    input: { ...meta.input, file: fileName(meta.input.file) },
    people: meta.people === null ? null : { ...meta.people, file: fileName(meta.people.file) },
    warnings: meta.warnings.map(named),
  };
}
