// What `claims speakers`, `claims contested` and `claims aggregate` share: the options, reading
// and analysing article files into reports (as `claims extract` does, errors on stderr), and
// printing a batch view. Not a subcommand itself.
import { type Command, Option } from 'commander';
// The pipeline, the batch stage and the renderers load inside the actions, so `claims --help`
// and `--version` start without them (README "Speed").
import { readInputs } from '../input/read.js';
import type { ReportArticle, ReportError } from '../model/types.js';
import { type CliContext, type CliIO, EXIT } from './context.js';
import { errorLine, maxBytesOption, useColor, warningLine } from './extract.js';

export const BATCH_FORMATS = ['text', 'json'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];
export type View = 'speakers' | 'contested' | 'both';

export interface BatchOptions {
  format?: BatchFormat;
  color?: boolean;
  maxBytes?: number;
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format (default: text on a terminal, json otherwise)').choices(BATCH_FORMATS))
    .option('--color', 'colour text output even when stdout is not a terminal')
    .option('--no-color', 'never colour text output (so does a non-empty NO_COLOR)');
}

export function addInputOptions(cmd: Command): Command {
  return cmd.addOption(maxBytesOption());
}

/** Read and analyse articles as `claims extract` does; failures are printed and returned. */
export async function analyzePaths(paths: string[], opts: BatchOptions, io: CliIO): Promise<{ articles: ReportArticle[]; errors: ReportError[] }> {
  const { sources, errors, warnings } = await readInputs(paths, {
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
  });
  for (const e of errors) io.stderr(errorLine(e));
  for (const w of warnings) io.stderr(warningLine(w));
  const { analyzeSource } = await import('../batch/analyze-one.js');
  const articles: ReportArticle[] = [];
  for (const src of sources) {
    const outcome = analyzeSource(src);
    if ('article' in outcome) articles.push(outcome.article);
    else {
      errors.push(outcome.error);
      io.stderr(errorLine(outcome.error));
    }
  }
  return { articles, errors };
}

/** Print a batch view of the reports: json is `{"speakers"}`, `{"claims"}` or both keys. */
export async function printView(view: View, articles: ReportArticle[], opts: BatchOptions, io: CliIO): Promise<void> {
  const format: BatchFormat = opts.format ?? (io.isTTY ? 'text' : 'json');
  const [{ buildBatch }, { formatBatchJson, formatClaimsText, formatSpeakersText }] = await Promise.all([import('../corpus/batch.js'), import('../format/batch.js')]);
  const batch = buildBatch(articles);
  if (format === 'json') {
    io.stdout(
      formatBatchJson(view === 'speakers' ? { speakers: batch.speakers } : view === 'contested' ? { claims: batch.claims } : batch),
    );
    return;
  }
  const text = { color: useColor(opts.color, io), width: io.columns ? Math.min(Math.max(io.columns, 40), 100) : 80 };
  const parts: string[] = [];
  if (view !== 'contested') parts.push(formatSpeakersText(batch.speakers, text));
  if (view !== 'speakers') parts.push(formatClaimsText(batch.claims, text));
  io.stdout(parts.join('\n') + '\n');
}

/**
 * A subcommand that reads and analyses articles and prints one batch view (`claims speakers`,
 * `claims contested`): the same options, reading, exit codes and output, only the view differs.
 */
export function registerBatchView(program: Command, ctx: CliContext, spec: { name: Exclude<View, 'both'>; description: string; examples: string[] }): void {
  const cmd = program
    .command(spec.name)
    .description(spec.description)
    .argument('<paths...>', 'text files, directories (every *.txt directly inside, by name), or - for stdin');
  addInputOptions(addOutputOptions(cmd))
    .addHelpText(
      'after',
      `
Examples:
${spec.examples.map((e) => `  ${e}`).join('\n')}

Exit codes: 0 all inputs read, 2 usage error, 3 some inputs could not be read (the view still
covers every other input).`,
    )
    .action(async (paths: string[], opts: BatchOptions) => {
      const { articles, errors } = await analyzePaths(paths, opts, ctx.io);
      if (!articles.length && errors.length) return ctx.setExitCode(EXIT.INPUT_ERRORS);
      await printView(spec.name, articles, opts, ctx.io);
      ctx.setExitCode(errors.length ? EXIT.INPUT_ERRORS : EXIT.OK);
    });
}
