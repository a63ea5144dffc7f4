// The pipeline: text in, a typed document model through the stages, an analysis out.
// read → normalise → paragraphs/sentences → entities → quote spans → attribution →
// strength and stance → contested claims.
import type { Analysis, Doc } from './model/types.js';
import { normalize } from './input/normalize.js';

export interface Source {
  /** path as given on the command line, `-` for stdin */
  file: string;
  /** file name without extension */
  id: string;
  /** decoded text as read */
  raw: string;
}

export function analyze(src: Source): Analysis {
  const norm = normalize(src.raw);
  const doc: Doc = { file: src.file, id: src.id, raw: src.raw, ...norm, sentences: [], entities: [] };
  return { doc, quotes: [], contested: [] };
}
