// Words news stories use interchangeably for one idea, so that a denial and the claim it
// denies, or one claim worded by two outlets, share their content words: `had not been
// notified` / `had been briefed`, `bounties` / `cash rewards`, `militants` / `fighters`.
// General English, keyed by Porter stem; each group maps to its first stem.
const GROUPS: string[][] = [
  ['inform', 'brief', 'notifi', 'appris'],
  ['reward', 'bounti', 'payment', 'paid', 'pai', 'cash', 'monei', 'award'],
  ['fighter', 'milit', 'insurg', 'combat'],
  ['kill', 'death', 'murder', 'slain', 'slai'],
  ['troop', 'soldier', 'servicemen', 'servicemembers'],
  ['lie', 'fals', 'untru'],
];

const CANON = new Map<string, string>();
for (const group of GROUPS) for (const s of group) CANON.set(s, group[0]!);

/** The stem that stands for a stem's synonym group (itself when it has none). */
export function canonicalStem(stem: string): string {
  return CANON.get(stem) ?? stem;
}
