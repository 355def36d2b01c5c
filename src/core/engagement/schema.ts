import { z } from 'zod';

/** How much work a process brings each month, and how it arrives. */
export const volumeShape = z
  .strictObject({
    hours_per_month: z.number().finite().min(0).max(1_000_000).describe('hours of work a month (for seasonal work, the average over the year)'),
    pattern: z.enum(['steady', 'seasonal', 'project']).describe('steady: about the same every month; seasonal: peaks and troughs; project: comes in bursts'),
  })
  .describe('volume of work, to choose the engagement model and the number of seats');

/** How much work a process brings and how it arrives: chooses the engagement model and seats. */
export interface Volume {
  hours_per_month: number;
  pattern: 'steady' | 'seasonal' | 'project';
}

export const VOLUME_KEYS = ['hours_per_month', 'pattern'];

/** The `engagement:` section of a rules file. */
export const engagementRulesShape = z.strictObject({
  hours_per_seat: z
    .number()
    .positive('hours_per_seat must be greater than 0')
    .max(744)
    .describe('productive hours one seat delivers in a month; resource support is bought per seat'),
  min_seat_share: z.number().min(0).max(1).describe('steady work below this share of one seat goes per project instead: a dedicated seat would sit idle'),
});

export type EngagementRules = z.infer<typeof engagementRulesShape>;

export const ENGAGEMENT_KEYS = ['hours_per_seat', 'min_seat_share'];
