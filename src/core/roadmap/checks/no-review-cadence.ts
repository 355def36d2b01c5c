import type { Check, Hit } from '../types.js';

export const noReviewCadence: Check = {
  id: 'no-review-cadence',
  severity: 'error',
  summary: 'the roadmap has no review cadence or no feedback loop: a to-do list handed to vendors, with no room for review and evaluation',
  seed: '001; 003',
  fix: 'add `review: { cadence: monthly, feedback_loop: true }` (or describe the loop: strategise, implement, feedback)',
  check(ctx) {
    const review = ctx.roadmap.review;
    if (review === undefined || review === null) {
      const hasKey = review === null;
      return [
        {
          path: hasKey ? ['review'] : [],
          key: hasKey,
          message: 'the roadmap has no review; add review: { cadence: monthly, feedback_loop: true } so the plan and the vendors are reviewed',
        },
      ];
    }
    const hits: Hit[] = [];
    if (!review.cadence) {
      hits.push({
        path: review.cadence === null ? ['review', 'cadence'] : ['review'],
        key: true,
        message: 'the review has no cadence; add cadence: monthly (or weekly, fortnightly, quarterly, half-yearly, yearly)',
      });
    }
    const loop = review.feedback_loop;
    if (loop === undefined || loop === null || loop === false || loop === '') {
      hits.push({
        path: loop === undefined ? ['review'] : ['review', 'feedback_loop'],
        key: loop === undefined || loop === null,
        message: 'the review has no feedback loop; set feedback_loop: true or describe how results feed back into the plan (strategise, implement, feedback)',
      });
    }
    return hits;
  },
};
