// Security baseline (architecture §7): window options, permission denial, navigation / new-window / webview
// guards, the https allowlist for external links, and which URLs count as our renderer.
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../electron/main/renderer-location';
import {
  EXTERNAL_ALLOWLIST,
  hardenContents,
  hardenSession,
  isAllowedExternal,
  windowOptions,
} from '../../electron/main/security';
import { createFakeElectron, FakeBrowserWindow, FakeWebContents } from '../fakes/electron';

const PRELOAD = '/opt/walkbreak/out/preload/index.cjs';

describe('windowOptions', () => {
  it.each(['main', 'reminder'] as const)(
    '%s window: isolated, sandboxed, no Node, no webview, hidden until ready',
    (kind) => {
      const o = windowOptions(kind, PRELOAD);
      expect(o.show).toBe(false);
      expect(o.webPreferences).toMatchObject({
        preload: PRELOAD,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        devTools: false,
      });
    },
  );

  it('the reminder is a small frameless always-on-top window outside the taskbar', () => {
    expect(windowOptions('reminder', PRELOAD)).toMatchObject({
      width: 360,
      height: 220,
      frame: false,
      resizable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
    });
    expect(windowOptions('main', PRELOAD)).toMatchObject({ width: 900, height: 680 });
    expect(windowOptions('main', PRELOAD, true).webPreferences?.devTools).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', async () => {
    const { defaultSession } = createFakeElectron().session;
    hardenSession(defaultSession);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'unknown',
    ]) {
      expect(await defaultSession.request(permission)).toBe(false);
      expect(defaultSession.check(permission)).toBe(false);
    }
  });
});

describe('hardenContents', () => {
  const own = rendererLocation({ file: '/opt/walkbreak/out/renderer/index.html' });
  const setup = () => {
    const opened: string[] = [];
    const contents = new FakeWebContents(null);
    hardenContents(contents, { isOwnUrl: own.isOwn, openExternal: (url) => opened.push(url) });
    return { contents, opened };
  };

  it('prevents navigation away from our renderer, allows a reload of it', () => {
    const { contents } = setup();
    expect(contents.navigate('https://evil.example/')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(contents.navigate('file:///opt/walkbreak/out/renderer/other.html')).toBe(true);
    expect(contents.navigate('javascript:alert(1)')).toBe(true);
    expect(contents.navigate(own.urlFor('settings'))).toBe(false);
  });

  it('denies every new window; allowlisted https pages open in the browser instead', () => {
    const { contents, opened } = setup();
    expect(contents.openWindow('https://www.nhs.uk/conditions/back-pain/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://www.nhs.uk/')).toEqual({ action: 'deny' });
    expect(contents.openWindow(own.urlFor('main'))).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.nhs.uk/conditions/back-pain/']);
  });

  it('prevents <webview> from attaching', () => {
    expect(setup().contents.attachWebview()).toBe(true);
  });
});

describe('isAllowedExternal', () => {
  it('accepts only https URLs under an allowlisted origin and path', () => {
    expect(EXTERNAL_ALLOWLIST).toEqual(['https://www.nhs.uk/']);
    expect(isAllowedExternal('https://www.nhs.uk/live-well/exercise/')).toBe(true);
    for (const url of [
      'http://www.nhs.uk/',
      'https://www.nhs.uk.evil.example/',
      'https://www.nhs.uk@evil.example/',
      'https://user:pw@www.nhs.uk/',
      'https://nhs.uk/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedExternal(url), url).toBe(false);
    }
    expect(isAllowedExternal('https://example.org/docs/x', ['https://example.org/docs/'])).toBe(true);
    expect(isAllowedExternal('https://example.org/other', ['https://example.org/docs/'])).toBe(false);
  });
});

describe('rendererLocation', () => {
  it('file: our index.html with any view is ours; other files are not', () => {
    const loc = rendererLocation({ file: '/opt/walkbreak/out/renderer/index.html' });
    expect(loc.urlFor('reminder')).toBe('file:///opt/walkbreak/out/renderer/index.html?view=reminder');
    expect(loc.isOwn('file:///opt/walkbreak/out/renderer/index.html?view=break#step-2')).toBe(true);
    expect(loc.isOwn('file:///opt/walkbreak/out/renderer/index.html.evil')).toBe(false);
    expect(loc.isOwn('file:///opt/walkbreak/out/renderer/')).toBe(false);
    expect(loc.isOwn('https://opt/walkbreak/out/renderer/index.html')).toBe(false);
    expect(loc.isOwn('')).toBe(false);
  });

  it('dev server: same origin only', () => {
    const loc = rendererLocation({ devUrl: 'http://localhost:5173' });
    expect(loc.urlFor('main')).toBe('http://localhost:5173/?view=main');
    expect(loc.isOwn('http://localhost:5173/?view=settings')).toBe(true);
    expect(loc.isOwn('http://localhost:5173/index.html?view=settings')).toBe(true);
    expect(loc.isOwn('http://localhost:51730/')).toBe(false);
    expect(loc.isOwn('http://localhost:5173@evil.example/')).toBe(false);
  });

  it('loads with loadFile for a file and loadURL for the dev server', async () => {
    const win = new FakeBrowserWindow({});
    await rendererLocation({ file: '/opt/walkbreak/out/renderer/index.html' }).load(win, 'break');
    await rendererLocation({ devUrl: 'http://localhost:5173' }).load(win, 'settings');
    expect(win.loads).toEqual([
      'file:///opt/walkbreak/out/renderer/index.html?view=break',
      'http://localhost:5173/?view=settings',
    ]);
  });
});
