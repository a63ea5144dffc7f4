// What every subcommand module gets from main.ts: the I/O of the run and the exit codes.
// Kept apart from main.ts so subcommands never import main.ts (that would be an import cycle).

/** Everything a command may use from the outside world. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** whether stdout is a terminal (decides the default format and colour) */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** reads all of standard input (for the `-` path); defaults to process.stdin */
  stdin?: () => Promise<Buffer>;
  /** terminal width, for wrapping text output */
  columns?: number;
  /** the working directory `claims check` looks for claims.config.json from; defaults to process.cwd() */
  cwd?: string;
  /** whether stderr is a terminal (decides whether a progress bar is drawn) */
  stderrIsTTY?: boolean;
  /** stderr terminal width, for the progress bar */
  stderrColumns?: number;
}

export interface CliContext {
  io: CliIO;
  /** sets the exit code run() returns; a command's action calls it */
  setExitCode: (code: number) => void;
}

/**
 * The exit-code contract (README "Exit codes"), the same for every command that reads inputs.
 * Input errors win over findings: a result over incomplete input is not a pass or a fail.
 */
export const EXIT = {
  /** every input read and analysed (warnings do not change this) */
  OK: 0,
  /** findings: `claims check` found problems, `claims eval` missed a --min floor */
  FINDINGS: 1,
  /** bad option, unknown command, no paths */
  USAGE: 2,
  /** some inputs could not be read or analysed: each in report.errors and on stderr; the report
   *  for every other input is still complete on stdout */
  INPUT_ERRORS: 3,
  /** a bug outside the per-file handling */
  INTERNAL: 70,
} as const;
