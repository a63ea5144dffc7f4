// `claims contested <paths...>`: claims disputed anywhere in a batch, the same proposition in
// different words clustered across articles, with who asserts and who denies it, where, and the
// evidence sentences (src/corpus/claims.ts).
import type { Command } from 'commander';
import { addInputOptions, addOutputOptions, analyzePaths, type BatchOptions, printView } from './batch.js';
import { type CliContext, EXIT } from './context.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('contested')
    .description('Claims disputed anywhere in a batch of articles, clustered across articles, with who asserts and who denies them.')
    .argument('<paths...>', 'text files, directories (every *.txt directly inside, by name), or - for stdin');
  addInputOptions(addOutputOptions(cmd))
    .addHelpText(
      'after',
      `
Examples:
  claims contested seeds/
  claims contested seeds/ --format json | jq '.claims[] | {claim, disputedBy}'

Exit codes: 0 all inputs read, 2 usage error, 3 some inputs could not be read (the view still
covers every other input).`,
    )
    .action(async (paths: string[], opts: BatchOptions) => {
      const { articles, errors } = await analyzePaths(paths, opts, ctx.io);
      if (!articles.length && errors.length) return ctx.setExitCode(EXIT.INPUT_ERRORS);
      await printView('contested', articles, opts, ctx.io);
      ctx.setExitCode(errors.length ? EXIT.INPUT_ERRORS : EXIT.OK);
    });
}
