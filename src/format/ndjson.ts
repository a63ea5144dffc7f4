// `--format ndjson`: one ReportArticle per line and nothing else, so `jq -c`, `grep` and line-based
// tools can stream it. Errors are not written here: the CLI reports them on stderr.
import type { Report, ReportArticle } from '../model/types.js';

/** One article as a single line, newline included. */
export function formatNdjsonLine(article: ReportArticle): string {
  // JSON.stringify already escapes \n and \r inside strings; U+2028/U+2029 are legal raw in JSON
  // but some line splitters (Python's splitlines, old JS) break on them, so escape them too
  return JSON.stringify(article).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029')) + '\n';
}

export function formatNdjson(report: Report): string {
  return report.articles.map(formatNdjsonLine).join('');
}
