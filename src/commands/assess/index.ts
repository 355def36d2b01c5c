import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { ask, type Outcome } from '../../core/interview/ask.js';
import { quickCatalogues, type Catalogues } from '../../core/interview/catalogue.js';
import { stageHeader } from '../../core/interview/headers.js';
import type { InterviewDeps, runInterview } from '../../core/interview/interview.js';
import type { formatInventory } from '../../core/interview/inventory.js';
import { InterviewInterrupted, type Prompter } from '../../core/prompter.js';
import type { newSession, Session } from '../../core/interview/session.js';
import { mergeStartingPoint } from '../../core/interview/starting-point.js';
import { emptyState } from '../../core/interview/state.js';
import type { Inventory } from '../../core/inventory/types.js';
import type { Method } from '../../core/method.js';
import { sanitize } from '../../util/sanitize.js';
import { EXIT, UserError } from '../../io/errors.js';
import type { Io } from '../../io/io.js';
import { rulesDir } from '../../io/paths.js';
import { readCompiledCatalogues } from '../../io/compiled-catalogues.js';
import { exists, writeFileAtomic } from '../../io/write-file.js';
import { describeHolder, lockHolder, tryLockSession, waitForLock, type HeldLock } from './session-lock.js';
import { askWhenLocked, inUseBy, showReadOnly } from './when-locked.js';
import { readSession, removeStaleTemps, saveSession, sessionPathFor, setAsideBroken, validateSession, SESSION_FILE } from './session-file.js';

export interface AssessOptions {
  inventory?: string;
  out?: string;
  answers?: string;
  force?: boolean;
  rules?: string;
}

export interface AssessDeps {
  /** A prompt driver other than the terminal (tests). */
  prompter?: (signal: AbortSignal) => Prompter;
  now?: () => string;
}

export const DEFAULT_OUT = 'inventory.yaml';
const WRITABLE = ['.yaml', '.yml', '.json'];

function checkWritable(path: string, shown: string): void {
  if (!WRITABLE.includes(extname(path).toLowerCase())) {
    throw new UserError(`${shown}: the inventory is written as YAML or JSON; name it .yaml, .yml or .json (CSV cannot hold metrics or merged_from)`);
  }
}

interface SourceTexts {
  catalogue: { file: string; text: string };
  metrics: { file: string; text: string };
  /** The build's compiled catalogues, when they were compiled from these texts: validated already. */
  compiled?: Catalogues;
}

/** What the interview needs beyond its first question: loaded while that question is on screen. */
interface Loaded {
  method: Method;
  catalogues: Catalogues;
  runInterview: typeof runInterview;
  newSession: typeof newSession;
  formatInventory: typeof formatInventory;
}

async function loadTheRest(rulesPath: string | null, io: Io, texts: SourceTexts): Promise<Loaded> {
  const [{ loadMethodFor }, catalogues, { runInterview }, { newSession }, { formatInventory }] = await Promise.all([
    import('../../io/load-method.js'),
    validCatalogues(texts),
    import('../../core/interview/interview.js'),
    import('../../core/interview/session.js'),
    import('../../core/interview/inventory.js'),
  ]);
  const { method } = await loadMethodFor(rulesPath ?? undefined, io);
  return { method, catalogues, runInterview, newSession, formatInventory };
}

/** The compiled catalogues when current; otherwise the YAML, validated in full (the schema library loads only then). */
async function validCatalogues(texts: SourceTexts): Promise<Catalogues> {
  if (texts.compiled) return texts.compiled;
  const { loadCatalogues } = await import('../../core/interview/catalogue-schema.js');
  const catalogues = loadCatalogues(texts.catalogue, texts.metrics);
  if (!catalogues.ok) throw new UserError(catalogues.errors);
  return catalogues.value;
}

/**
 * `outsource assess`: the seven steps as an interview. Every answer is saved
 * in a session file beside the inventory before the next question; the
 * inventory itself is written at the end, in the format `score` reads.
 *
 * The first question of a new interview needs neither the method nor the
 * interview engine, so it is shown first and they load while it is read.
 */
