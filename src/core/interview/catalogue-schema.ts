import { z } from 'zod';
import type { Diagnostic, Result } from '../parse/diagnostics.js';
import { fail, failAll, ok } from '../parse/diagnostics.js';
import { parsePositioned } from '../parse/yaml-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { processId } from '../inventory/schema.js';
import { BETTER } from '../metrics/direction.js';
import { didYouMean } from '../../util/suggest.js';
import { cataloguesFrom, type Catalogues } from './catalogue.js';

const text = z.string().trim().min(1).max(2000);
const shortText = z.string().trim().min(1).max(200);
/** Seed articles are cited by their number, as in the rules' help texts: "000" to "004". */
const seed = z.string().regex(/^\d{3}$/, 'must be a seed number such as "000"');
const stepShape = z.strictObject({ title: shortText, intro: text });

/** rules/catalogue.yaml: what peers commonly outsource (step 2) and the texts of steps 1 and 2. */
export const catalogueShape = z.strictObject({
  version: z.literal(1),
  steps: z.strictObject({ 1: stepShape, 2: stepShape }),
  suggestions: z.record(processId, z.strictObject({ name: shortText, function: shortText, seed, why: text })),
});

export const metricDefShape = z.strictObject({
  name: shortText,
  unit: z.string().trim().min(1).max(50),
  better: z.enum(BETTER),
  also: z.array(shortText).max(50).optional(),
  seed,
  help: text,
});

/** rules/metrics.yaml: the metrics proposed at step 7, by function. */
export const metricsCatalogueShape = z.strictObject({
  version: z.literal(1),
  step: stepShape,
  metrics: z.record(processId, metricDefShape),
  functions: z.record(shortText, z.array(processId).min(1).max(20)),
  default: z.array(processId).min(1).max(20),
  patterns: z.strictObject({ lower: z.array(shortText).max(200).optional(), higher: z.array(shortText).max(200).optional() }).optional(),
});

export type CatalogueFile = z.infer<typeof catalogueShape>;
export type MetricsFile = z.infer<typeof metricsCatalogueShape>;

function parseWith<S extends z.ZodType>(shape: S, text: string, file: string): Result<z.infer<S>> {
  const doc = parsePositioned(text, file);
  if (!doc.ok) return doc;
  const parsed = shape.safeParse(doc.value.value);
  if (!parsed.success) return fail(...issuesToDiagnostics(parsed.error.issues, doc.value.value, doc.value));
  return ok(parsed.data);
}

/** Reads rules/catalogue.yaml and rules/metrics.yaml; every metric a function names must exist. */
export function loadCatalogues(catalogue: { file: string; text: string }, metrics: { file: string; text: string }): Result<Catalogues> {
  const c = parseWith(catalogueShape, catalogue.text, catalogue.file);
  const m = parseWith(metricsCatalogueShape, metrics.text, metrics.file);
  if (!c.ok || !m.ok) return fail(...(c.ok ? [] : c.errors), ...(m.ok ? [] : m.errors));
  const known = Object.keys(m.value.metrics);
  const errors: Diagnostic[] = [];
  const check = (where: string, ids: string[]) => {
    for (const id of ids) if (!m.value.metrics[id]) errors.push({ file: metrics.file, message: `${where}: unknown metric "${id}"${didYouMean(id, known)}` });
  };
  for (const [fn, ids] of Object.entries(m.value.functions)) check(`functions.${fn}`, ids);
  check('default', m.value.default);
  if (errors.length > 0) return failAll(errors);
  return ok(cataloguesFrom(c.value, m.value));
}
