/** `orgnet analyze`'s options: its own, then the analysis options every analysing command takes. */
import { UsageError } from '../../core/base/errors.js';
import { TABLES } from '../../render/context.js';
import { LANGS } from '../../render/i18n/numbers.js';
import { SORTABLE_PERSON_FIELDS } from '../../render/person-fields.js';
import { ANALYSIS_OPTIONS } from './analysis.js';
import { formatOption, OUTPUT_OPTION } from './output.js';
import type { OptionsOf, OptionTable } from './table.js';
import { delimiter, wholeFrom } from './values.js';

function sortField(text: string): string {
  if (!(SORTABLE_PERSON_FIELDS as readonly string[]).includes(text)) {
    throw new UsageError(`--sort ${text}: unknown person field; use one of ${SORTABLE_PERSON_FIELDS.join(', ')}`);
  }
  return text;
}

export const ANALYZE_OPTIONS = {
  format: formatOption('analyze'),
  table: { flags: '--table <name>', help: 'which table --format csv or ndjson writes', group: 'output', choices: TABLES, default: 'people' },
  lang: { flags: '--lang <lang>', help: 'language of the html and xlsx reports', group: 'output', choices: LANGS, default: 'en' },
  top: { flags: '--top <n>', help: 'people shown in the table view', group: 'output', default: 10, parse: wholeFrom('top', 1) },
  compare: {
    flags: '--compare <before>',
    help: 'the HTML report shows what changed since this earlier snapshot (interactions file or JSON report, as orgnet diff takes)',
    group: 'command',
  },
  sort: {
    flags: '--sort <metric>',
    help: `person field the top-people views rank by (${SORTABLE_PERSON_FIELDS.slice(0, 9).join(', ')}, …)`,
    group: 'output',
    default: 'sourcePagerank',
    parse: sortField,
  },
  withTies: {
    flags: '--with-ties',
    help: 'JSON: also list every tie (source, target, weight, count, first, last), so diff and --compare can report ties gained and lost against it',
    group: 'output',
  },
  output: OUTPUT_OPTION,
  excel: { flags: '--excel', help: 'CSV for Excel: a UTF-8 byte-order mark; with --delimiter ";" (or --output-delimiter ";") also ; and decimal commas', group: 'output' },
  title: {
    flags: '--title <text>',
    help: 'title of the html, md and xlsx reports (default: "Organizational network report" and the file\'s name)',
    group: 'output',
    // A blank title is no title: the default one.
    parse: (text: string): string | null => (text.trim() === '' ? null : text.trim()),
  },
  outputDelimiter: {
    flags: '--output-delimiter <char>',
    help: 'CSV output delimiter: "," ";" "tab" or "|" (default ","; with --excel, --delimiter\'s)',
    group: 'output',
    parse: delimiter('output-delimiter'),
  },
  ...ANALYSIS_OPTIONS,
} as const satisfies OptionTable;

export type AnalyzeFlags = OptionsOf<typeof ANALYZE_OPTIONS>;
