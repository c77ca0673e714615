// What the tray shows, as data: icon state, tooltip and menu, in the user's language (namespace "tray"). Main
// renders it with Electron's Tray and Menu; the browser harness renders the same model as HTML, so both hosts agree
// by construction.
import { emergencyNumbers, type EmergencyRegion } from '../shared/emergency';
import type { Translator } from '../shared/i18n';
import type { HoldView, PauseLength, TrackerSnapshot, TrayState } from '../shared/tracker';
import { wholeMinutes } from './time';

/** Every command the tray menu can send. */
export type TrayCommand =
  | { kind: 'start-walk' }
  | { kind: 'snooze'; minutes: number }
  | { kind: 'pause'; length: PauseLength }
  | { kind: 'resume-reminders' }
  | { kind: 'moved' }
  | { kind: 'standing'; standing: boolean }
  | { kind: 'open-main' }
  | { kind: 'open-settings' }
  | { kind: 'open-history' }
  | { kind: 'open-desk' }
  | { kind: 'open-help' }
  | { kind: 'quit' };

export type TrayMenuItem =
  | { type: 'item'; id: string; label: string; enabled: boolean; command: TrayCommand }
  | { type: 'submenu'; id: string; label: string; items: TrayMenuItem[] }
  | { type: 'separator'; id: string }
  | { type: 'info'; id: string; label: string };

export interface TrayModel {
  icon: TrayState;
  tooltip: string;
  menu: TrayMenuItem[];
}

/**
 * The menu's status line counts sitting in steps of this many minutes ("Sitting for 20 min" from 20 to 29). A
 * native menu is rebuilt whenever its text changes, and an exact count would rebuild it on almost every wake
 * (docs/performance.md); the tooltip, refreshed when the pointer reaches the icon, keeps the exact minute.
 */
export const MENU_STATUS_STEP_MIN = 10;

/**
 * The status line, what the user would ask the tray first: "Sitting for 25 min", "Sitting for 10 min (in a meeting
 * until 14:30)", "on a walk". Times in the user's locale. `stepMin` rounds the minutes down to a multiple of it.
 */
export function statusText(s: TrackerSnapshot, tr: Translator, stepMin = 1): string {
  const { t } = tr;
  const count = Math.floor(wholeMinutes(s.sittingMs) / stepMin) * stepMin;
  switch (s.presence) {
    case 'walking':
      return t('tray:status.walking');
    case 'away':
      return t('tray:status.away');
    case 'locked':
    case 'asleep':
      return t('tray:status.locked', { count });
    case 'present':
      break;
  }
  if (s.standingSince !== null)
    return t('tray:status.standing', { count: wholeMinutes(s.standingMs), sitting: count });
  if (!s.remindersEnabled) return t('tray:status.remindersOff', { count });
  if (s.pause) {
    const { until, meeting } = s.pause;
    if (until === null)
      return meeting ? t('tray:status.meeting', { count }) : t('tray:status.paused', { count });
    const time = tr.time(until);
    return meeting
      ? t('tray:status.meetingUntil', { count, time })
      : t('tray:status.pausedUntil', { count, time });
  }
  if (s.outsideWorkingHours) return t('tray:status.outsideHours', { count });
  if (s.hold) return heldText(s.hold, tr);
  return t('tray:status.sitting', { count });
}

/** Why a due reminder waits, the strongest reason first; after the maximum hold, that a break is well overdue. */
function heldText(hold: HoldView, { t }: Translator): string {
  if (hold.long) return t('tray:status.heldLong');
  if (hold.reasons.includes('call')) return t('tray:status.heldCall');
  if (hold.reasons.includes('presentation')) return t('tray:status.heldPresentation');
  return t('tray:status.heldDnd');
}

/** The tooltip: "WalkBreak: " and the status line, or the walking plan's lock, which matters more. */
export function tooltipText(s: TrackerSnapshot, tr: Translator): string {
  const status = s.plan === 'locked' ? tr.t('tray:plan.locked') : statusText(s, tr);
  return tr.t('tray:tooltip', { status });
}

/** Info lines for a halted walking plan: locked shows the emergency advice (part 2 (c)), paused who to see. */
function planLines(s: TrackerSnapshot, tr: Translator, region: EmergencyRegion | null): TrayMenuItem[] {
  const { t } = tr;
  if (s.plan === 'locked')
    return [
      { type: 'info', id: 'plan', label: t('tray:plan.locked') },
      { type: 'info', id: 'plan-advice', label: t('tray:plan.lockedAdvice', emergencyNumbers(region, tr)) },
    ];
  if (s.plan === 'paused') return [{ type: 'info', id: 'plan', label: t('tray:plan.paused') }];
  return [];
}

