import { Argument, Command, CommanderError, Option } from 'commander';
import { EXIT } from './io/errors.js';
import type { Io } from './io/io.js';
import { processIo } from './io/process-io.js';
import { formatOption, outputOption } from './io/output-options.js';
import { SHELLS, type Shell } from './commands/completion/shells.js';
import { version } from './version.js';
import { CHECK_FORMATS, type CheckFormat } from './reporters/check/formats.js';
import { DIFF_FORMATS, type DiffFormat } from './reporters/diff/formats.js';
import { REPORT_FORMATS, type ReportFormat } from './reporters/report/formats.js';
import { RULES_FORMATS, type RulesFormat } from './reporters/rules/formats.js';
import { SCORE_OUTPUTS, type ScoreOutput } from './reporters/score/formats.js';
import { VENDORS_FORMATS, type VendorsFormat } from './reporters/vendors/formats.js';
import { WEIGHTS_FORMATS, type WeightsFormat } from './reporters/weights/formats.js';
import { TRACK_FORMATS, type TrackFormat } from './reporters/track/types.js';
import { sanitizeBlock } from './util/sanitize.js';
import { reportCommandError } from './io/report-error.js';

type Action = (io: Io) => Promise<number>;

/**
 * The only module that knows argv and exit codes. Each command is imported
 * when it runs, so `--help` and `--version` load almost nothing.
 */
