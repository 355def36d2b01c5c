import type { Result } from '../parse/diagnostics.js';
import { fail, ok } from '../parse/diagnostics.js';
import { readDocument } from '../parse/read-document.js';
import { issuesToDiagnostics } from '../parse/zod-diagnostics.js';
import { settingsFrom, trackingSettingsShape, type TrackingSettings } from './settings.js';

/** rules/tracking.yaml, validated, with file:line:column when it is broken. */
export function loadTrackingSettings(text: string, file: string): Result<TrackingSettings> {
  const doc = readDocument(text, file);
  if (!doc.ok) return doc;
  const parsed = trackingSettingsShape.safeParse(doc.value.value);
  if (!parsed.success) return fail(...issuesToDiagnostics(parsed.error.issues, doc.value.value, doc.value));
  return ok(settingsFrom(parsed.data));
}
