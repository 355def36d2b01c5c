import { sanitize, truncate } from '../../../util/sanitize.js';
import type { Check } from '../types.js';

/** A review cycle in months: an SLA red for at least this long has been through a review and stayed red. */
export const CADENCE_MONTHS: Record<string, number> = { weekly: 0.25, fortnightly: 0.5, monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };

const show = (text: string) => sanitize(truncate(text, 60));

export const slaBreached: Check = {
  id: 'sla-breached',
  severity: 'error',
  summary: 'an SLA has been red for longer than the review cadence: the feedback loop has not corrected it',
  seed: '004 step 7; 001',
  fix: "review the SLA with the vendor and act (outsource track says what to do next), or revisit the process's assessment; runs only with actuals (--actuals or tracking.actuals)",
  check(ctx) {
    if (!ctx.tracking) return [];
    const cadence = ctx.roadmap.tracking?.cadence ?? ctx.roadmap.review?.cadence ?? 'monthly';
    const cycle = CADENCE_MONTHS[cadence] ?? 1;
    return ctx.tracking.slas.flatMap((sla) => {
      if (!sla.redSince || sla.redSince.months < cycle - 1e-9) return [];
      return [
        {
          path: ['items', sla.path.item, 'slas', sla.path.sla],
          process: sla.process,
          vendor: sla.vendor,
          item: sla.path.item,
          message: `SLA "${show(sla.metric)}" of "${sla.process}" has been red since ${sla.redSince.period}, longer than the ${cadence} review: ${sla.reason}`,
        },
      ];
    });
  },
};
