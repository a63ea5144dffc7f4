// `claims extract <paths...>`: read the inputs, run the pipeline on each, print the report.
// Data goes to stdout only; every failed input is one line on stderr
// (`claims: <file>: <message> (<code>)`) and, in json, an entry of report.errors; every warning
// (`claims: <file>: warning: <message> (<code>)`) likewise in report.warnings.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, type InputItem, listInputs, streamInputs } from '../input/read.js';
import type { ReportArticle, ReportError, ReportWarning } from '../model/types.js';
import { analyzeStream, defaultJobs } from '../batch/pool.js';
import { type CliContext, type CliIO, EXIT } from './context.js';
import type { Progress } from './progress.js';
// The renderers, the report builder (and the word lists it reads) and the progress bar load in
// extract(), so `claims --help` starts without them (README "Speed").

export const FORMATS = ['text', 'json', 'ndjson', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExtractOptions {
  format?: Format;
  /** true: --color, false: --no-color, undefined: decide from the terminal and NO_COLOR */
  color?: boolean;
  maxBytes?: number;
  /** worker threads (default: the number of cores); 1 analyses in the main thread */
  jobs?: number;
  /** no progress bar */
  quiet?: boolean;
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
      maxBytesOption(),
    )
    .addOption(
      new Option('-j, --jobs <n>', 'articles analysed in parallel, on worker threads (1: in the main thread)')
        .default(defaultJobs(), 'number of cores')
        .argParser(parseJobs),
    )
    .option('-q, --quiet', 'no progress bar on stderr (it is only drawn when stderr is a terminal)')
    .addHelpText(
      'after',
      `
Examples:
  claims extract seeds/
  claims extract seeds/ --format json | jq '.articles[].quotes[] | select(.speaker.type=="anonymous")'
  cat article.txt | claims extract - --format ndjson
  claims extract seeds/ --format html > report.html

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

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return n;
}

/** `--max-bytes <size>`, shared by every command that reads articles. */
export function maxBytesOption(): Option {
  return new Option('--max-bytes <size>', 'skip inputs larger than this (bytes, or with K/M suffix)').default(DEFAULT_MAX_BYTES, '10M').argParser(parseSize);
}

export function parseSize(value: string): number {
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

  const [{ formatJson }, { formatNdjsonLine }, { formatTextArticle }, { buildReport }, { progressBar, silentProgress }] = await Promise.all([
    import('../format/json.js'), import('../format/ndjson.js'), import('../format/text.js'), import('../report/build.js'), import('./progress.js'),
  ]);
  const refs = await listInputs(paths);
  const read = streamInputs(refs, {
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
  });
  // html shows each article's text with its quotes marked: keep the texts as read, by file
  const texts = new Map<string, string>();
  // each input's warnings, in input order, printed (and kept for json) when its outcome comes
  const pending: ReportWarning[][] = [];
  const warnings: ReportWarning[] = [];
  const noted = noteWarnings(read, pending);
  const inputs = format === 'html' ? keepTexts(noted, texts) : noted;
  // no threads for what one thread does as fast: a single input, or fewer inputs than jobs
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), refs.length));
  const progress: Progress = io.stderrIsTTY && !opts.quiet && refs.length > 1
    ? progressBar({ total: refs.length, write: io.stderr, ...(io.stderrColumns ? { columns: io.stderrColumns } : {}) })
    : silentProgress(io.stderr);

  // ndjson and text are written article by article, in input order, as soon as each is done;
  // only json (one document) keeps the articles until the end
  const errors: ReportError[] = [];
  const articles: ReportArticle[] = [];
  let analysed = 0;
  try {
    for await (const outcome of analyzeStream(inputs, { jobs })) {
      progress.tick();
      for (const w of pending.shift() ?? []) {
        warnings.push(w);
        progress.above(warningLine(w));
      }
      if ('error' in outcome) {
        errors.push(outcome.error);
        progress.above(errorLine(outcome.error));
        if (io.env.CLAIMS_DEBUG && outcome.stack) progress.above(outcome.stack + '\n');
        continue;
      }
      const article = outcome.article;
      if (format === 'ndjson') io.stdout(formatNdjsonLine(article));
      else if (format === 'text') io.stdout((analysed ? '\n' : '') + formatTextArticle(article, { color, width }));
      else articles.push(article);
      analysed++;
    }
  } finally {
    progress.stop();
  }

  // json and html are one document: they carry the errors too, so they are printed even when nothing was analysed
  if (format === 'json') io.stdout(formatJson(buildReport(articles, errors, warnings)));
  if (format === 'html') {
    const report = buildReport(articles, errors, warnings);
    // the page and the batch speaker clusters load only for html (start-up stays light)
    const [{ formatHtml }, { batchSpeakers }] = await Promise.all([import('../format/html.js'), import('../report/speakers.js')]);
    io.stdout(formatHtml(report, { texts, speakers: batchSpeakers(report) }));
  }

  return errors.length === 0 ? EXIT.OK : EXIT.INPUT_ERRORS;
}

/** Passes the items on, queueing each one's warnings (none for an error) in input order. */
async function* noteWarnings(items: AsyncIterable<InputItem>, pending: ReportWarning[][]): AsyncGenerator<InputItem> {
  for await (const item of items) {
    pending.push('source' in item ? (item.warnings ?? []) : []);
    yield item;
  }
}

async function* keepTexts(items: AsyncIterable<InputItem>, texts: Map<string, string>): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if ('source' in item) texts.set(item.source.file, item.source.raw);
    yield item;
  }
}
