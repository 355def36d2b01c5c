/**
 * Whether the tool a suite needs (tmux, Chromium, `script`, the built dist/)
 * is here. On a developer's machine a missing tool skips the suite; under
 * CI=true it fails the run instead: a check that silently did not run reads
 * as a check that passed. `.ci/run` installs the Debian packages.
 */
export function requireTool(tool: string, available: boolean): boolean {
  if (!available && process.env.CI === 'true')
    throw new Error(`${tool} is needed by this suite and CI=true, so it may not be skipped: install it (see .ci/run)`);
  return available;
}
