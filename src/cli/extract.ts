// `claims extract <paths...>`: read the inputs, run the pipeline on each, print the report.
// Data goes to stdout only; every failed input is one line on stderr
// (`claims: <file>: <message> (<code>)`) and, in json, an entry of report.errors; every warning
// (`claims: <file>: warning: <message> (<code>)`) likewise in report.warnings.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { formatJson } from '../format/json.js';
import { formatNdjsonLine } from '../format/ndjson.js';
import { formatTextArticle } from '../format/text.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../input/read.js';
import type { ReportArticle, ReportError, ReportWarning } from '../model/types.js';
import { analyze } from '../pipeline.js';
import { buildReport, toReportArticle } from '../report/build.js';
import { type CliContext, type CliIO, EXIT } from './context.js';

export const FORMATS = ['text', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExtractOptions {
  format?: Format;
  /** true: --color, false: --no-color, undefined: decide from the terminal and NO_COLOR */
  color?: boolean;
  maxBytes?: number;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('Find quotes, their speakers, attribution strength, stance and contested claims in news articles.')
    .argument('<paths...>', 'text or HTML files, directories (every *.txt, *.html, *.htm directly inside, by name), or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: text on a terminal, json otherwise)').choices(FORMATS),
    )
    .option('--color', 'colour text output even when stdout is not a terminal')
    .option('--no-color', 'never colour text output (so does a non-empty NO_COLOR)')
    .addOption(
      new Option('--max-bytes <size>', 'skip inputs larger than this (bytes, or with K/M suffix)')
        .default(DEFAULT_MAX_BYTES, '10M')
        .argParser(parseSize),
    )
    .addHelpText(
      'after',
      `
Examples:
  claims extract seeds/
  claims extract seeds/ --format json | jq '.articles[].quotes[] | select(.speaker.type=="anonymous")'
  cat article.txt | claims extract - --format ndjson

Input: UTF-8 (BOM or not), UTF-16/32 with a BOM, legacy 8-bit text (windows-1252 and others,
detected; a warning says which); .html/.htm and markup in .txt have tags removed and entities
decoded. Binary files are skipped with E_BINARY; empty files are reported with a warning.

Exit codes: 0 all inputs read, 2 usage error, 3 some inputs could not be read (the report
for every other input is still complete). Warnings do not change the exit code.`,
    )
    .action(async (paths: string[], opts: ExtractOptions) => {
      ctx.setExitCode(await extract(paths, opts, ctx.io));
    });
}

function parseSize(value: string): number {
  const m = /^(\d+)\s*([kKmMgG]i?[bB]?)?$/.exec(value.trim());
  const unit = m?.[2]?.[0]?.toLowerCase();
  const n = m ? Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a size such as 500000, 512K or 5M.');
  return n;
}

export function errorLine(e: ReportError): string {
  return `claims: ${e.file}: ${e.message} (${e.code})\n`;
}

export function warningLine(w: ReportWarning): string {
  return `claims: ${w.file}: warning: ${w.message} (${w.code})\n`;
}

/** Whether text output is coloured: the flag wins, then NO_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: Pick<CliIO, 'isTTY' | 'env'>): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}

export async function extract(paths: string[], opts: ExtractOptions, io: CliIO): Promise<number> {
  const format: Format = opts.format ?? (io.isTTY ? 'text' : 'json');
  const color = useColor(opts.color, io);
  const width = io.columns ? Math.min(Math.max(io.columns, 40), 100) : 80;

  const { sources, errors, warnings } = await readInputs(paths, {
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
  });
  for (const e of errors) io.stderr(errorLine(e));
  for (const w of warnings) io.stderr(warningLine(w));

  // ndjson and text are written article by article, so long batches show progress in a pipe
  const articles: ReportArticle[] = [];
  for (const src of sources) {
    let article: ReportArticle;
    try {
      article = toReportArticle(analyze(src));
    } catch (err) {
      const e: ReportError = {
        file: src.file,
        code: 'E_INTERNAL',
        message: `internal error while analysing: ${err instanceof Error ? err.message : String(err)}`,
      };
      errors.push(e);
      io.stderr(errorLine(e));
      if (io.env.CLAIMS_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
      continue;
    }
    if (format === 'ndjson') io.stdout(formatNdjsonLine(article));
    else if (format === 'text') io.stdout((articles.length ? '\n' : '') + formatTextArticle(article, { color, width }));
    articles.push(article);
  }

  // json is one document: it carries the errors too, so it is printed even when nothing was analysed
  if (format === 'json') io.stdout(formatJson(buildReport(articles, errors, warnings)));

  return errors.length === 0 ? EXIT.OK : EXIT.INPUT_ERRORS;
}