export async function assess(options: AssessOptions, io: Io, deps: AssessDeps = {}): Promise<number> {
  const shown = (path: string) => {
    const rel = relative(io.cwd, path);
    return sanitize(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel);
  };
  const now = deps.now ?? (() => new Date().toISOString());
  const requestedOut = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  if (requestedOut) checkWritable(requestedOut, sanitize(options.out ?? ''));
  const sessionPath = sessionPathFor(requestedOut ?? resolve(io.cwd, DEFAULT_OUT));
  const resumeHint = `outsource assess${options.out === undefined ? '' : ` --out ${sanitize(options.out)}`}`;
  if (!io.stdinIsTTY) {
    const holder = lockHolder(sessionPath);
    throw new UserError(
      holder
        ? `${inUseBy(shown(sessionPath), holder)}; wait for it to finish, or give --out a file in another folder`
        : 'assess is an interview and needs a terminal (stdin is not one); to score an inventory file without questions, run: outsource score FILE',
    );
  }

  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => controller.abort());
  let saved = false;
  let lock: HeldLock | undefined;
  let waiting = false;
  /** Deleting or replacing the session is only for the interview that holds it. */
  const mustHold = (what: string) => {
    if (lock && !lock.holds()) {
      throw new UserError(`${shown(sessionPath)} was taken over by another outsource assess; ${what}, so its answers are safe`);
    }
  };
  try {
    const prompterReady = deps.prompter ? Promise.resolve(deps.prompter(controller.signal)) : terminal(controller.signal, io);
    const attempt = tryLockSession(sessionPath);
    if (attempt.ok) lock = attempt.lock;
    else {
      const prompter = await prompterReady;
      const choice = await askWhenLocked(prompter, shown(sessionPath), attempt.holder);
      if (choice === 'quit') return EXIT.ok;
      if (choice === 'read-only') {
        await showReadOnly(sessionPath, shown(sessionPath), resumeHint, prompter, {
          loadMethod: async (rules) => (await loadTheRest(rules, io, await readSources())).method,
          renderShortlist: async (inventory, method) => {
            const { evaluateInventory } = await import('../../core/engine/evaluate.js');
            const { renderTable } = await import('../../reporters/score/table.js');
            const organisation = inventory.organisation === undefined ? {} : { organisation: inventory.organisation };
            return renderTable({ assessment: evaluateInventory(inventory, method), method, ...organisation }, { color: io.color, width: io.columns });
          },
        });
        return EXIT.ok;
      }
      prompter.say(`Waiting for ${describeHolder(attempt.holder)} to end its interview; Ctrl-C stops waiting.`);
      waiting = true;
      lock = await waitForLock(sessionPath, controller.signal);
      waiting = false;
      prompter.say('The other interview has ended; continuing here.');
    }
    const [prompter, found, texts] = await Promise.all([prompterReady, readSession(sessionPath), readSources(), removeStaleTemps(sessionPath)]);
    const catalogues = texts.compiled ?? (await quickLook(texts)) ?? (await loadTheRest(null, io, texts)).catalogues;

    const askAboutBroken = async (reason: string) => {
      const choice = await prompter.select({
        message: `${shown(sessionPath)} cannot be read (${sanitize(reason)}). Start a new interview?`,
        choices: [
          { value: 'restart', name: `Start over (the unreadable file is kept as ${SESSION_FILE}.broken)` },
          { value: 'quit', name: 'Quit' },
        ],
      });
      if (choice === 'restart') {
        mustHold('the unreadable file was not moved');
        await setAsideBroken(sessionPath);
      }
      return choice;
    };

    let resumed: Session | undefined;
    if (found.kind === 'found') {
      const { answers, updated, out } = found.glance;
      const choice = await prompter.select({
        message: `An unfinished interview is saved in ${shown(sessionPath)} (${answers} answer${answers === 1 ? '' : 's'}, last ${sanitize(updated.slice(0, 16).replace('T', ' '))}). Resume it?`,
        choices: [
          { value: 'resume', name: 'Resume where you left off', description: `It will write ${shown(out)} at the end.` },
          { value: 'restart', name: 'Start over (the saved answers are deleted)' },
          { value: 'quit', name: 'Quit (keep the saved answers)' },
        ],
      });
      if (choice === 'quit') return EXIT.ok;
      if (choice === 'restart') {
        mustHold('nothing was deleted');
        await rm(sessionPath, { force: true });
      } else {
        const checked = await validateSession(found.value);
        if (checked.ok) {
          resumed = checked.session;
          saved = true;
          if (options.inventory !== undefined || options.answers !== undefined)
            prompter.say('(resuming: --inventory and --answers are not read again; the session already holds what they gave)');
        } else if ((await askAboutBroken(checked.reason)) === 'quit') return EXIT.ok;
      }
    } else if (found.kind === 'broken' && (await askAboutBroken(found.reason)) === 'quit') {
      return EXIT.ok;
    }

    const out = requestedOut ?? (resumed ? resumed.out : resolve(io.cwd, DEFAULT_OUT));
    const rulesPath = options.rules !== undefined ? resolve(io.cwd, options.rules) : (resumed?.rules ?? null);
    const intro = `Answers are saved in ${shown(sessionPath)} as you give them: stop with Ctrl-C at any time and run \`${resumeHint}\` to resume.`;
    const interviewDeps = (loaded: Loaded): InterviewDeps => ({
      method: loaded.method,
      catalogues: loaded.catalogues,
      prompter,
      now,
      save: async (s) => {
        // --out may name a folder that does not exist yet; the session goes there from the first answer.
        if (!saved) await mkdir(dirname(sessionPath), { recursive: true });
        if (lock?.pending) {
          const again = tryLockSession(sessionPath);
          if (!again.ok) throw new UserError(`${inUseBy(shown(sessionPath), again.holder)}; this answer was not saved`);
          lock = again.lock;
        }
        mustHold('this answer was not saved');
        await saveSession(sessionPath, s, shown(sessionPath));
        saved = true;
      },
      renderShortlist: async (inventory) => {
        const { evaluateInventory } = await import('../../core/engine/evaluate.js');
        const { renderTable } = await import('../../reporters/score/table.js');
        const report = {
          assessment: evaluateInventory(inventory, loaded.method),
          method: loaded.method,
          ...(inventory.organisation === undefined ? {} : { organisation: inventory.organisation }),
        };
        return renderTable(report, { color: io.color, width: io.columns });
      },
    });

    let loaded: Loaded;
    let result: Awaited<ReturnType<Loaded['runInterview']>>;
    if (!resumed && options.inventory === undefined && options.answers === undefined && options.rules === undefined) {
      // A new interview: its first question, then everything else while it is on screen.
      prompter.say(intro);
      prompter.say(stageHeader('list', undefined, catalogues) ?? '');
      const pending = ask({ kind: 'list', stage: 'list' }, { catalogues, prompter, state: emptyState(), canGoBack: false });
      const loading = loadTheRest(rulesPath, io, texts);
      loading.catch(() => undefined);
      const outcome: Outcome = await pending;
      loaded = await loading;
      const session = loaded.newSession({ out, rules: rulesPath, base: { processes: [], listDone: false, from: [] }, now: now() });
      result = await loaded.runInterview(session, interviewDeps(loaded), { stage: 'list', outcome });
    } else {
      loaded = await loadTheRest(rulesPath, io, texts);
      const session = resumed ?? loaded.newSession({ out, rules: rulesPath, base: await startingPoint(options, io, loaded.method, prompter), now: now() });
      session.out = out;
      session.rules = rulesPath;
      if (session.events.length === 0 && !resumed) prompter.say(intro);
      else if (resumed) {
        const [{ recap }, { replay }] = await Promise.all([import('../../core/interview/recap.js'), import('../../core/interview/state.js')]);
        prompter.say(recap(replay(resumed, loaded.method), loaded.method));
      }
      result = await loaded.runInterview(session, interviewDeps(loaded));
    }

    const written = await writeInventory(
      result.inventory,
      out,
      { force: options.force === true, date: now().slice(0, 10) },
      prompter,
      io,
      shown,
      loaded.formatInventory,
    );
    mustHold(`the inventory was written but the session was kept`);
    await rm(sessionPath, { force: true });
    const { evaluateInventory } = await import('../../core/engine/evaluate.js');
    const inShortlist = evaluateInventory(result.inventory, loaded.method).shortlist.length;
    const n = result.inventory.processes.length;
    io.stdout(
      `\nWrote ${shown(written)}: ${n} process${n === 1 ? '' : 'es'}, ${inShortlist} on the shortlist.\n` +
        `Score it again:  outsource score ${shown(written)}\n` +
        `Extend it later: outsource assess --inventory ${shown(written)}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InterviewInterrupted && waiting) {
      io.stderr('\noutsource: stopped waiting; nothing was written.\n');
      return EXIT.interrupted;
    }
    if (error instanceof InterviewInterrupted) {
      const where = saved ? `your answers are saved in ${shown(sessionPath)}` : 'nothing was answered yet, so nothing was saved';
      io.stderr(`\noutsource: interrupted; ${where}. Run \`${resumeHint}\` to ${saved ? 'resume' : 'start again'}.\n`);
      return EXIT.interrupted;
    }
    throw error;
  } finally {
    stopListening();
    lock?.release();
  }
}

