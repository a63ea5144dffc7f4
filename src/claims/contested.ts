import type { Claim, Doc, Quote } from '../model/types.js';
export function findContested(_doc: Doc, _quotes: Quote[]): Claim[] {
  return [];
}
