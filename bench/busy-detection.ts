// Benchmark (issue 16): the call / presentation / do-not-disturb sources cost nothing while no reminder is due.
// The same simulated day runs with every source off and with every source on (seeing nothing); the figures are
// the looks taken and the engine wake-ups, while no reminder is due and over the whole day.
import { MIN, Sim } from '../tests/fakes/sim';
import { simulateDay } from './sitting-day';
import type { BenchResult } from './types';

function sim(sourcesOn: boolean): Sim {
  const s = new Sim();
  if (sourcesOn) s.busy = [];
  return s.start();
}

export function benchBusyDetection(): BenchResult[] {
  // 29 minutes of work before the first reminder is due: nothing may change.
  const off = sim(false).advance(29 * MIN, 'typing-with-pauses');
  const on = sim(true).advance(29 * MIN, 'typing-with-pauses');
  const extraBeforeDue = on.engine.wakeUps - off.engine.wakeUps;
  const dayOff = sim(false);
  simulateDay(dayOff);
  const dayOn = sim(true);
  simulateDay(dayOn);
  const reminders = dayOn.ofType('reminder-shown').length;
  return [
    {
      name: 'busy sources on: looks while no reminder is due (29 min of sitting)',
      value: on.busyChecks,
      unit: 'looks',
      goal: '= 0',
      pass: on.busyChecks === 0,
    },
    {
      name: 'busy sources on: extra wake-ups while no reminder is due (29 min of sitting)',
      value: extraBeforeDue,
      unit: 'wake-ups',
      goal: '= 0',
      pass: extraBeforeDue === 0,
    },
    {
      name: 'busy sources on: looks per simulated 8-hour day (only when a reminder is due)',
      value: dayOn.busyChecks,
      unit: `looks for ${reminders} reminders`,
      goal: '<= reminders',
      pass: dayOn.busyChecks <= reminders + 1,
    },
    {
      // Only while a reminder is due: it waits one 10 s poll for the answer, then for a typing pause as always,
      // which shifts the rest of the day's schedule a little.
      name: 'busy sources on: extra wake-ups per simulated 8-hour day (all while a reminder is due)',
      value: dayOn.engine.wakeUps - dayOff.engine.wakeUps,
      unit: `wake-ups (of ${dayOff.engine.wakeUps})`,
      goal: 'report',
      pass: true,
    },
  ];
}