export function buildProgram(io: Io, setAction: (action: Action) => void): Command {
  const program = new Command('outsource')
    .description('Decide what to outsource with the seven-step method: score processes, explain every verdict, check roadmaps in CI.')
    .version(version, '-V, --version', 'print the version')
    .option('--debug', 'show stack traces for internal errors')
    .option('-q, --quiet', 'print errors only on stderr: no notes, warnings or progress')
    .option('--no-color', 'no colour, even on a terminal (as NO_COLOR=1)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource init                                   # a starter inventory and roadmap here\n  $ outsource score examples/agency.yaml             # the prioritised shortlist\n  $ outsource score inventory.yaml --explain seo     # why one process got its verdict\n  $ outsource rules                                  # the criteria and gates of the method',
    )
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(sanitizeBlock(s.replace(/^error: /, 'outsource: '))),
    })
    .exitOverride();

  program
    .command('assess')
    .description('interview through the seven steps; saves every answer as it is given, resumes, writes the inventory')
    .option('-i, --inventory <file>', 'continue or extend this inventory: its processes and answers are loaded and you can add more')
    .option('-o, --out <file>', 'inventory to write at the end, YAML or JSON (default: inventory.yaml; the session file sits beside it)')
    .option('-a, --answers <file>', 'pre-fill answers from a partial inventory; only what is missing is asked')
    .option('--force', 'overwrite --out without asking')
    .option('-r, --rules <file>', 'rules file to use instead of the default method (may say "extends: default")')
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource assess                           # start, or resume\n  $ outsource assess --inventory inventory.yaml # add to an existing inventory\n  $ outsource assess --answers partial.yaml --out plan/inventory.yaml\n  $ outsource score inventory.yaml             # same shortlist, no questions\nCtrl-C stops at any time; run the same command again to resume (docs/assess.md).',
    )
    .action((opts: { inventory?: string; out?: string; answers?: string; force?: boolean; rules?: string }) =>
      setAction(async (io) => (await import('./commands/assess/index.js')).assess(opts, io)),
    );

  program
    .command('score')
    .description('score an inventory (YAML, JSON, CSV or an Excel .xlsx sheet) and print the prioritised shortlist')
    .argument('<file>', 'inventory file, or - for stdin')
    .addOption(formatOption(SCORE_OUTPUTS, 'table'))
    .addOption(outputOption())
    .option('--force', 'overwrite --output files that exist')
    .option('-r, --rules <file>', 'rules file to use instead of the default method (may say "extends: default")')
    .option('-e, --explain <id>', 'explain one process: every answer, every gate, every point of its score')
    .option('--sensitivity', 'add what would change each verdict and how stable each rank is under random weights')
    .option('--seed <n>', 'seed of the random weight trials of --sensitivity (default 1)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource score examples/agency.yaml\n  $ outsource score examples/agency.csv --format json\n  $ outsource score inventory.xlsx -f xlsx -o shortlist.xlsx   # Excel in, Excel out\n  $ outsource score inventory.yaml --explain newsletter-production\n  $ outsource score inventory.yaml --rules my-rules.yaml --format markdown > shortlist.md\n  $ outsource score inventory.yaml --sensitivity --seed 7     # what would change each verdict (docs/sensitivity.md)\n  $ outsource score inventory.yaml -f json -o shortlist.json -f table   # a file and the screen in one run',
    )
    .action(
      (
        file: string,
        opts: { format?: ScoreOutput[]; output?: string[]; force?: boolean; rules?: string; explain?: string; sensitivity?: boolean; seed?: string },
      ) => setAction(async (io) => (await import('./commands/score/index.js')).score({ file, ...opts }, io)),
    );

  program
    .command('check')
    .description('check roadmap files against their inventory and the rules, for CI (exit 1 on findings at or above --fail-on)')
    .argument('<roadmap...>', "roadmap YAML files (each names its inventory), folders or quoted globs ('plans/**/*.yaml'), or - for stdin")
    .addOption(formatOption(CHECK_FORMATS, 'text'))
    .addOption(outputOption())
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the check (default: error)').choices(['error', 'warning', 'info']))
    .option('-r, --rules <file>', 'rules file with a checks: section (severities, enabled: false, checks of your own)')
    .option('--baseline <file>', 'findings this baseline holds are shown but do not fail the check: only new ones do')
    .option('--write-baseline <file>', 'write every current finding to this baseline file (to adopt check on an existing roadmap)')
    .option('--force', 'overwrite --output files that exist (and a --write-baseline file that is not a baseline)')
    .option(
      '--actuals <file>',
      "actuals to judge the SLAs against: an SLA red for longer than the review cadence is sla-breached (default: the roadmap's tracking.actuals)",
    )
    .option('--allow-inventory-outside', "read a roadmap's inventory: even when it lies outside the roadmap's repository")
    .addHelpText(
      'after',
      "\nExamples:\n  $ outsource check roadmap.yaml\n  $ outsource check roadmaps/*.yaml --fail-on warning\n  $ outsource check roadmap.yaml --format sarif > outsource.sarif     # GitHub code scanning\n  $ outsource check roadmap.yaml --format github                      # annotations in a GitHub Actions job\n  $ outsource check roadmap.yaml --format markdown > comment.md       # a pull-request comment\n  $ outsource check roadmap.yaml --rules my-rules.yaml\n  $ outsource check 'plans/**/*.yaml' -f sarif -o outsource.sarif -f junit -o junit.xml -f text   # one run, three formats\n  $ outsource check roadmap.yaml --write-baseline .outsource-baseline.json   # accept what is there today\n  $ outsource check roadmap.yaml --baseline .outsource-baseline.json         # fail only on new findings\n\nWaive one finding with a reason:  # outsource-ignore CHECK-ID -- why it is accepted\nExit codes: 0 no finding at or above --fail-on, 1 findings, 2 a roadmap or its inventory cannot be read. Checks: docs/rules.md",
    )
    .action(
      (
        files: string[],
        opts: {
          format?: CheckFormat[];
          output?: string[];
          force?: boolean;
          failOn?: 'error' | 'warning' | 'info';
          rules?: string;
          baseline?: string;
          writeBaseline?: string;
          actuals?: string;
          allowInventoryOutside?: boolean;
        },
      ) => setAction(async (io) => (await import('./commands/check/index.js')).check({ files, ...opts }, io)),
    );

  const rulesCommand = program
    .command('rules')
    .description('list the criteria and gates of the method; validate a rules file; run its tests (rules test)')
    .option('-r, --rules <file>', 'rules file to validate and list (default: the built-in method)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(RULES_FORMATS).default('table'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource rules\n  $ outsource rules --rules my-rules.yaml      # exit 0 if valid, 2 with file:line:column if not\n  $ outsource rules test --rules my-rules.yaml # run the tests: list of the rules file',
    )
    .action((opts: { rules?: string; format: RulesFormat }) => setAction(async (io) => (await import('./commands/rules/index.js')).rules(opts, io)));

  // Options given after "test" are parsed by "rules" too, so the action reads them with optsWithGlobals().
  rulesCommand
    .command('test')
    .description('run the test vectors (tests:) kept in a rules file, like unit tests for a policy; exit 1 if any fails')
    .option('-r, --rules <file>', 'rules file whose tests to run (default: the built-in method and its tests)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(RULES_FORMATS).default('table'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource rules test\n  $ outsource rules test --rules my-rules.yaml\n  $ outsource rules test --rules my-rules.yaml --format json   # for CI\n\nExit codes: 0 every test passes, 1 a test fails (with a diff of expected and actual), 2 the rules file is invalid. See docs/rule-tests.md',
    )
    .action((_opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ rules?: string; format: RulesFormat }>();
      setAction(async (io) =>
        (await import('./commands/rules/test.js')).rulesTest({ format: opts.format, ...(opts.rules === undefined ? {} : { rules: opts.rules }) }, io),
      );
    });

  program
    .command('weights')
    .description("derive the step-6 weights by pairwise comparison (AHP, Saaty's 1-9 scale) and write them as a rules file")
    .option('-m, --matrix <file>', 'read the comparisons from a YAML file instead of asking them (docs/weights.md)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(WEIGHTS_FORMATS).default('table'))
    .option('-o, --out <file>', 'rules file to write (extends: default); the interview writes weights.yaml unless told otherwise')
    .option('--force', 'overwrite the --out file if it exists')
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource weights                                   # 21 questions, then writes weights.yaml\n  $ outsource weights --matrix comparisons.yaml --format json\n  $ outsource weights --matrix comparisons.yaml --out team-weights.yaml\n  $ outsource score inventory.yaml --rules team-weights.yaml\n\nA consistency ratio above 0.1 is a warning that names the comparison to revisit.',
    )
    .action((opts: { matrix?: string; format: WeightsFormat; out?: string; force?: boolean }) =>
      setAction(async (io) => (await import('./commands/weights/index.js')).weights(opts, io)),
    );

  program
    .command('diff')
    .description('compare two assessments: which processes changed verdict or rank, and why')
    .argument('<old>', 'the earlier inventory (YAML, JSON or CSV)')
    .argument('[new]', 'the later inventory (default: the same file, to compare two rules files)')
    .option('--rules-old <file>', 'rules file for the old side (default: the built-in method)')
    .option('--rules-new <file>', 'rules file for the new side (default: the built-in method)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('table'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource diff inventory-2025.yaml inventory-2026.yaml\n  $ outsource diff inventory.yaml --rules-new weights.yaml      # same answers, new weights\n  $ outsource diff old.yaml new.yaml --format markdown > changes.md',
    )
    .action((oldFile: string, newFile: string | undefined, opts: { rulesOld?: string; rulesNew?: string; format: DiffFormat }) =>
      setAction(async (io) => (await import('./commands/diff/index.js')).diff({ old: oldFile, new: newFile ?? oldFile, ...opts }, io)),
    );

  program
    .command('schema')
    .description('print the JSON Schema of a file kind, for editors and validators')
    .addArgument(
      new Argument('[kind]', 'inventory, roadmap, rules, vendors, matrix (weights --matrix) or config (.outsource.yaml)')
        .choices(['inventory', 'roadmap', 'rules', 'vendors', 'matrix', 'config'])
        .default('inventory'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource schema inventory > inventory.schema.json\n  # then, at the top of an inventory:  # yaml-language-server: $schema=./inventory.schema.json',
    )
    .action((kind: string) => setAction(async (io) => (await import('./commands/schema/index.js')).schema({ kind }, io)));

  program
    .command('init')
    .description('write a starter inventory (inventory.yaml) and a starter roadmap (roadmap.yaml) into the current folder (never overwrites without --force)')
    .option('--force', 'overwrite existing files')
    .addHelpText(
      'after',
      '\nWrites inventory.yaml (processes and answers) and roadmap.yaml (waves, vendors, SLAs; it names the inventory).\n\nExamples:\n  $ outsource init\n  $ outsource score inventory.yaml\n  $ outsource check roadmap.yaml',
    )
    .action((opts: { force?: boolean }) => setAction(async (io) => (await import('./commands/init/index.js')).init(opts, io)));

  program
    .command('vendors')
    .description('rank candidate vendors on the criteria the source articles give for choosing a partner; flag vendors without a scope and scopes that overlap')
    .argument('<file>', 'vendors file (YAML or JSON), or - for stdin')
    .addOption(formatOption(VENDORS_FORMATS, 'table'))
    .addOption(outputOption())
    .option('--force', 'overwrite --output files that exist')
    .option('-w, --weights <file>', "file with a weights: map (e.g. from outsource weights --format json) to use instead of the file's weights")
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource vendors examples/vendors.yaml\n  $ outsource vendors vendors.yaml --format json\n  $ outsource vendors vendors.yaml --weights ahp-weights.json --format markdown > scorecard.md',
    )
    .action((file: string, opts: { format?: VendorsFormat[]; output?: string[]; force?: boolean; weights?: string }) =>
      setAction(async (io) => (await import('./commands/vendors/index.js')).vendors({ file, ...opts }, io)),
    );

  program
    .command('report')
    .description('one-page report: the funnel of the method, the priority matrix, the shortlist with engagement and location, every verdict explained')
    .argument('<inventory>', 'inventory file (YAML, JSON or CSV), or - for stdin')
    .option('--html <file>', 'write a self-contained HTML page (offline, no script) to this file')
    .addOption(new Option('-f, --format <format>', 'print to stdout instead (default: markdown)').choices(REPORT_FORMATS))
    .option('--force', 'overwrite the --html file if it exists')
    .option('-r, --rules <file>', 'rules file to use instead of the default method')
    .option('--roadmap <file>', "add the roadmap's hand-over waves (a timeline), its vendors and its SLAs")
    .option('--actuals <file>', 'actuals (as for outsource track; needs --roadmap): a chart per tracked SLA and cards counting green, amber and red')
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource report examples/agency.yaml --html report.html\n  $ outsource report examples/agency.yaml --roadmap examples/roadmap.yaml --actuals examples/actuals.csv --html report.html\n  $ outsource report inventory.yaml --format markdown > report.md',
    )
    .action((file: string, opts: { html?: string; format?: ReportFormat; force?: boolean; rules?: string; roadmap?: string; actuals?: string }) =>
      setAction(async (io) => (await import('./commands/report/index.js')).report({ file, ...opts }, io)),
    );

  program
    .command('track')
    .description("the run phase: actuals against the roadmap's SLAs, each green, amber, red or no-data, with its trend and what to do next")
    .argument('<roadmap>', 'roadmap YAML with SLAs (metric, unit, baseline, target, better)')
    .argument('[actuals]', "actuals: CSV (process,metric,period,value[,unit]) or YAML/JSON records (default: the roadmap's tracking.actuals)")
    .addOption(formatOption(TRACK_FORMATS, 'table'))
    .addOption(outputOption())
    .addOption(new Option('--fail-on <status>', 'exit 1 when an SLA is at or worse than this status').choices(['red', 'amber']).default('red'))
    .option('--force', 'overwrite --output files that exist')
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource track examples/roadmap.yaml examples/actuals.csv\n  $ outsource track roadmap.yaml actuals.csv --format github --fail-on amber   # in CI\n  $ outsource track roadmap.yaml actuals.yaml --format markdown -o sla-report.md\n\nExit codes: 0 no SLA at or worse than --fail-on, 1 one is, 2 an input cannot be used. See docs/track.md',
    )
    .action((roadmap: string, actuals: string | undefined, opts: { format?: TrackFormat[]; output?: string[]; failOn: 'red' | 'amber'; force?: boolean }) =>
      setAction(async (io) => (await import('./commands/track/index.js')).track({ roadmap, ...(actuals === undefined ? {} : { actuals }), ...opts }, io)),
    );

  program
    .command('plan')
    .description('draft a roadmap for the shortlist: waves, engagement model, location, SLAs from the metrics, placeholders to fill')
    .argument('<inventory>', 'inventory file (YAML, JSON or CSV), or - for stdin')
    .option('-o, --out <file>', 'write the roadmap to this file (default: stdout)')
    .option('--force', 'overwrite the --out file if it exists')
    .option('-r, --rules <file>', 'rules file to use instead of the default method')
    .option('--vendors <file>', 'vendors file: give each process to the best-ranked vendor whose scope names it')
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource plan examples/agency.yaml --out roadmap.yaml\n  $ outsource plan examples/agency.yaml --vendors examples/vendors.yaml --out roadmap.yaml --force\n  $ outsource check roadmap.yaml      # lists the placeholders still to fill',
    )
    .action((file: string, opts: { out?: string; force?: boolean; rules?: string; vendors?: string }) =>
      setAction(async (io) => (await import('./commands/plan/index.js')).plan({ file, ...opts }, io)),
    );

  program
    .command('completion')
    .description('print a completion script for bash, zsh or fish, generated from these commands')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      '\nExamples:\n  $ outsource completion bash > ~/.local/share/bash-completion/completions/outsource\n  $ outsource completion zsh > "${fpath[1]}/_outsource"\n  $ outsource completion fish > ~/.config/fish/completions/outsource.fish',
    )
    .action((shell: Shell) => setAction(async (io) => (await import('./commands/completion/index.js')).completion({ shell }, program, io)));

  return program;
}

/** `assess`, `check FILE...` and `score FILE` without options skip this for runFast() in fast-start.ts: what changes here changes there. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  let action: Action | undefined;
  const program = buildProgram(io, (a) => (action = a));
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!action) {
      program.outputHelp();
      return EXIT.error;
    }
    const globals = program.opts<{ quiet?: boolean; color?: boolean }>();
    const code = await action({ ...io, color: io.color && globals.color !== false, quiet: Boolean(globals.quiet) });
    await io.drained?.();
    return code;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message; help and version are successes.
    return error.exitCode === 0 ? EXIT.ok : EXIT.error;
  }
  return reportCommandError(error, io, debug);
}