/** "In a meeting": reminders wait, and a break is suggested when it ends. */
const MEETING = [
  { id: 'meeting-30', label: 'meeting30', length: { minutes: 30 } },
  { id: 'meeting-60', label: 'meeting60', length: { minutes: 60 } },
  { id: 'meeting-90', label: 'meeting90', length: { minutes: 90 } },
  { id: 'meeting-open', label: 'meetingOpen', length: { untilResumed: true } },
] as const satisfies readonly { id: string; label: string; length: PauseLength }[];

/**
 * The full tray model for a snapshot, worded by `tr`; a locked plan's emergency advice names `region`'s number
 * (null: every region's).
 */
export function trayModel(
  s: TrackerSnapshot,
  tr: Translator,
  region: EmergencyRegion | null = null,
): TrayModel {
  const { t } = tr;
  const status = statusText(s, tr, MENU_STATUS_STEP_MIN);
  const menu: TrayMenuItem[] = [...planLines(s, tr, region), { type: 'info', id: 'status', label: status }];
  menu.push({ type: 'separator', id: 'sep-status' });
  // A next-day check that is due is always offered here (and on Home), whatever became of its notification.
  if (s.nextDayCheck)
    menu.push({
      type: 'item',
      id: 'next-day',
      label: t('tray:menu.nextDay'),
      enabled: true,
      command: { kind: 'open-main' },
    });
  const walking = s.presence === 'walking';
  menu.push({
    type: 'item',
    id: 'start-walk',
    label: walking ? t('tray:menu.backToWalk') : t('tray:menu.startWalk'),
    enabled: true,
    command: { kind: 'start-walk' },
  });
  const snooze = s.reminder?.snoozeOptionsMin[0];
  if (s.reminder && snooze !== undefined) {
    menu.push({
      type: 'item',
      id: 'snooze',
      label: t('tray:menu.snooze', { minutes: snooze }),
      enabled: true,
      command: { kind: 'snooze', minutes: snooze },
    });
  }
  if (s.pause) {
    menu.push({
      type: 'item',
      id: 'resume',
      label: s.pause.meeting
        ? t('tray:menu.meetingOver')
        : s.pause.until === null
          ? t('tray:menu.resume')
          : t('tray:menu.resumeUntil', { time: tr.time(s.pause.until) }),
      enabled: true,
      command: { kind: 'resume-reminders' },
    });
  } else {
    menu.push({
      type: 'submenu',
      id: 'meeting',
      label: t('tray:menu.meeting'),
      items: MEETING.map((p) => ({
        type: 'item',
        id: p.id,
        label: t(`tray:menu.${p.label}`),
        enabled: s.remindersEnabled,
        command: { kind: 'pause', length: p.length },
      })),
    });
    menu.push({
      type: 'item',
      id: 'pause-tomorrow',
      label: t('tray:menu.pauseTomorrow'),
      enabled: s.remindersEnabled,
      command: { kind: 'pause', length: { untilTomorrow: true } },
    });
  }
  menu.push({
    type: 'item',
    id: 'moved',
    label: t('tray:menu.moved'),
    enabled: !walking,
    command: { kind: 'moved' },
  });
  // A sit-stand desk: standing stops the sitting clock (it is not a break); sitting down starts it again.
  const standing = s.standingSince !== null;
  menu.push({
    type: 'item',
    id: 'standing',
    label: standing ? t('tray:menu.sitting') : t('tray:menu.standing'),
    enabled: !walking,
    command: { kind: 'standing', standing: !standing },
  });
  menu.push({ type: 'separator', id: 'sep-windows' });
  menu.push({
    type: 'item',
    id: 'open-main',
    label: t('tray:menu.openMain'),
    enabled: true,
    command: { kind: 'open-main' },
  });
  menu.push({
    type: 'item',
    id: 'open-settings',
    label: t('tray:menu.settings'),
    enabled: true,
    command: { kind: 'open-settings' },
  });
  menu.push({
    type: 'item',
    id: 'open-history',
    label: t('tray:menu.history'),
    enabled: true,
    command: { kind: 'open-history' },
  });
  menu.push({
    type: 'item',
    id: 'open-desk',
    label: t('tray:menu.desk'),
    enabled: true,
    command: { kind: 'open-desk' },
  });
  menu.push({
    type: 'item',
    id: 'open-help',
    label: t('tray:menu.help'),
    enabled: true,
    command: { kind: 'open-help' },
  });
  menu.push({ type: 'separator', id: 'sep-quit' });
  menu.push({
    type: 'item',
    id: 'quit',
    label: t('tray:menu.quit'),
    enabled: true,
    command: { kind: 'quit' },
  });
  return { icon: s.trayState, tooltip: tooltipText(s, tr), menu };
}