async function terminal(signal: AbortSignal, io: Io): Promise<Prompter> {
  const { terminalPrompter } = await import('../../io/terminal-prompter.js');
  return terminalPrompter({ signal, color: io.color, columns: io.columns, rows: io.rows, write: (text) => io.stdout(text) });
}

async function readSources(): Promise<SourceTexts> {
  const read = async (name: string) => ({ file: `rules/${name}`, text: await readFile(join(rulesDir, name), 'utf8') });
  const [catalogue, metrics] = await Promise.all([read('catalogue.yaml'), read('metrics.yaml')]);
  const compiled = await readCompiledCatalogues(catalogue.text, metrics.text);
  return { catalogue, metrics, ...(compiled ? { compiled } : {}) };
}

/** The catalogues through the fast YAML parser, enough for the first question; undefined if they look wrong. */
async function quickLook(texts: SourceTexts): Promise<Catalogues | undefined> {
  const { default: jsYaml } = await import('js-yaml');
  try {
    const load = (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return quickCatalogues(load(texts.catalogue.text), load(texts.metrics.text));
  } catch {
    return undefined;
  }
}

async function readInventory(path: string, io: Io, method: Method): Promise<Inventory> {
  const { readInventoryFile } = await import('../../io/read-inventory.js');
  // A metric whose direction the catalogue does not know is asked at step 7, not refused here.
  const { metricDirections: _askedAtStep7, ...lenient } = method;
  return (await readInventoryFile(path, lenient, io)).inventory;
}

/**
 * Where a new interview starts: --inventory gives processes to continue and
 * extend; --answers fills in answers (and adds its processes); with
 * --answers alone its process list is taken as complete.
 */
async function startingPoint(options: AssessOptions, io: Io, method: Method, prompter: Prompter): Promise<Session['base']> {
  const inventory = options.inventory === undefined ? undefined : { file: options.inventory, inventory: await readInventory(options.inventory, io, method) };
  const answers = options.answers === undefined ? undefined : { file: options.answers, inventory: await readInventory(options.answers, io, method) };
  const { base, raters } = mergeStartingPoint(inventory, answers);
  if (raters > 0) {
    prompter.say(
      `${raters} process${raters === 1 ? ' has' : 'es have'} several raters' answers (answers_by); the interview works on the combined answers and writes those as the answers.`,
    );
  }
  if (base.processes.length > 0) {
    prompter.say(
      `Loaded ${base.processes.length} process${base.processes.length === 1 ? '' : 'es'} from ${base.from.map(sanitize).join(' and ')}; only what they leave unanswered is asked.`,
    );
  }
  return base;
}

/** A free file name beside `path`: inventory-2.yaml, inventory-3.yaml, ... */
async function freeName(path: string): Promise<string> {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!(await exists(candidate))) return candidate;
  }
}

