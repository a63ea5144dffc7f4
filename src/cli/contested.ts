// `claims contested <paths...>`: claims disputed anywhere in a batch, the same proposition in
// different words clustered across articles, with who asserts and who denies it, where, and the
// evidence sentences (src/corpus/claims.ts).
import type { Command } from 'commander';
import { registerBatchView } from './batch.js';
import type { CliContext } from './context.js';

export function register(program: Command, ctx: CliContext): void {
  registerBatchView(program, ctx, {
    name: 'contested',
    description: 'Claims disputed anywhere in a batch of articles, clustered across articles, with who asserts and who denies them.',
    examples: ['claims contested seeds/', "claims contested seeds/ --format json | jq '.claims[] | {claim, disputedBy}'"],
  });
}
