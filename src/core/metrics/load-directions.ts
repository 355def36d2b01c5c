import jsYaml from 'js-yaml';
import type { Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import { metricsCatalogueShape } from '../interview/catalogue-schema.js';
import { parsePositioned } from '../parse/yaml-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { compileDirections, type MetricDirections } from './direction.js';

/**
 * The directions of rules/metrics.yaml. The shipped file is read on the fast
 * path; positions are computed only when it is broken, to say where.
 */
export function loadMetricDirections(text: string, file: string): Result<MetricDirections> {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    const doc = parsePositioned(text, file);
    return doc.ok ? fail({ file, message: 'is not valid YAML' }) : doc;
  }
  const parsed = metricsCatalogueShape.safeParse(value);
  if (!parsed.success) {
    const doc = parsePositioned(text, file);
    if (!doc.ok) return doc;
    return fail(...issuesToDiagnostics(parsed.error.issues, value, doc.value));
  }
  return ok(compileDirections(parsed.data));
}
