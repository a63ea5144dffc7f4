import type { Paragraph } from '../model/types.js';
export interface Normalized { text: string; title: string | null; date: string | null; paragraphs: Paragraph[] }
export function normalize(raw: string): Normalized {
  return { text: raw, title: null, date: null, paragraphs: [] };
}
