/**
 * The import rules of src/ (docs/architecture.md says why each layer sits where it does).
 * `npm run lint` runs them; a violation names the file, the import and the rule.
 *
 * The core is a stack of layers, each importing only the ones below it:
 *   model → base → parallel → ingest → graph → metrics → analysis → check → diff, validate
 * (model and base at the bottom; parallel, ingest and graph side by side, never importing each
 * other). Outside the core: render and the viewer read the core; io and cli sit on top.
 */
const CORE = '^src/core/';
/** A rule that `layer` imports nothing outside `allowed` (itself included) from src/. */
const only = (layer, allowed, comment) => ({
  name: `${layer.replace(/\//g, '-')}-imports-only-below`,
  comment,
  severity: 'error',
  from: { path: `${CORE}${layer}/` },
  to: { path: '^src/', pathNot: `${CORE}(${allowed.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle makes the order of loading matter and two files one idea: cut it where one side only needs a type or a contract.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    only('model', ['model'], 'The contracts (report, diff, validation, findings, options and ingest types) import nothing.'),
    only('base', ['model', 'base'], 'Shared helpers (errors, ids, JSON text, times, seeded random) know only the contracts.'),
    only('parallel', ['model', 'base', 'parallel'], 'How work is cut and run knows no metric: kernels are named, not imported.'),
    only('ingest', ['model', 'base', 'ingest'], 'Reading inputs knows nothing of graphs, metrics or the report assembly.'),
    only('ingest/privacy', ['model', 'base', 'ingest/privacy'], 'How ids are shown and quoted, below every reader.'),
    only('ingest/csv', ['model', 'base', 'ingest/privacy', 'ingest/csv'], 'Bytes to rows to cell values, below the layouts.'),
    only('ingest/aggregate', ['model', 'base', 'ingest/aggregate'], 'Ties accumulated in one pass, whatever layout they came from.'),
    only('ingest/report', ['model', 'base', 'ingest/report'], 'An earlier JSON report read back.'),
    only('graph', ['model', 'base', 'graph'], 'The index is built from the ingest contract, not from a reader.'),
    only('metrics', ['model', 'base', 'parallel', 'graph', 'metrics'], 'Algorithms on the index; no report assembly.'),
    only('analysis', ['model', 'base', 'parallel', 'ingest', 'graph', 'metrics', 'analysis'], 'Assembles the report from everything below.'),
    only('check', ['model', 'base', 'parallel', 'ingest', 'graph', 'metrics', 'analysis', 'check'], 'Rules read a finished report.'),
    only('diff', ['model', 'base', 'parallel', 'ingest', 'graph', 'metrics', 'analysis', 'check', 'diff'], 'A diff compares two reports and reuses the rules of check.'),
    only('validate', ['model', 'base', 'parallel', 'ingest', 'graph', 'metrics', 'analysis', 'validate'], 'Validation reads inputs as ingest does.'),
    {
      name: 'core-in-a-layer',
      comment: 'Every core file belongs to a layer folder, so the rules above see it.',
      severity: 'error',
      from: { path: `${CORE}[^/]+$` },
      to: {},
    },
    {
      name: 'core-is-pure',
      comment: 'The core reads no file and knows no command line, terminal or output format.',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^src/(cli|io|render|viewer)/' },
    },
    {
      name: 'renderers-are-pure',
      comment: 'A renderer turns a report into text or bytes; files and assets are handed in by the command layer.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/(cli|io|viewer)/' },
    },
    {
      name: 'viewer-is-browser-code',
      comment: 'The viewer runs in the page: no Node runtime, no command line.',
      severity: 'error',
      from: { path: '^src/viewer/' },
      to: { path: '^src/(cli|io)/' },
    },
    {
      name: 'runtime-below-commands',
      comment: 'Runtime code (files, workers, streams) serves the commands and never imports them.',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a cycle of types is still two files that cannot be read apart.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/core/parallel/wasm/' },
  },
};
