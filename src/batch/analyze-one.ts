// One article through the pipeline to its public report entry, or the error that stopped it.
// Shared by the in-process path (--jobs 1) and the worker threads, so both give the same result.
// This module loads the whole pipeline (compromise): import it lazily.
import type { ReportArticle, ReportError } from '../model/types.js';
import { analyze, type Source } from '../pipeline.js';
import { toReportArticle } from '../report/build.js';
import { internalError } from '../report/errors.js';

/** What one input became: its article, or an error naming it (with the stack for CLAIMS_DEBUG). */
export type Outcome = { article: ReportArticle } | { error: ReportError; stack?: string };

export function analyzeSource(src: Source): Outcome {
  try {
    return { article: toReportArticle(analyze(src)) };
  } catch (err) {
    return { error: internalError(src.file, 'analysing', err), ...(err instanceof Error && err.stack ? { stack: err.stack } : {}) };
  }
}
