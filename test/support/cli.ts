// Runs the claims CLI in-process and collects what it prints, for the CLI and eval tests.
import type { CliIO } from '../../src/cli/context.js';
import { run } from '../../src/cli/main.js';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export async function claims(argv: string[], io: Partial<CliIO> = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    env: {},
    stdin: async () => {
      throw new Error('stdin not expected in this test');
    },
    ...io,
  });
  return { code, stdout, stderr };
}
