/**
 * What to rate a candidate vendor on, from the seeds: 003 names vertical
 * expertise, impact on the top line, and the processes and people employed;
 * 002 asks for quality and SLAs beyond cost, security from the right shore,
 * cultural and language fit; 000 adds cost and trained people.
 */
export interface VendorCriterion {
  id: string;
  label: string;
  question: string;
  /** Weight when the vendor file gives none; any positive numbers, normalised. */
  weight: number;
}

export const VENDOR_CRITERIA: readonly VendorCriterion[] = [
  { id: 'vertical_expertise', label: 'Vertical expertise', weight: 3, question: 'How deep is their expertise in your vertical and in this kind of work?' },
  { id: 'top_line_impact', label: 'Impact on top line', weight: 2, question: 'How much can they show their services raise the top line?' },
  { id: 'process_maturity', label: 'Process maturity', weight: 2, question: 'How proven are the processes, tools and platforms they would bring?' },
  { id: 'people', label: 'People', weight: 2, question: 'How good are the people they would put on the work, and how are they trained and replaced?' },
  { id: 'quality_record', label: 'Quality and SLA record', weight: 3, question: 'How good is their record on quality and on meeting service levels?' },
  { id: 'security', label: 'Security', weight: 2, question: "How well would they protect your and your clients' data and assets?" },
  { id: 'cultural_fit', label: 'Cultural fit', weight: 1, question: 'How well do they fit your language, culture and way of working?' },
  { id: 'cost', label: 'Cost', weight: 2, question: 'How competitive is their price for the work (5 = lowest cost)? Cost is one factor, not the case.' },
];

export const VENDOR_CRITERION_IDS = VENDOR_CRITERIA.map((c) => c.id);
export const VENDOR_SCALE = { min: 1, max: 5 } as const;
