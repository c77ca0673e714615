// History writes that fail (disk full, no permission) are reported once when they start failing and once when
// they work again, and nothing recorded in between is lost.
import { describe, expect, it } from 'vitest';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import type { HistoryEvent } from '../../electron/shared/history';

const AT = new Date('2026-03-02T09:00:00Z').getTime();
const moved = (i: number): HistoryEvent => ({ type: 'reminder-accepted', at: AT + i * 60_000 });

describe('HistoryLog write trouble', () => {
  it('reports the failure once with its code, then the recovery once, and writes every waiting event', () => {
    const files = memoryHistoryFiles();
    let full = false;
    const append = files.append.bind(files);
    files.append = (month, text) => {
      if (full) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      append(month, text);
    };
    const said: string[] = [];
    const log = new HistoryLog(files, () => {}, {
      failing: (code) => said.push(`failing ${code}`),
      recovered: () => said.push('recovered'),
    });

    log.append(moved(0));
    full = true;
    log.append(moved(1));
    log.append(moved(2));
    expect(said).toEqual(['failing ENOSPC']);
    full = false;
    log.append(moved(3));
    expect(said).toEqual(['failing ENOSPC', 'recovered']);
    const written = files.read('2026-03').trim().split('\n');
    expect(written.map((line) => (JSON.parse(line) as HistoryEvent).at)).toEqual(
      [0, 1, 2, 3].map((i) => moved(i).at),
    );
  });
});
