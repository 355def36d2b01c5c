/**
 * WCAG 2 contrast between two colours, so that every label a chart draws on
 * a coloured mark can be checked, and coloured to pass, rather than guessed.
 */

/** `#rgb` or `#rrggbb` to [r, g, b] in 0-255. */
export function parseHex(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) throw new Error(`not a hex colour: ${colour}`);
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance, WCAG 2.x definition (sRGB). */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio from 1 (none) to 21 (black on white); WCAG AA asks 4.5 for normal text. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_LABEL = '#111111';
export const LIGHT_LABEL = '#ffffff';

/** The label colour (near-black or white) that reads best on a background. */
export function labelColourOn(background: string): string {
  return contrastRatio(LIGHT_LABEL, background) >= contrastRatio(DARK_LABEL, background) ? LIGHT_LABEL : DARK_LABEL;
}
