// The reminder chime: two soft tones at the chosen volume, nothing at all at 0 %, and never an error when the
// audio device is missing. A fake AudioContext records the nodes, their wiring and their gain automation.
import { describe, expect, it } from 'vitest';
import {
  CHIME_NOTE_GAP_S,
  CHIME_NOTE_LENGTH_S,
  CHIME_NOTES_HZ,
  CHIME_PEAK_GAIN,
  playChime,
  type ChimeAudioContext,
} from '../../renderer/src/lib/chime';

type Automation = [method: string, value: number, time: number];

class FakeParam {
  readonly calls: Automation[] = [];
  setValueAtTime(value: number, time: number) {
    this.calls.push(['set', value, time]);
    return this;
  }
  linearRampToValueAtTime(value: number, time: number) {
    this.calls.push(['linear', value, time]);
    return this;
  }
  exponentialRampToValueAtTime(value: number, time: number) {
    this.calls.push(['exponential', value, time]);
    return this;
  }
  /** The highest value the automation reaches. */
  peak(): number {
    return Math.max(...this.calls.map(([, value]) => value));
  }
}

class FakeNode {
  readonly connections: unknown[] = [];
  connect(target: unknown) {
    this.connections.push(target);
    return target;
  }
}

class FakeOscillator extends FakeNode {
  type = 'square';
  readonly frequency = new FakeParam();
  startedAt: number | null = null;
  stoppedAt: number | null = null;
  onended: (() => void) | null = null;
  start(at: number) {
    this.startedAt = at;
  }
  stop(at: number) {
    this.stoppedAt = at;
  }
}

class FakeGain extends FakeNode {
  readonly gain = new FakeParam();
}

class FakeAudioContext {
  currentTime = 12.5;
  state: AudioContextState = 'running';
  readonly destination = new FakeNode();
  readonly oscillators: FakeOscillator[] = [];
  readonly gains: FakeGain[] = [];
  resumed = 0;
  closed = 0;
  createOscillator() {
    const osc = new FakeOscillator();
    this.oscillators.push(osc);
    return osc;
  }
  createGain() {
    const gain = new FakeGain();
    this.gains.push(gain);
    return gain;
  }
  resume() {
    this.resumed++;
    this.state = 'running';
    return Promise.resolve();
  }
  close() {
    this.closed++;
    this.state = 'closed';
    return Promise.resolve();
  }
}

/** A factory handing out fake contexts, counting how many were made. */
function fakeAudio() {
  const made: FakeAudioContext[] = [];
  const factory = () => {
    const ctx = new FakeAudioContext();
    made.push(ctx);
    return ctx as unknown as ChimeAudioContext;
  };
  return { made, factory };
}

describe('playChime', () => {
  it('plays two soft sine tones, one after the other, each through its own gain to the speakers', () => {
    const { made, factory } = fakeAudio();
    playChime(100, factory);
    const ctx = made[0]!;
    expect(made).toHaveLength(1);
    expect(ctx.oscillators.map((o) => o.type)).toEqual(['sine', 'sine']);
    expect(ctx.oscillators.map((o) => o.frequency.calls[0]?.[1])).toEqual([...CHIME_NOTES_HZ]);
    expect(ctx.oscillators.map((o) => o.startedAt)).toEqual([12.5, 12.5 + CHIME_NOTE_GAP_S]);
    expect(ctx.oscillators.map((o) => o.stoppedAt)).toEqual([
      12.5 + CHIME_NOTE_LENGTH_S,
      12.5 + CHIME_NOTE_GAP_S + CHIME_NOTE_LENGTH_S,
    ]);
    ctx.oscillators.forEach((osc, i) => expect(osc.connections).toEqual([ctx.gains[i]]));
    ctx.gains.forEach((gain) => expect(gain.connections).toEqual([ctx.destination]));
  });

  it('each tone rises gently and fades out (no click at the start, silent at the end)', () => {
    const { made, factory } = fakeAudio();
    playChime(100, factory);
    for (const gain of made[0]!.gains) {
      const [first, , last] = gain.gain.calls;
      expect(first?.[1]).toBeLessThan(0.001);
      expect(gain.gain.peak()).toBeCloseTo(CHIME_PEAK_GAIN);
      expect(last?.[0]).toBe('exponential');
      expect(last?.[1]).toBeLessThan(0.001);
    }
  });

  it('plays at the chosen volume: 60 % is 60 % of the full peak, 25 % a quarter', () => {
    const at = (volume: number) => {
      const { made, factory } = fakeAudio();
      playChime(volume, factory);
      return made[0]!.gains.map((g) => g.gain.peak());
    };
    expect(at(60).map((p) => p / CHIME_PEAK_GAIN)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.6, 6)]);
    expect(at(25)[0]! / CHIME_PEAK_GAIN).toBeCloseTo(0.25);
    expect(at(250)[0]).toBeCloseTo(CHIME_PEAK_GAIN); // never louder than 100 %
  });

  it('does nothing at 0 % (or a volume that is not a number): no audio context is even opened', () => {
    const { made, factory } = fakeAudio();
    playChime(0, factory);
    playChime(-5, factory);
    playChime(Number.NaN, factory);
    expect(made).toHaveLength(0);
  });

  it('resumes a context that starts suspended, and closes it once the last tone has ended', () => {
    const { made, factory } = fakeAudio();
    const suspended = () => {
      const ctx = factory() as unknown as FakeAudioContext;
      ctx.state = 'suspended';
      return ctx as unknown as ChimeAudioContext;
    };
    playChime(60, suspended);
    const ctx = made[0]!;
    expect(ctx.resumed).toBe(1);
    expect(ctx.closed).toBe(0);
    ctx.oscillators[1]?.onended?.();
    expect(ctx.closed).toBe(1);
  });

  it('never throws: without Web Audio, or when the audio device fails, there is simply no sound', () => {
    expect(() => playChime(60, () => null)).not.toThrow();
    const broken = new FakeAudioContext();
    broken.createOscillator = () => {
      throw new Error('no audio device');
    };
    expect(() => playChime(60, () => broken as unknown as ChimeAudioContext)).not.toThrow();
    expect(broken.closed).toBe(1);
    // jsdom has no AudioContext: the default factory finds none and stays quiet.
    expect(() => playChime(60)).not.toThrow();
  });
});
