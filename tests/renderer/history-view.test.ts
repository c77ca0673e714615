// History window: today's figures and the walk log as core computes them, the outcome filter, exports with their
// result said in words, deleting everything only after confirming, and a refused import's message shown.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HistoryView from '../../renderer/src/views/HistoryView.svelte';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import type { HistoryEvent } from '../../electron/shared/history';
import type { ImportResult } from '../../electron/shared/history-view';
import { walkEvent } from '../fakes/history-days';
import { GERMAN } from '../fakes/i18n';
import { englishLeft } from './english-left';
import { NOW, installFakeApi, ok } from './fake-api';
import { overviewFor } from './history-fixtures';

const MIN = 60_000;
const walk = (
  minutesAgo: number,
  before: number,
  after: number,
  outcome: 'continue' | 'hold',
): HistoryEvent =>
  walkEvent(NOW - minutesAgo * MIN, before, after, {
    level: 2,
    plannedMin: 8,
    walkedMin: 8,
    outcome,
    zone: outcome === 'hold' ? 'amber' : 'green',
    reasons: [outcome === 'hold' ? 'delta-3-4' : 'comfortable'],
  });
const EVENTS: HistoryEvent[] = [
  { type: 'sitting-bout', at: NOW - 60 * MIN, start: NOW - 110 * MIN, end: NOW - 60 * MIN, endedBy: 'walk' },
  { type: 'break', at: NOW - 40 * MIN, kind: 'guided', start: NOW - 60 * MIN, end: NOW - 40 * MIN },
  { type: 'standing', at: NOW - 110 * MIN, start: NOW - 135 * MIN, end: NOW - 110 * MIN },
  walk(45, 4, 3, 'continue'),
  walk(24 * 60, 3, 6, 'hold'),
];

afterEach(() => {
  setLanguageSetting('system');
  delete window.walkbreak;
});

async function shown() {
  const api = installFakeApi();
  api.getHistory.mockImplementation(({ range }) => Promise.resolve(ok(overviewFor(EVENTS, NOW, range))));
  render(HistoryView);
  await screen.findByRole('heading', { name: 'Today' });
  return api;
}

