// What the tray shows, as data: icon state, tooltip and menu. Main renders it with Electron's Tray and Menu;
// the browser harness renders the same model as HTML, so both hosts agree by construction.
import type { PauseLength, TrackerSnapshot, TrayState } from '../shared/tracker';
import { wholeMinutes } from './time';

/** Every command the tray menu can send. */
export type TrayCommand =
  | { kind: 'start-walk' }
  | { kind: 'snooze'; minutes: number }
  | { kind: 'pause'; length: PauseLength }
  | { kind: 'resume-reminders' }
  | { kind: 'moved' }
  | { kind: 'open-main' }
  | { kind: 'open-settings' }
  | { kind: 'open-history' }
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

/** Short local time, e.g. "14:05", for "paused until" labels. */
function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The tooltip line: what the user would ask the tray first. */
export function tooltipText(s: TrackerSnapshot): string {
  const minutes = wholeMinutes(s.sittingMs);
  const sitting = minutes === 1 ? 'Sitting for 1 min' : `Sitting for ${minutes} min`;
  switch (s.presence) {
    case 'walking':
      return 'WalkBreak: on a walk';
    case 'away':
      return 'WalkBreak: you are away (break counted)';
    case 'locked':
    case 'asleep':
      return `WalkBreak: ${sitting.toLowerCase()} before the screen locked`;
    case 'present':
      break;
  }
  if (!s.remindersEnabled) return `WalkBreak: ${sitting} (reminders off)`;
  if (s.pause) return `WalkBreak: ${sitting} (${pauseText(s.pause)})`;
  if (s.outsideWorkingHours) return `WalkBreak: ${sitting} (outside working hours)`;
  return `WalkBreak: ${sitting}`;
}

/** "in a meeting until 14:30", "in a meeting", "reminders paused until 00:00". */
function pauseText(pause: NonNullable<TrackerSnapshot['pause']>): string {
  const until = pause.until === null ? '' : ` until ${clockTime(pause.until)}`;
  return pause.meeting ? `in a meeting${until}` : `reminders paused${until}`;
}

/** "In a meeting": reminders wait, and a break is suggested when it ends. */
const MEETING: { id: string; label: string; length: PauseLength }[] = [
  { id: 'meeting-30', label: 'For 30 minutes', length: { minutes: 30 } },
  { id: 'meeting-60', label: 'For 1 hour', length: { minutes: 60 } },
  { id: 'meeting-90', label: 'For 1½ hours', length: { minutes: 90 } },
  { id: 'meeting-open', label: 'Until I resume', length: { untilResumed: true } },
];

/** The full tray model for a snapshot. */
export function trayModel(s: TrackerSnapshot): TrayModel {
  const menu: TrayMenuItem[] = [
    { type: 'info', id: 'status', label: tooltipText(s).replace(/^WalkBreak: /, '') },
  ];
  menu.push({ type: 'separator', id: 'sep-status' });
  const walking = s.presence === 'walking';
  menu.push({
    type: 'item',
    id: 'start-walk',
    label: walking ? 'Back to my walk' : 'Start a walk now',
    enabled: true,
    command: { kind: 'start-walk' },
  });
  const snooze = s.reminder?.snoozeOptionsMin[0];
  if (s.reminder && snooze !== undefined) {
    menu.push({
      type: 'item',
      id: 'snooze',
      label: `Snooze ${snooze} min`,
      enabled: true,
      command: { kind: 'snooze', minutes: snooze },
    });
  }
  if (s.pause) {
    menu.push({
      type: 'item',
      id: 'resume',
      label: s.pause.meeting ? 'My meeting is over' : `Resume reminders (${pauseText(s.pause)})`,
      enabled: true,
      command: { kind: 'resume-reminders' },
    });
  } else {
    menu.push({
      type: 'submenu',
      id: 'meeting',
      label: 'In a meeting',
      items: MEETING.map((p) => ({
        type: 'item',
        id: p.id,
        label: p.label,
        enabled: s.remindersEnabled,
        command: { kind: 'pause', length: p.length },
      })),
    });
    menu.push({
      type: 'item',
      id: 'pause-tomorrow',
      label: 'Pause reminders until tomorrow',
      enabled: s.remindersEnabled,
      command: { kind: 'pause', length: { untilTomorrow: true } },
    });
  }
  menu.push({
    type: 'item',
    id: 'moved',
    label: 'I just moved',
    enabled: !walking,
    command: { kind: 'moved' },
  });
  menu.push({ type: 'separator', id: 'sep-windows' });
  menu.push({
    type: 'item',
    id: 'open-main',
    label: 'Open WalkBreak',
    enabled: true,
    command: { kind: 'open-main' },
  });
  menu.push({
    type: 'item',
    id: 'open-settings',
    label: 'Settings…',
    enabled: true,
    command: { kind: 'open-settings' },
  });
  menu.push({
    type: 'item',
    id: 'open-history',
    label: 'History…',
    enabled: true,
    command: { kind: 'open-history' },
  });
  menu.push({ type: 'separator', id: 'sep-quit' });
  menu.push({ type: 'item', id: 'quit', label: 'Quit WalkBreak', enabled: true, command: { kind: 'quit' } });
  return { icon: s.trayState, tooltip: tooltipText(s), menu };
}
