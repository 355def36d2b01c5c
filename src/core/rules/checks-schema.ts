import { z } from 'zod';

/** Check ids: the built-in ones and the ones users add are lowercase words joined by "-". */
export const checkId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and "-"').max(64);

/**
 * One entry of the `checks:` section of a rules file. For a built-in check:
 * `severity` and `enabled`. For a check of your own: `when` (a CEL condition
 * that fires the check when true), `message`, and optionally `for` and `severity`.
 */
export const checkSettingShape = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']).optional().describe('error, warning or info'),
  enabled: z.boolean().optional().describe('false turns the check off'),
  for: z.enum(['item', 'roadmap']).optional().describe('a check of your own runs once per item (default) or once per roadmap'),
  when: z.string().min(1).max(4000).optional().describe('a check of your own: CEL condition; the check fires where it is true'),
  message: z.string().trim().min(1).max(500).optional().describe('a check of your own: one line that says what to do; {process}, {vendor}, {wave}, {location}, {engagement} are filled in per item'),
  description: z.string().trim().min(1).max(2000).optional().describe('what the check is for, shown by `outsource rules`'),
});

export const checksSectionShape = z.record(checkId, checkSettingShape).describe('severity changes and `enabled: false` for built-in checks by id; checks of your own with a CEL condition');

export type CheckSetting = z.infer<typeof checkSettingShape>;
export const CHECK_SETTING_KEYS = ['severity', 'enabled', 'for', 'when', 'message', 'description'];
