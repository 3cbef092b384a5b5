/** recheck's diagnosis of a regex, as one word: safe, polynomial-<degree>, exponential, or unknown (the checker timed out). */
export type Verdict = 'safe' | 'exponential' | 'unknown' | `polynomial-${number}`;

export function verdictOf(d: { status: string; complexity?: { type: string; degree?: number } }): Verdict {
  if (d.status === 'safe') return 'safe';
  if (d.status === 'unknown') return 'unknown';
  if (d.complexity?.type === 'exponential') return 'exponential';
  return `polynomial-${d.complexity?.degree ?? 0}`;
}
