/** Everything a command may touch outside the core, injectable so commands run in-process in tests. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves once stdout has room again: loops writing large outputs await it between pieces. */
  drained?(): Promise<void>;
  /** Colour for text written to stdout (NO_COLOR, FORCE_COLOR and TTY already applied). */
  color: boolean;
  /** Width to fit tables in. */
  columns: number;
  /** Height of the terminal, for how many choices a question shows at once. */
  rows: number;
  /** Calls `handler` on Ctrl-C (SIGINT) until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  readStdin(): Promise<Buffer>;
  env: Record<string, string | undefined>;
  /** stderr is a terminal: progress lines are drawn only then. */
  stderrIsTTY?: boolean;
  /** --quiet: stderr carries errors only. */
  quiet?: boolean;
}
