// `claims report <paths...> [-o report.html]`: the HTML report of a batch, written to a file or
// to stdout. It is `claims extract --format html` with a place to put the page: the same inputs,
// the same per-file errors on stderr and the same exit codes.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { type CliContext, type CliIO, EXIT } from './context.js';
import { extract, maxBytesOption } from './extract.js';

export interface ReportOptions {
  output?: string;
  maxBytes?: number;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('Write an HTML page of the batch: an overview, and every article with its quotes marked.')
    .argument('<paths...>', 'text or HTML files, directories (every *.txt, *.html, *.htm directly inside, by name), or - for stdin')
    .option('-o, --output <file>', 'write the page to this file (- or absent: stdout)')
    .addOption(maxBytesOption())
    .addHelpText(
      'after',
      `
The page is self-contained (inline CSS and SVG, no script, nothing loaded from the network):
open it in any browser, offline, or print it.

Examples:
  claims report seeds/ -o report.html
  claims report a.txt b.txt > report.html

Exit codes: 0 all inputs read, 2 usage error (or the output file cannot be written), 3 some
inputs could not be read (the page still shows every other input).`,
    )
    .action(async (paths: string[], opts: ReportOptions) => {
      ctx.setExitCode(await report(paths, opts, ctx.io));
    });
}

export async function report(paths: string[], opts: ReportOptions, io: CliIO): Promise<number> {
  const toStdout = opts.output === undefined || opts.output === '-';
  let page = '';
  const code = await extract(
    paths,
    { format: 'html', ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) },
    toStdout ? io : { ...io, stdout: (s) => (page += s) },
  );
  if (toStdout) return code;
  try {
    await writeFile(opts.output!, page);
  } catch (err) {
    io.stderr(`claims: cannot write ${opts.output}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.USAGE;
  }
  return code;
}
