// Permission tests when the tests run as root, who can read a chmod-000 file anyway: the read
// runs in a child process as the unprivileged user `nobody` (uid/gid 65534), which sees the
// permission bits like any user. Each helper returns null when that is not possible (not root,
// or the system refuses to switch users), and the test is then skipped.
import { spawnSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../../src/input/read.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NOBODY = 65534;

function spawnAsNobody(args: string[]): { status: number | null; stdout: string; stderr: string } | null {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { uid: NOBODY, gid: NOBODY, cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.error) return null;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let usable: boolean | undefined;

/** null unless root, and nobody can run this checkout's sources (it may live in a 0700 home) */
function asNobody(args: string[]): { status: number | null; stdout: string; stderr: string } | null {
  if (process.getuid?.() !== 0) return null;
  const context = new URL('../../src/cli/context.ts', import.meta.url).href;
  usable ??= spawnAsNobody(['--input-type=module', '-e', `await import(${JSON.stringify(context)});`])?.status === 0;
  return usable ? spawnAsNobody(args) : null;
}

/** readInputs(paths) as nobody; `dir` (the test's temp folder) is opened to others first. */
export async function readAsNobody(paths: string[], dir: string): Promise<ReadResult | null> {
  await chmod(dir, 0o755);
  const src = new URL('../../src/input/read.ts', import.meta.url).href;
  const r = asNobody(['--input-type=module', '-e', `import { readInputs } from ${JSON.stringify(src)}; console.log(JSON.stringify(await readInputs(${JSON.stringify(paths)})));`]);
  if (!r || r.status !== 0) return null;
  return JSON.parse(r.stdout) as ReadResult;
}

/** The claims CLI run as nobody (`node --import tsx src/cli/main.ts ...argv`), or null. */
export async function claimsAsNobody(argv: string[], dir: string): Promise<{ status: number | null; stdout: string; stderr: string } | null> {
  await chmod(dir, 0o755);
  return asNobody(['src/cli/main.ts', ...argv]);
}
