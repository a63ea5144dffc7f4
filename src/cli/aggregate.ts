// `claims aggregate <reports...>`: the batch views from per-article NDJSON (the output of
// `claims extract --format ndjson`, from any number of shards, files or `-` for stdin). Prints
// what `claims speakers` and `claims contested` print over the same articles, in one object.
// A line that is not an article report is named on stderr (`file:line: why`) and skipped.
import type { Command } from 'commander';
import { readNdjson } from '../input/ndjson.js';
import { addOutputOptions, type BatchOptions, printView } from './batch.js';
import { type CliContext, EXIT } from './context.js';

async function processStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('aggregate')
    .description('Build the batch views (speakers and contested claims) from per-article NDJSON reports, e.g. shards of `claims extract --format ndjson`.')
    .argument('<reports...>', 'NDJSON files from `claims extract --format ndjson`, or - for stdin');
  addOutputOptions(cmd)
    .addHelpText(
      'after',
      `
Examples:
  claims extract a/*.txt --format ndjson > shard1.ndjson
  claims extract b/*.txt --format ndjson > shard2.ndjson
  claims aggregate shard1.ndjson shard2.ndjson --format json
  cat shards/*.ndjson | claims aggregate -

Exit codes: 0 every line used, 2 usage error, 3 some files or lines could not be used (named
on stderr; the view still covers every line that could), or no article report at all.`,
    )
    .action(async (paths: string[], opts: BatchOptions) => {
      const { io } = ctx;
      const { articles, problems } = await readNdjson(paths, io.stdin ?? processStdin);
      for (const p of problems) io.stderr(`claims: ${p.where}: ${p.message}\n`);
      if (!articles.length) {
        if (!problems.length) io.stderr('claims: no article reports in the input\n');
        return ctx.setExitCode(EXIT.INPUT_ERRORS);
      }
      await printView('both', articles, opts, io);
      ctx.setExitCode(problems.length ? EXIT.INPUT_ERRORS : EXIT.OK);
    });
}
