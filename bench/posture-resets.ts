// Benchmark (issue 17): the optional posture reset adds at most one engine wake-up per sitting bout (it rides on
// the idle samples the engine takes anyway, so it should add none). The same simulated 8-hour day runs with resets
// off and on, with the busy sources on (seeing nothing, answering 2 s later, as a D-Bus call or command does).
import { Sim } from '../tests/fakes/sim';
import { simulateDay } from './sitting-day';
import type { BenchResult } from './types';

function day(postureResets: boolean): Sim {
  const sim = new Sim({ settings: { postureResets } });
  sim.busy = [];
  sim.busyDelayMs = 2_000;
  simulateDay(sim.start());
  return sim;
}

export function benchPostureResets(): BenchResult[] {
  const off = day(false);
  const on = day(true);
  const bouts = on.ofType('sitting-bout').length;
  const resets = on.cues.filter((c) => c.cue.kind === 'posture-reset').length;
  const extra = on.engine.wakeUps - off.engine.wakeUps;
  return [
    {
      name: 'posture resets on: extra engine wake-ups per simulated 8-hour day',
      value: extra,
      unit: `wake-ups for ${bouts} bouts (${resets} resets given, of ${off.engine.wakeUps} wake-ups)`,
      goal: '<= 1 per bout',
      pass: extra <= bouts,
    },
  ];
}
