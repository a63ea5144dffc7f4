// The colours of the page, kept as data so a test can check every text/background pair against
// WCAG 2 AA (4.5:1 for text, 3:1 for the highlight borders against the page) in light and dark.
//
// Speakers get tints from one fixed palette, in the order they are first quoted in an article;
// the name beside each quote (and its border pattern for unknown speakers) carries the same
// information for readers who do not tell the colours apart.

export interface Tint {
  /** highlight background behind article text */
  bg: string;
  /** underline/border of the highlight and the swatch in legends */
  line: string;
}

export interface Scheme {
  page: string;
  text: string;
  muted: string;
  link: string;
  panel: string;
  speakers: Tint[];
  /** the quotes whose speaker was not found */
  unknown: Tint;
  /** badge colours: strength labels, then stances */
  badges: Record<string, { bg: string; fg: string }>;
  /** chart bars (non-text: 3:1 against the page) */
  bars: Record<'strong' | 'moderate' | 'weak' | 'unattributed', string>;
}

export const LIGHT: Scheme = {
  page: '#ffffff',
  text: '#1b1b1f',
  muted: '#52525b',
  link: '#0b57d0',
  panel: '#f6f6f8',
  speakers: [
    { bg: '#dbeafe', line: '#1d4ed8' },
    { bg: '#fde2c8', line: '#b45309' },
    { bg: '#d1fadf', line: '#047857' },
    { bg: '#fbd5e8', line: '#be185d' },
    { bg: '#e4dcfd', line: '#6d28d9' },
    { bg: '#fff0b3', line: '#8a6a00' },
    { bg: '#cdf3f6', line: '#0e7490' },
    { bg: '#fcd9d4', line: '#b91c1c' },
    { bg: '#e2f0c4', line: '#4d7c0f' },
    { bg: '#e6e0d6', line: '#78583a' },
  ],
  unknown: { bg: '#ececef', line: '#71717a' },
  badges: {
    strong: { bg: '#d4f4dd', fg: '#14532d' },
    moderate: { bg: '#fef3c7', fg: '#713f12' },
    weak: { bg: '#fee2e2', fg: '#7f1d1d' },
    unattributed: { bg: '#ede9fe', fg: '#4c1d95' },
    denies: { bg: '#b91c1c', fg: '#ffffff' },
    asserts: { bg: '#dcfce7', fg: '#14532d' },
    neutral: { bg: '#f4f4f5', fg: '#3f3f46' },
  },
  bars: { strong: '#15803d', moderate: '#b45309', weak: '#b91c1c', unattributed: '#6d28d9' },
};

export const DARK: Scheme = {
  page: '#17171c',
  text: '#ececf1',
  muted: '#b4b4bd',
  link: '#8ab4f8',
  panel: '#222229',
  speakers: [
    { bg: '#1e3a6e', line: '#7aa7ff' },
    { bg: '#5a3410', line: '#f5a35c' },
    { bg: '#0f4a35', line: '#4fd49a' },
    { bg: '#5c1a3a', line: '#f47fb5' },
    { bg: '#3b2a75', line: '#b69cff' },
    { bg: '#4d3d00', line: '#e8c547' },
    { bg: '#0c4450', line: '#5fd3e6' },
    { bg: '#5e1c1c', line: '#ff8a80' },
    { bg: '#30471a', line: '#a3d977' },
    { bg: '#45382a', line: '#d2b48c' },
  ],
  unknown: { bg: '#34343c', line: '#a1a1aa' },
  badges: {
    strong: { bg: '#14532d', fg: '#dcfce7' },
    moderate: { bg: '#713f12', fg: '#fef3c7' },
    weak: { bg: '#7f1d1d', fg: '#fee2e2' },
    unattributed: { bg: '#4c1d95', fg: '#ede9fe' },
    denies: { bg: '#f87171', fg: '#1b0505' },
    asserts: { bg: '#14532d', fg: '#dcfce7' },
    neutral: { bg: '#3f3f46', fg: '#f4f4f5' },
  },
  bars: { strong: '#4ade80', moderate: '#fbbf24', weak: '#f87171', unattributed: '#c4b5fd' },
};

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
