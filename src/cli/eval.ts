// `claims eval --gold DIR PATH...`: run the extraction on articles that have gold annotations
// and say how close it comes, with the same figures as the independent scorer
// (test/fixtures/score.mjs). `--report FILE` scores an existing report instead of extracting.
// Data (the scores) goes to stdout; notes, input errors and failed --min floors to stderr.
//
// Exit codes (EXIT in context.ts): 0 scored and every --min floor met · 1 a --min floor not met
// · 2 usage error (unknown metric, missing --gold, bad gold folder or file, unreadable report)
// · 3 some inputs could not be read (wins over 1: the scores are over incomplete input).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type Floor, FloorSpecError, failedFloors, parseFloor } from '../eval/gate.js';
import type { GoldFile } from '../eval/gold.js';
import { METRIC_NAMES } from '../eval/metrics.js';
import type { PredArticle } from '../eval/predictions.js';
// the scorer, the gold reader and the formats load in evalCommand (start-up, README "Speed")
import { readInputs } from '../input/read.js';
import type { QuoteType, ReportError } from '../model/types.js';
import { type CliContext, type CliIO, EXIT } from './context.js';
import { errorLine, warningLine } from './extract.js';

export const EVAL_FORMATS = ['text', 'json'] as const;
export type EvalFormat = (typeof EVAL_FORMATS)[number];
const QUOTE_TYPES = ['direct', 'partial', 'indirect'] as const;

export interface EvalCommandOptions {
  /** folder of <id>.gold.json files */
  gold: string;
  /** score this report (JSON or NDJSON, `-` for stdin) instead of running the extraction */
  report?: string;
  format?: EvalFormat;
  /** add the list of individual errors */
  errors?: boolean;
  /** --min floors */
  min?: Floor[];
  /** score only one quote type */
  only?: QuoteType;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('Score the extraction against gold annotations: quotes found, speakers, strength, stance, contested claims.')
    .argument('[paths...]', 'the articles (files, or directories of *.txt) to extract from; with --report, only used to show sentences')
    .requiredOption('-g, --gold <dir>', 'folder of <article>.gold.json files (test/fixtures/gold/GUIDELINES.md)')
    .option('--report <file>', 'score this claims extract report (json or ndjson, - for stdin) instead of running the extraction')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EVAL_FORMATS).default('text'))
    .option('--errors', 'list each miss, false alarm and wrong speaker, type, strength or stance, with its sentence')
    .option('--min <metric=value>', 'exit 1 when the metric is below value (repeatable), e.g. --min quote.F1=0.6', collectFloor)
    .addOption(new Option('--only <type>', 'score only quotes of this type (gold and predicted)').choices(QUOTE_TYPES))
    .addHelpText(
      'after',
      `
Metrics (for --min):
${wrap(METRIC_NAMES.join(', '), 78, '  ')}

Examples:
  claims eval --gold test/fixtures/gold seeds/
  claims eval --gold test/fixtures/gold seeds/ --errors
  claims eval --gold test/fixtures/gold seeds/ --min quote.F1=0.6 --min e2e.F1=0.4
  claims extract seeds/ --format json > r.json && claims eval --gold test/fixtures/gold --report r.json --format json

Exit codes: 0 all inputs read and all floors met, 1 a --min floor not met, 2 usage error (also
a bad gold file), 3 some inputs could not be read (wins over 1).`,
    )
    .action(async (paths: string[], opts: EvalCommandOptions) => {
      ctx.setExitCode(await evalCommand(paths, opts, ctx.io));
    });
}

