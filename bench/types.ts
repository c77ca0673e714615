// One benchmark figure, as printed by `npm run bench` (table) and `npm run bench -- --json` (one object per line).
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The goal as text, e.g. "<= 60", or "report" for figures without a goal. */
  goal: string;
  pass: boolean;
}
