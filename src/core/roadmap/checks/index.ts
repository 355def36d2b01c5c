import type { Check } from '../types.js';
import { coreWorkHandedOut } from './core-work-handed-out.js';
import { duplicateItem } from './duplicate-item.js';
import { engagementMismatch } from './engagement-mismatch.js';
import { highRiskFirstWave } from './high-risk-first-wave.js';
import { ipNotOwned } from './ip-not-owned.js';
import { locationMismatch } from './location-mismatch.js';
import { missingCost } from './missing-cost.js';
import { missingMetrics } from './missing-metrics.js';
import { noBusinessCase } from './no-business-case.js';
import { noOwner } from './no-owner.js';
import { noReviewCadence } from './no-review-cadence.js';
import { processNotOutsource } from './process-not-outsource.js';
import { splitWithoutOwner } from './split-without-owner.js';
import { processTwoVendors } from './process-two-vendors.js';
import { slaCostOnly } from './sla-cost-only.js';
import { targetNotBetter } from './target-not-better.js';
import { slaBreached } from './sla-breached.js';
import { unknownProcess } from './unknown-process.js';
import { unknownVendor } from './unknown-vendor.js';
import { unusedVendor } from './unused-vendor.js';
import { vendorWithoutScope } from './vendor-without-scope.js';

/** The default checks, in the order docs/rules.md lists them. Ids are public contract. */
export const BUILT_IN_CHECKS: readonly Check[] = [
  processNotOutsource,
  unknownProcess,
  unknownVendor,
  missingMetrics,
  slaCostOnly,
  targetNotBetter,
  slaBreached,
  coreWorkHandedOut,
  highRiskFirstWave,
  locationMismatch,
  engagementMismatch,
  processTwoVendors,
  duplicateItem,
  vendorWithoutScope,
  unusedVendor,
  noReviewCadence,
  noOwner,
  ipNotOwned,
  splitWithoutOwner,
  noBusinessCase,
  missingCost,
];