function collectFloor(value: string, previous: Floor[] | undefined): Floor[] {
  try {
    return [...(previous ?? []), parseFloor(value)];
  } catch (err) {
    if (err instanceof FloorSpecError) throw new InvalidArgumentError(err.message);
    throw err;
  }
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const note = (io: CliIO, s: string): void => io.stderr(`claims eval: ${s}\n`);

function listIds(ids: readonly string[], max = 5): string {
  return ids.length > max ? `${ids.slice(0, max).join(', ')}, … (${ids.length - max} more)` : ids.join(', ');
}

/** Reads a file the report names, for the sentences of --errors; null when it cannot. */
function readQuietly(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export async function evalCommand(paths: string[], opts: EvalCommandOptions, io: CliIO): Promise<number> {
  const [{ evaluate }, { formatFloorFailures, formatJson, formatText }, { GoldError, loadGoldDir }, { ReportFormatError, byId, parseReport, toPredArticle }] = await Promise.all([
    import('../eval/evaluate.js'), import('../eval/format.js'), import('../eval/gold.js'), import('../eval/predictions.js'),
  ]);
  let golds: GoldFile[];
  try {
    golds = loadGoldDir(opts.gold);
  } catch (err) {
    if (!(err instanceof GoldError)) throw err;
    note(io, err.message);
    return EXIT.USAGE;
  }
  if (!opts.report && paths.length === 0) {
    note(io, 'give the articles to evaluate (PATH...), or a report to score with --report FILE');
    return EXIT.USAGE;
  }

  const texts = new Map<string, string>();
  const preds: PredArticle[] = [];
  const failed: ReportError[] = [];
  if (opts.report) {
    const file = opts.report;
    let raw: string;
    try {
      raw = file === '-' ? (await (io.stdin ?? readAllStdin)()).toString('utf8') : await readFile(file, 'utf8');
    } catch (err) {
      note(io, `cannot read report ${file}: ${err instanceof Error ? err.message : String(err)}`);
      return EXIT.USAGE;
    }
    try {
      preds.push(...parseReport(raw, file));
    } catch (err) {
      if (!(err instanceof ReportFormatError)) throw err;
      note(io, err.message);
      return EXIT.USAGE;
    }
  }
  if (paths.length) {
    const { sources, errors, warnings } = await readInputs(paths, io.stdin ? { stdin: io.stdin } : {});
    for (const e of errors) io.stderr(errorLine(e));
    for (const w of warnings) io.stderr(warningLine(w));
    failed.push(...errors);
    // the pipeline (compromise) loads only when there is something to analyse: start-up stays fast
    const analyzeSource = opts.report ? null : (await import('../batch/analyze-one.js')).analyzeSource;
    for (const src of sources) {
      texts.set(src.id, src.raw);
      if (!analyzeSource) continue;
      const outcome = analyzeSource(src);
      if ('article' in outcome) preds.push(toPredArticle(outcome.article));
      else {
        failed.push(outcome.error);
        io.stderr(errorLine(outcome.error));
      }
    }
  }

  const predById = byId(preds);
  const goldIds = new Set(golds.map((g) => g.id));
  const ungraded = [...predById.keys()].filter((id) => !goldIds.has(id));
  if (ungraded.length) note(io, `no gold file in ${opts.gold} for ${ungraded.length} article(s), not scored: ${listIds(ungraded)}`);

  const result = evaluate(golds, predById, {
    textOf: (id, pred) => texts.get(id) ?? (pred?.file && pred.file !== '-' ? readQuietly(pred.file) : null),
    ...(opts.only ? { only: opts.only } : {}),
  });
  const missing = result.articles.filter((a) => !a.predicted).map((a) => a.id);
  if (missing.length) {
    note(io, `no ${opts.report ? 'article in the report' : 'input'} for ${missing.length} of ${golds.length} gold article(s), scored as all missed: ${listIds(missing)}`);
  }

  const withErrors = opts.errors === true;
  io.stdout(opts.format === 'json' ? formatJson(result, withErrors) : formatText(result, withErrors));

  const failures = failedFloors(result.metrics, opts.min ?? []);
  io.stderr(formatFloorFailures(failures));
  if (failed.length || (!opts.report && preds.length === 0)) return EXIT.INPUT_ERRORS;
  if (failures.length) return EXIT.FINDINGS;
  return EXIT.OK;
}

async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
