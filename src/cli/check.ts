// `claims check <paths...>`: the sourcing gate. Runs the extraction on each input, applies the
// rules of the configuration (claims.config.json found upward from the working directory, or
// --config), and prints the findings in a format for people or for CI. Exit codes: 0 no
// error-level finding, 1 error-level findings (or more warnings than --max-warnings), 2 usage
// or config error, 3 some inputs could not be read (every input that can be read is still
// checked and printed; wins over 1).
import { type Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig } from '../check/config.js';
import { RULES } from '../check/rules/index.js';
import type { CheckedFile, CheckResult } from '../check/types.js';
import { countAll, plural } from '../format/check/common.js';
import { internalError } from '../report/errors.js';
import { readInputs } from '../input/read.js';
import { type CliContext, type CliIO, EXIT } from './context.js';
import { errorLine, maxBytesOption, useColor, warningLine } from './extract.js';

export const CHECK_FORMATS = ['stylish', 'json', 'line', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  format?: CheckFormat;
  /** a path (--config), false (--no-config) or undefined (search upward) */
  config?: string | false;
  /** -1: no limit */
  maxWarnings?: number;
  color?: boolean;
  maxBytes?: number;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('Apply sourcing rules to news articles and report the findings (a gate for CI).')
    .argument('<paths...>', 'text files, directories (every *.txt directly inside, by name), or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CHECK_FORMATS).default('stylish'))
    .option('-c, --config <file>', 'the config file (default: claims.config.json in the working directory or the nearest one above)')
    .option('--no-config', 'use the built-in rule defaults, ignoring any claims.config.json')
    .addOption(
      new Option('--max-warnings <n>', 'exit 1 when there are more than this many warnings (-1: no limit)')
        .default(-1, 'no limit')
        .argParser(parseMaxWarnings),
    )
    .option('--color', 'colour stylish output even when stdout is not a terminal')
    .option('--no-color', 'never colour stylish output (so does a non-empty NO_COLOR)')
    .addOption(maxBytesOption())
    .addHelpText(
      'after',
      `
Rules (default severity):
${RULES.map((r) => `  ${r.id.padEnd(21)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}

Examples:
  claims check seeds/
  claims check articles/ --format github --max-warnings 0
  claims check articles/ --format junit > claims-junit.xml

Exit codes: 0 no error-level finding, 1 error-level findings or more warnings than
--max-warnings, 2 usage or config error, 3 some inputs could not be read (wins over 1).`,
    )
    .action(async (paths: string[], opts: CheckOptions) => {
      ctx.setExitCode(await check(paths, opts, ctx.io));
    });
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number of 0 or more (or -1 for no limit).');
  return n;
}

/** The findings in `format`; each renderer loads when it is used (start-up, README "Speed"). */
export async function render(result: CheckResult, format: CheckFormat, color: boolean): Promise<string> {
  switch (format) {
    case 'json': return (await import('../format/check/json.js')).formatCheckJson(result);
    case 'line': return (await import('../format/check/line.js')).formatLine(result);
    case 'github': return (await import('../format/check/github.js')).formatGithub(result);
    case 'junit': return (await import('../format/check/junit.js')).formatJunit(result);
    case 'stylish': return (await import('../format/check/stylish.js')).formatStylish(result, { color });
  }
}

export async function check(paths: string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const format = opts.format ?? 'stylish';
  let config;
  try {
    config = loadConfig(opts.config, io.cwd ?? process.cwd());
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.stderr(`claims: ${err.message}\n`);
    return EXIT.USAGE;
  }

  const { sources, errors, warnings } = await readInputs(paths, {
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
  });
  for (const e of errors) io.stderr(errorLine(e));
  for (const w of warnings) io.stderr(warningLine(w));

  const files: CheckedFile[] = [];
  const { checkSource } = await import('../check/run.js'); // the pipeline: loaded only to check
  for (const src of sources) {
    try {
      files.push(checkSource(src, config.settings));
    } catch (err) {
      const e = internalError(src.file, 'checking', err);
      errors.push(e);
      io.stderr(errorLine(e));
      if (io.env.CLAIMS_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
    }
  }

  const result: CheckResult = {
    files,
    errors,
    rules: config.settings.flatMap((s) => (s.level === 'off' ? [] : [{ id: s.rule.id, severity: s.level }])),
    config: config.file,
  };
  io.stdout(await render(result, format, useColor(opts.color, io)));

  const n = countAll(result);
  const maxWarnings = opts.maxWarnings ?? -1;
  const tooManyWarnings = maxWarnings >= 0 && n.warning > maxWarnings;
  if (tooManyWarnings) io.stderr(`claims: ${plural(n.warning, 'warning')}, more than --max-warnings ${maxWarnings}\n`);
  if (errors.length) return EXIT.INPUT_ERRORS;
  if (n.error > 0 || tooManyWarnings) return EXIT.FINDINGS;
  return EXIT.OK;
}
