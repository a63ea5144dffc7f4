// The `claims` command line: a commander program with one module per subcommand.
//
// Adding a subcommand: write src/cli/<name>.ts exporting
//     export function register(program: Command, ctx: CliContext): void
// with CliContext, CliIO and EXIT imported from ./context.js (never from this file). extract.ts
// is the model: it adds `program.command(...)`, writes through ctx.io only, and reports its exit
// code with ctx.setExitCode. Then add ONE line to SUBCOMMANDS below:
//     () => import('./<name>.js'),
//
// run() is the whole CLI with its I/O passed in, so tests call it in-process; only the few lines
// at the bottom touch the real process. Exit codes (README "Exit codes"; EXIT in context.ts),
// the same for every command that reads inputs:
//   0 every input read · 1 findings (check's problems, eval's missed --min floors) · 2 usage error
//   3 some inputs could not be read (errors[] and stderr; every other report still complete,
//     wins over 1) · 70 internal error (a bug)
// Warnings (W_*: a guessed encoding, replaced bytes, an empty file) never change the exit code.
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { type CliContext, type CliIO, EXIT } from './context.js';

export { type CliContext, type CliIO, EXIT } from './context.js';

interface SubcommandModule {
  register: (program: Command, ctx: CliContext) => void;
}

const SUBCOMMANDS: Array<() => Promise<SubcommandModule>> = [
  () => import('./extract.js'),
  () => import('./eval.js'),
  () => import('./check.js'),
  () => import('./report.js'),
  () => import('./speakers.js'),
  () => import('./contested.js'),
  () => import('./aggregate.js'),
];

export function createProgram(ctx: CliContext): Command {
  const { io } = ctx;
  const program = new Command('claims')
    .description('Who said what in news articles: quotes, speakers, attribution strength, stance and contested claims.')
    .version(VERSION, '-V, --version')
    // set before the subcommands are added: commander copies these settings into each of them
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (str, write) => write(`claims: ${str.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(add --help for usage)');
  return program;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.OK;
  const ctx: CliContext = { io, setExitCode: (c) => (code = c) };
  const program = createProgram(ctx);
  // `claims --version` needs no subcommand: skip loading them (start-up, README "Speed")
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.OK;
  }
  for (const load of SUBCOMMANDS) (await load()).register(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with exitCode 0; every other commander error is a usage error,
      // including `claims` with no subcommand (help shown on stderr)
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    io.stderr(`claims: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.INTERNAL;
  }
  return code;
}

/** true when this module is the program being run (bin/claims, or `tsx src/cli/main.ts`) */
function isEntryPoint(): boolean {
  const arg = process.argv[1];
  if (!arg) return false;
  try {
    const invoked = realpathSync(arg);
    const self = fileURLToPath(import.meta.url);
    // src/cli/main.ts and dist/cli/main.js are both two levels below the package root
    const bin = resolve(dirname(self), '../../bin/claims');
    return invoked === self || invoked === bin;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `claims extract … | head`: the reader went away, which is not an error worth a stack trace
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    columns: process.stdout.columns,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
  });
}
