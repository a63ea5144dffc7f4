// `claims speakers <paths...>`: one row per real-world speaker across a batch of articles, with
// every name variant, roles, articles, quote counts, strength profile, denials, and the
// evidence for each merge (src/corpus/speakers.ts).
import type { Command } from 'commander';
import { registerBatchView } from './batch.js';
import type { CliContext } from './context.js';

export function register(program: Command, ctx: CliContext): void {
  registerBatchView(program, ctx, {
    name: 'speakers',
    description: 'One row per speaker across a batch of articles: name variants merged with evidence, roles, articles, quotes, strength, denials.',
    examples: ['claims speakers seeds/', "claims speakers seeds/ --format json | jq '.speakers[] | select(.stance.denies > 0) | .name'"],
  });
}
