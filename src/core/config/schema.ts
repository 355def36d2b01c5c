import { z } from 'zod';

/** One default output: a format for stdout, or a format with the file it goes to (relative to the configuration file). */
const outputEntry = z.union([z.string(), z.strictObject({ format: z.string(), output: z.string().min(1) })]);
const outputs = z.union([outputEntry, z.array(outputEntry).min(1)]);

/** The commands that write several formats in one run, each with its own default list. */
export const CONFIGURABLE_COMMANDS = ['check', 'score', 'vendors', 'track'] as const;
export type ConfigurableCommand = (typeof CONFIGURABLE_COMMANDS)[number];

/**
 * `.outsource.yaml` (or `"outsource"` in package.json): a team's defaults,
 * which command-line flags override. Paths are relative to the file.
 */
export const configShape = z.strictObject({
  $schema: z.string().optional(),
  rules: z.string().min(1).optional(),
  'fail-on': z.enum(['error', 'warning', 'info']).optional(),
  baseline: z.string().min(1).optional(),
  waivers: z
    .strictObject({
      /** A waiver without `expires` waives nothing: every exception is revisited. */
      'require-expiry': z.boolean().optional(),
      /** `false`: only the roadmap's `waivers:` list counts, not `# outsource-ignore` comments. */
      inline: z.boolean().optional(),
    })
    .optional(),
  formats: z
    .strictObject(Object.fromEntries(CONFIGURABLE_COMMANDS.map((c) => [c, outputs.optional()])) as Record<ConfigurableCommand, z.ZodOptional<typeof outputs>>)
    .optional(),
});

export type Config = z.infer<typeof configShape>;

/** The keys each level accepts, for did-you-mean on a typo. */
export function configKeysAt(path: readonly PropertyKey[]): string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return Object.keys(configShape.shape);
  if (last === 'waivers') return ['require-expiry', 'inline'];
  if (last === 'formats') return [...CONFIGURABLE_COMMANDS];
  return ['format', 'output'];
}