describe('HistoryView', () => {
  it("shows today's sitting, standing, longest bout, breaks and walks, with focus on the heading", async () => {
    await shown();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'History' }));
    expect(screen.getByTestId('today-sitting').textContent).toBe('50 min');
    expect(screen.getByTestId('today-standing').textContent).toBe('25 min');
    expect(screen.getByTestId('today-longest').textContent).toBe('50 min');
    expect(screen.getByTestId('today-breaks').textContent).toBe('1');
    expect(screen.getByTestId('today-walks').textContent).toBe('1 · 8 min');
    const standing = screen.getByRole('figure', { name: 'Standing at the desk per day' });
    expect(within(standing).getByText(/^Highest 25 min on /)).toBeTruthy();
  });

  it('filters the walk log by outcome', async () => {
    await shown();
    const rows = () => within(screen.getByTestId('walk-log')).getAllByRole('row').length - 1;
    expect(rows()).toBe(2);
    await fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'hold' } });
    expect(rows()).toBe(1);
    expect(screen.getByText('1 walk with outcome “Hold level”')).toBeTruthy();
    expect(screen.getByText('The pain rose by 3 or 4 points during or after the walk.')).toBeTruthy();
  });

  it('switches to 30 days and asks core for the month', async () => {
    const api = await shown();
    await fireEvent.click(screen.getByRole('button', { name: 'Last 30 days' }));
    await vi.waitFor(() => expect(api.getHistory).toHaveBeenLastCalledWith({ range: 'month' }));
    expect(screen.getByRole('button', { name: 'Last 30 days' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says where an export was saved, or that it was not', async () => {
    const api = await shown();
    api.exportHistory.mockResolvedValueOnce(ok({ saved: true, fileName: 'mine.csv' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Events (CSV)' }));
    await screen.findByText('Events (CSV) saved as mine.csv.');
    expect(api.exportHistory).toHaveBeenCalledWith({ what: 'events', format: 'csv' });
    await fireEvent.click(screen.getByRole('button', { name: 'Daily summaries (JSON)' }));
    await screen.findByText('Daily summaries (JSON) not saved.');
  });

  it('deletes all history only after the user confirms, then reloads', async () => {
    const api = await shown();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete all history…' }));
    expect(api.deleteAllHistory).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Delete all history' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete all history…' }));
    api.deleteAllHistory.mockResolvedValueOnce(ok({ removed: 4 }));
    const calls = api.getHistory.mock.calls.length;
    await fireEvent.click(screen.getByRole('button', { name: 'Delete all history' }));
    await screen.findByText('All history deleted (4 records).');
    expect(api.getHistory.mock.calls.length).toBe(calls + 1);
  });

  it("shows a refused import's message", async () => {
    const api = await shown();
    api.importHistory.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'invalid-args',
        message: 'This file is not a WalkBreak history export. Nothing was imported.',
      },
    });
    const input = screen.getByLabelText('Events export to import') as HTMLInputElement;
    const file = new File(['{}'], 'other.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is not a WalkBreak history export. Nothing was imported.',
    );
    expect(api.importHistory).toHaveBeenCalledWith({ text: '{}' });
  });

  it('shows an import’s progress with a Cancel, and says what a cancelled import kept', async () => {
    const api = await shown();
    let answer: (result: ImportResult) => void = () => {};
    api.importHistory.mockReturnValueOnce(new Promise((resolve) => (answer = (value) => resolve(ok(value)))));
    api.cancelImport.mockResolvedValueOnce(ok({ cancelling: true }));
    const input = screen.getByLabelText('Events export to import') as HTMLInputElement;
    const file = new File(['{"big":1}'], 'years.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    const bar = await screen.findByRole('progressbar', { name: 'Checking the file… 0%' });
    api.emit('history:import-progress', { phase: 'checking', percent: 12, added: 0 });
    await vi.waitFor(() => expect(bar.getAttribute('value')).toBe('12'));
    expect(screen.getByText('Checking the file… 12%')).toBeTruthy();
    api.emit('history:import-progress', { phase: 'merging', percent: 40, added: 2000 });
    await screen.findByText('Importing… 40%');
    expect(bar.getAttribute('value')).toBe('40');

    await fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(api.cancelImport).toHaveBeenCalledWith({});
    await screen.findByText('Stopping the import after the part it is saving…');
    const reloads = api.getHistory.mock.calls.length;
    answer({ added: 2000, duplicates: 0, cancelled: true, remaining: 10000 });
    await screen.findByText(
      'Import of years.json cancelled. The 2,000 new records already added are kept (each part is saved whole); ' +
        '10,000 records were not imported. Import the file again to add them: nothing is added twice.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
    // What was kept is shown: History reads its data again.
    await vi.waitFor(() => expect(api.getHistory.mock.calls.length).toBe(reloads + 1));
  });

  it('a cancel while the file was still being checked says nothing was added', async () => {
    const api = await shown();
    api.importHistory.mockResolvedValueOnce(
      ok({ added: 0, duplicates: 0, cancelled: true, remaining: null }),
    );
    const input = screen.getByLabelText('Events export to import') as HTMLInputElement;
    const file = new File(['{}'], 'years.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    await screen.findByText('Import of years.json cancelled. Nothing was added.');
    // Progress from another window's import is not shown here.
    api.emit('history:import-progress', { phase: 'merging', percent: 50, added: 10 });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('speaks German with the language setting Deutsch: German words, day and month names, numbers', async () => {
    setLanguageSetting('de');
    const api = installFakeApi();
    api.getHistory.mockImplementation(({ range }) =>
      Promise.resolve(ok(overviewFor(EVENTS, NOW, range, GERMAN))),
    );
    render(HistoryView);
    await screen.findByRole('heading', { name: 'Heute' });
    expect(screen.getByRole('heading', { level: 1, name: 'Verlauf' })).toBeTruthy();
    expect(screen.getByTestId('today-sitting').textContent).toBe('50 Min.');
    expect(screen.getByTestId('today-walks').textContent).toBe('1 · 8 Min.');
    expect(screen.getByRole('figure', { name: 'Sitzen pro Tag' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Letzte 30 Tage' })).toBeTruthy();
    // Core's insight, worded in German.
    expect(screen.getByText('Sie sind an 2 Tagen in Folge spazieren gegangen.')).toBeTruthy();
    // Days in German: "Mo., 2. März" in the tables, German weekdays on the axis.
    const sitting = screen.getByRole('figure', { name: 'Sitzen pro Tag' });
    const days = within(sitting)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(days).toHaveLength(7);
    for (const day of days) expect(day).toMatch(/^(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. (Feb\.|März)$/);
    expect(days.at(-1)).toBe('Mo., 2. März');
    const ticks = [...sitting.querySelectorAll('text.tick')].map((tick) => tick.textContent?.trim());
    expect(ticks).toEqual(['Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'Mo']);
    // The walk log: German outcome names and the reason from the content messages.
    await fireEvent.change(screen.getByLabelText('Ergebnis'), { target: { value: 'hold' } });
    expect(screen.getByText('1 Spaziergang mit dem Ergebnis „Stufe halten“')).toBeTruthy();
    expect(screen.getByTestId('walk-log').textContent).toMatch(/8 von 8 Min\. · S2/);
    // Numbers in the German format: a thousands separator in a count of records.
    api.deleteAllHistory.mockResolvedValueOnce(ok({ removed: 1234 }));
    await fireEvent.click(screen.getByRole('button', { name: 'Gesamten Verlauf löschen …' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Gesamten Verlauf löschen' }));
    await screen.findByText('Gesamter Verlauf gelöscht (1.234 Einträge).');
    expect(englishLeft(document.body, ['common', 'history', 'content'])).toEqual([]);
  });

  it('reads the overview again when the language changes, so the sentences core words follow it', async () => {
    const api = await shown();
    const calls = api.getHistory.mock.calls.length;
    setLanguageSetting('de');
    await screen.findByRole('heading', { level: 1, name: 'Verlauf' });
    await vi.waitFor(() => expect(api.getHistory.mock.calls.length).toBe(calls + 1));
  });
});
