// `npm run test:soak`: the full SIGKILL crash soak (the unit run in `npm test` uses a reduced count). Prints how
// many kills and acknowledged writes were checked; exits non-zero on the first lost or damaged write.
// Options: --kills N (default 500), --lanes N (default 2, one per core), --seed N.
import { soak } from '../tests/main/crash-harness';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
};

const result = await soak({ kills: arg('kills', 500), lanes: arg('lanes', 2), seed: arg('seed', 20261128) });
const byDoc = Object.entries(result.ackedByDoc)
  .map(([doc, n]) => `${doc} ${n}`)
  .join(', ');
console.log(
  `SIGKILL soak: ${result.kills} kills, ${result.ackedChecked} acknowledged writes checked (${byDoc}), ` +
    `${result.events} history events on disk, ${result.tornLines} torn history lines skipped, ${result.ms} ms`,
);
