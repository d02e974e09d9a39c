/**
 * `orgnet check FILE --rule EXPR…`: the CI gate (docs/options.md). The exit code is the answer:
 * 0 every rule passed, 1 a rule failed. Values come from the same Report as `analyze`.
 */
import type { Command } from 'commander';
import { ABOUT } from './about.js';
import { evaluateRules, parseRules, partsForRules, type CheckResult } from '../../core/check/index.js';
import { MAX_RULES, tooManyRules } from '../../core/check/config.js';
import { UsageError } from '../../core/base/errors.js';
import { renderCheckTable } from '../../render/check-table.js';
import { rendererOf } from '../../render/formats.js';
import { assertOutput, outputOf, writeChunks } from '../output.js';
import { checkFlags, CONFIG_FILE, loadConfig } from '../config-file.js';
import { CHECK_OPTIONS } from '../options/check.js';
import { addOptions } from '../options/table.js';
import { useColor, type Io } from '../io.js';
import { phaseLog } from '../phase-log.js';
import { toAnalyzeOptions } from '../options/analyze-options.js';
import { inputFiles, runAnalysis } from '../run-analysis.js';

const HELP = `
Rules are REF OP NUMBER, OP one of < <= > >= == != (quote each rule for the shell):
  reciprocity >= 0.3                   an org field; org.reciprocity works too
  max(people.betweenness) <= 0.5       max, min, mean or sum over people or groups (nulls skipped)
  count(people.roles=isolate) <= 5%    people holding a role (or activity.status=dormant…)
  count(groups.eiIndex > 0.5) == 0     people or groups meeting a condition
  isolates <= 2%                       N% compares a share: a count of people is divided by n

Config file: ./${CONFIG_FILE} is read when present (or --config FILE):
  {"rules": ["reciprocity >= 0.3"], "options": {"people": "people.csv", "min-group-size": 5}}
  Its rules come first, then every --rule; flags typed on the command line win over its options.

Examples:
  $ orgnet check chat.csv --people people.csv --rule "reciprocity >= 0.3" --rule "isolates <= 2%"
  $ orgnet check chat.csv --rule "max(people.betweenness) <= 0.5" --format junit -o orgnet.xml
  $ orgnet check chat.csv --config ci/orgnet.json --allow-missing

The exit code is the answer: 0 every rule passed, 1 a rule failed, 2 bad usage, a malformed
rule, an unknown field or bad input, 3 internal error.`;

const NO_RULE = `no rule to check: add --rule "reciprocity >= 0.3" (repeatable), or list "rules" in ./${CONFIG_FILE} or a --config file`;
const MISSING_HINT = ' (--allow-missing skips a rule without a value)';
/** The flag is a CLI word, so the CLI adds it to the reason a null value failed. */
function withMissingHint(result: CheckResult): CheckResult {
  const hinted = (r: CheckResult['results'][number]) => (r.status === 'fail' && r.actual === null ? { ...r, message: r.message + MISSING_HINT } : r);
  return { ...result, results: result.results.map(hinted) };
}

export function checkCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('check')
    .description(ABOUT.check.description)
    .argument('<file>', 'interactions CSV (source,target[,weight][,timestamp]); - reads standard input');
  addOptions(command, CHECK_OPTIONS).addHelpText('after', HELP);
  command.action(async (file: string, given: { config?: string | false }, self: Command) => {
    // Where the config file is must be known first: its options are read with the flags.
    const config = loadConfig(given.config, io.cwd);
    const flags = checkFlags(self, config);
    const texts = [...config.rules, ...(flags.rule ?? [])];
    if (texts.length === 0) throw new UsageError(NO_RULE);
    if (texts.length > MAX_RULES) throw new UsageError(tooManyRules(texts.length));
    const rules = parseRules(texts);
    const out = outputOf('check', flags, io);
    const { format } = out;
    const output = out.file;
    const inputs = [...inputFiles(file, flags), ...(config.path ? [config.path] : [])];
    assertOutput('check', out, { inputs, rejects: flags.rejects, what: 'the check report' }, io);

    const started = io.now();
    const log = phaseLog(flags);
    const analysis = await runAnalysis(file, flags, toAnalyzeOptions(flags), io, partsForRules(rules), log);
    const result = withMissingHint(evaluateRules(analysis.report, rules, { allowMissing: flags.allowMissing === true }));
    const seconds = (io.now().getTime() - started.getTime()) / 1000;
    const ctx = { color: !output && format === 'table' && useColor(io, flags.color), seconds, timestamp: started.toISOString() };
    await writeChunks((await rendererOf('check', format))(result, ctx), out, io);
    // The CI log still shows which rule failed and why; the file holds the requested format.
    if (output && flags.quiet !== true) io.stderr.write(renderCheckTable(result, { color: false }));
    log?.print(io.stderr);
    setExit(result.passed ? 0 : 1);
  });
}
