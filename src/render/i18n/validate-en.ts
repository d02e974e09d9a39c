/**
 * The words of `orgnet validate` in the terminal: the sections, the row labels and the sentences
 * that say what each file holds. English only: validate takes no --lang. Numbers arrive written
 * (render/format.ts), names of files and columns already quoted and printable.
 */
const and = (items: readonly string[]) => items.join(', ');

export const validateEn = {
  title: {
    interactions: 'Interactions',
    people: 'People',
    both: 'Both files',
    hierarchy: 'Reporting line',
    notes: 'Notes',
    problems: (count: string) => `Problems (${count})`,
  },
  label: {
    readAs: 'read as',
    columns: 'columns',
    rows: 'rows',
    repeated: 'repeated',
    events: 'events',
    deliveries: 'deliveries',
    network: 'network',
    time: 'time',
    notRead: 'not read',
    relations: 'relations',
    ids: 'ids',
    names: 'names',
    groups: 'groups',
    unknownIds: 'unknown ids',
    absent: 'absent',
    chart: 'chart',
    unknownManagers: 'managers',
    notInData: 'not in data',
  },

  // How the file was read.
  parquet: 'parquet (through DuckDB)',
  tab: 'tab',
  encodingDetected: ' (detected: not valid UTF-8)',
  delimiter: (shown: string, given: boolean) => `delimiter ${shown} (${given ? '--delimiter' : 'detected'})`,
  none: '(none)',
  unnamed: '(unnamed)',
  notReadMark: '(not read)',
  incomplete: 'not read to the end: see the problems below',

  // Counted things, each word as `plural` takes it (one, many).
  record: 'record',
  selfLoop: 'self-loop',
  row: 'row',
  delivery: 'delivery',
  deliveriesWord: 'deliveries',
  broadcastRow: 'broadcast row',
  person: 'person',
  people: 'people',
  isolate: 'isolate',
  group: 'group',
  id: 'id',
  ties: 'ties',
  undirectedTies: 'undirected ties',
  moreProblem: 'more problem',
  badRow: 'bad row',
  problem: 'problem',

  // The interactions file.
  used: (n: string) => `${n} used`,
  filtered: (n: string) => `${n} filtered`,
  bad: (n: string) => `${n} bad`,
  fromRecords: (records: string) => ` (from ${records})`,
  read: (n: string, records: string, kinds: readonly string[]) => `${n} read${records}: ${and(kinds)}`,
  events: (read: string, used: string, tooSmall: string, tooLarge: string) => `${read} read: ${used} made ties, ${tooSmall} of one person, ${tooLarge} broadcasts`,
  deliveries: (kept: string, toSender: string, broadcasts: string) => `${kept} kept, ${toSender} to the sender, ${broadcasts}`,
  belowMinWeight: (n: string) => ` (${n} more below --min-tie-weight)`,
  noRepeats: (distinct: string | null) => `none${distinct === null ? '' : ` among the first ${distinct} distinct rows`}`,
  sameLine: (line: number, first: number) => `line ${line} = line ${first}`,
  atLeast: (distinct: string) => ` (at least: counted among the first ${distinct} distinct rows)`,
  repeats: (rows: string, bound: string, examples: readonly string[], more: string) => `${rows} identical to an earlier one${bound}: ${and(examples)}${more}`,
  noTimeColumn: 'no timestamp column',
  noTimestamps: (column: string) => `column ${column}: no used row has a timestamp`,
  dateOrder: { 'day-first': ', dates day first (D/M/Y) as the file says', 'month-first': ', dates month first (M/D/Y) as the file says' },
  relativeClock: ', a relative clock: elapsed time from the start of a recording, not dates',
  timeRange: (first: string, last: string | null, periods: string, period: string, order: string, clock: string) =>
    `${first} to ${last}: ${periods} (--period ${period})${order}${clock}`,
  partialPeriod: (period: string, percent: number) => `${period} (${percent}% of it)`,
  and: ' and ',
  partial: (list: string, count: number) => `${list} ${count === 1 ? 'is' : 'are'} partial: counted, but trends and statuses use the complete periods only`,

  // The people file.
  noLabelColumn: 'no display-name column: people are shown by id',
  labelsFrom: (column: string) => `display names from ${column}`,
  removed: (n: string) => `, ${n} removed (--remove)`,
  peopleRead: (records: string, people: string, bad: string, removed: string) => `${records} read: ${people}, ${bad} bad${removed}`,
  noGroupColumn: 'no grouping column (no groups)',
  groupsIn: (groups: string, column: string, without: string) => `${groups} in ${column}, ${without} without one`,
  idColChosen: 'chosen by the ids it holds',
  ignoringCase: ', ignoring case',
  idsMatched: (matched: string, total: string, file: string) => `${matched} of ${total} ids of ${file}`,
  otherColumns: (others: readonly string[]) => `; other columns: ${and(others)}`,

  // Both files.
  andMore: (n: string) => ` … and ${n} more`,
  noUnknown: (file: string, people: string) => `none: every id of ${file} is in ${people}`,
  unknown: (ids: string, file: string, people: string, list: string) => `${ids} of ${file} not in ${people} (kept, without a group): ${list}`,
  noAbsent: (people: string, file: string) => `none: everyone in ${people} appears in ${file}`,
  absent: (count: string, people: string, list: string) => `${count} of ${people} in no row (listed, never seen: absent, not dormant): ${list}`,

  // The reporting line.
  managerColumn: (column: string, people: string) => `column ${column} of ${people}`,
  hierarchyRead: (records: string, people: string, bad: string) => `${records} read: ${people}, ${bad} bad`,
  chart: (people: string, managers: string, depth: string) => `${people} on the line, ${managers}, ${depth}`,
  depth: (levels: number) => (levels === 0 ? 'nobody with a manager' : `chains up to ${levels} manager${levels === 1 ? '' : 's'} long`),
  noChart: 'not counted: see the problems below',
  manager: 'manager',
  noUnknownManagers: 'every manager named is in the data',
  unknownManagers: (count: string, one: boolean, list: string) => `${count} ${one ? 'names' : 'name'} nobody in the data (their reports are shown without a manager): ${list}`,
  managerId: 'manager id',
  noneNotInData: 'none: everyone the line lists is in the data',
  notInData: (count: string, list: string) => `${count} listed but in neither input file (their rows play no part): ${list}`,

  // Problems and the verdict.
  warning: 'warning: ',
  moreProblems: (more: string) => `… and ${more} (--limit N lists more)`,
  lenientSkips: (rows: string) => `; ${rows} that --lenient skips`,
  valid: (warned: string) => `valid: orgnet analyze takes these files${warned}`,
  notValid: (problems: string, strict: string, warned: string) => `not valid: ${problems}${strict}${warned}`,
};
