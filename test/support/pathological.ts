// Inputs that break naive text processing, each at a chosen size in characters, and a check
// that the whole pipeline gives a valid report on them. Used by the robustness tests and by
// bench/stress.mjs through the same shapes (kept in one place so both measure the same thing).
import { readFileSync } from 'node:fs';

const SEED = readFileSync(new URL('../../seeds/001_c2c620873a319e23.txt', import.meta.url), 'utf8');
const WORDS = SEED.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);

/** `unit` repeated to exactly n UTF-16 code units (never cutting a surrogate pair in half). */
export function repeatTo(unit: string, n: number): string {
  let s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1) + ' ';
  return s;
}

export const SHAPES: Record<string, (n: number) => string> = {
  /** words and nothing else: one endless sentence */
  'no punctuation': (n) => repeatTo(WORDS.join(' ') + ' ', n),
  /** a real article with its line breaks removed: one paragraph */
  'one long line': (n) => repeatTo(SEED.replace(/\s*\n\s*/g, ' ') + ' ', n),
  /** nothing but straight double quotes */
  'only quotation marks': (n) => repeatTo('"', n),
  /** short quotes back to back, with cues */
  'many quotes': (n) => repeatTo('"Yes" he said "no" ', n),
  /** opening marks that never close */
  'unbalanced marks': (n) => repeatTo('He said \u201cthis is it. ', n),
  /** single quotes and apostrophes everywhere */
  'single quotes': (n) => repeatTo("'a 'b' c's d' ", n),
  /** Arabic, Hebrew and Chinese with their own quotation marks */
  'mixed scripts and RTL': (n) => repeatTo('\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b "\u0647\u0630\u0627 \u063a\u064a\u0631 \u0635\u062d\u064a\u062d" \u060c \u05e9\u05dc\u05d5\u05dd "\u05e2\u05d5\u05dc\u05dd" \u4e2d\u6587\u201c\u4f60\u597d\u201d\u8bf4\u3002 ', n),
  /** emoji, ZWJ sequences and astral letters inside quotes */
  'emoji and astral': (n) => repeatTo('\u{1F600} "Quote \u{1D4B3} here," said \u{1F469}\u200D\u{1F469}\u200D\u{1F467} Anna Berg. ', n),
  /** many different names, each quoted */
  'many names': (n) => {
    let out = '';
    for (let k = 0; out.length < n; k++) {
      const name = String.fromCharCode(65 + (k % 26)) + String.fromCharCode(97 + (Math.floor(k / 26) % 26)) + String.fromCharCode(97 + (Math.floor(k / 676) % 26)) + 'son';
      out += `Officer ${name} said "yes." He denied the report. `;
    }
    return out.slice(0, n);
  },
  /** one word with no spaces */
  'one long word': (n) => repeatTo('x', n),
  /** markup soup */
  'html tags and entities': (n) => repeatTo('<b>bold</b> &amp; <a href="x">&ldquo;link&rdquo; <!-- c --> &#8220;', n),
  /** the same line over and over (all but one blanked as duplicates) */
  'repeated paragraphs': (n) => repeatTo('Same line here\n\n', n),
};
