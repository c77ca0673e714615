// The workstation check: seven illustrated questions with text alternatives, answered by keyboard or click, Back,
// the answers saved at the end, and what to change with one cheap fix each; in English and German.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DeskCheckView from '../../renderer/src/views/DeskCheckView.svelte';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { installFakeApi } from './fake-api';
import { englishLeft } from './english-left';

afterEach(() => {
  delete window.walkbreak;
  setLanguageSetting('system');
});

const heading = () => screen.getByRole('heading', { level: 1 });

describe('DeskCheckView', () => {
  it('asks each question with its illustration, goes back, saves the answers and lists the cheap fixes', async () => {
    const api = installFakeApi();
    render(DeskCheckView);
    expect(heading().textContent).toBe('Check your desk');
    expect(document.activeElement).toBe(heading());
    await fireEvent.click(screen.getByRole('button', { name: 'Check my desk' }));
    expect(heading().textContent).toMatch(/top of your screen/);
    expect(document.activeElement).toBe(heading());
    expect(screen.getByText('Question 1 of 7')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/looking straight ahead/);
    await fireEvent.click(screen.getByRole('button', { name: 'No' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading().textContent).toMatch(/arm's length/);
    await fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Skip' })); // no laptop
    for (let i = 0; i < 2; i += 1) await fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await fireEvent.click(screen.getByRole('button', { name: 'No' })); // lower back
    await fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(heading().textContent).toBe('Your desk');
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Saved. Home shows what is left to fix.'),
    );
    expect(api.saveWorkstationCheck).toHaveBeenCalledExactlyOnceWith({
      answers: {
        screenHeight: 'no',
        screenDistance: 'yes',
        laptop: 'skip',
        elbows: 'yes',
        feet: 'yes',
        lowerBack: 'no',
        light: 'yes',
      },
    });
    const fixes = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(fixes).toHaveLength(2);
    expect(fixes[0]).toMatch(/books or a sturdy box/);
    expect(fixes[1]).toMatch(/rolled towel/);
  });

  it('speaks German throughout', async () => {
    installFakeApi();
    setLanguageSetting('de');
    render(DeskCheckView);
    expect(heading().textContent).toBe('Arbeitsplatz prüfen');
    await fireEvent.click(screen.getByRole('button', { name: 'Arbeitsplatz prüfen' }));
    expect(englishLeft(document.body)).toEqual([]);
    for (let i = 0; i < 7; i += 1) await fireEvent.click(screen.getByRole('button', { name: 'Nein' }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Gespeichert/));
    expect(englishLeft(document.body)).toEqual([]);
  });
});
