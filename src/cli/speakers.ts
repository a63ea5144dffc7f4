// `claims speakers <paths...>`: one row per real-world speaker across a batch of articles, with
// every name variant, roles, articles, quote counts, strength profile, denials, and the
// evidence for each merge (src/corpus/speakers.ts).
import type { Command } from 'commander';
import { addInputOptions, addOutputOptions, analyzePaths, type BatchOptions, printView } from './batch.js';
import { type CliContext, EXIT } from './context.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('speakers')
    .description('One row per speaker across a batch of articles: name variants merged with evidence, roles, articles, quotes, strength, denials.')
    .argument('<paths...>', 'text files, directories (every *.txt directly inside, by name), or - for stdin');
  addInputOptions(addOutputOptions(cmd))
    .addHelpText(
      'after',
      `
Examples:
  claims speakers seeds/
  claims speakers seeds/ --format json | jq '.speakers[] | select(.stance.denies > 0) | .name'

Exit codes: 0 all inputs read, 2 usage error, 3 some inputs could not be read (the view still
covers every other input).`,
    )
    .action(async (paths: string[], opts: BatchOptions) => {
      const { articles, errors } = await analyzePaths(paths, opts, ctx.io);
      if (!articles.length && errors.length) return ctx.setExitCode(EXIT.INPUT_ERRORS);
      await printView('speakers', articles, opts, ctx.io);
      ctx.setExitCode(errors.length ? EXIT.INPUT_ERRORS : EXIT.OK);
    });
}
