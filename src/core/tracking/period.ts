/** A period of the actuals: a month (YYYY-MM) or a day (YYYY-MM-DD), placed on a scale of months. */
export interface Period {
  text: string;
  /** Months since year 0; a day is a fraction into its month, so that trends read in months either way. */
  months: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  const m = MONTH.exec(t);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { text: t, months: Number(m[1]) * 12 + month - 1 } : undefined;
  }
  const d = DAY.exec(t);
  if (!d) return undefined;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return { text: t, months: year * 12 + month - 1 + (day - 1) / daysIn(year, month) };
}

/** The month a point on the scale falls in, as YYYY-MM. */
export function monthLabel(months: number): string {
  const whole = Math.floor(months + 1e-9);
  const year = Math.floor(whole / 12);
  return `${String(year).padStart(4, '0')}-${String((whole % 12) + 1).padStart(2, '0')}`;
}