/** Writes the inventory; an existing file is replaced only with --force or the user's yes. */
async function writeInventory(
  inventory: Inventory,
  out: string,
  options: { force: boolean; date: string },
  prompter: Prompter,
  io: Io,
  shown: (p: string) => string,
  formatInventory: Loaded['formatInventory'],
): Promise<string> {
  let target = out;
  while (!options.force && (await exists(target))) {
    if (await prompter.confirm({ message: `${shown(target)} already exists. Overwrite it?`, default: false })) break;
    const suggestion = shown(await freeName(target));
    const answer = await prompter.input({
      message: 'Save the inventory as:',
      default: suggestion,
      validate: (value) => (WRITABLE.includes(extname(value.trim()).toLowerCase()) ? true : 'name it .yaml, .yml or .json'),
    });
    target = resolve(io.cwd, answer.trim() || suggestion);
  }
  await mkdir(dirname(target), { recursive: true });
  const format = extname(target).toLowerCase() === '.json' ? 'json' : 'yaml';
  const header = [
    `Process inventory written by \`outsource assess\` on ${options.date}.`,
    `Score it with:  outsource score ${shown(target)}`,
    'Scales are 1 (very low) to 5 (very high); a missing answer means "not answered".',
  ].join('\n');
  await writeFileAtomic(target, formatInventory(inventory, format, header), { force: true, shownAs: shown(target) });
  return target;
}
