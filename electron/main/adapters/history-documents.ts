// How history files reach the user in Electron: exports through a save dialog, and the clinician summary printed
// to PDF from a hidden, sandboxed window without scripts or preload (the page is our own escaped HTML), then
// saved through the same dialog. A cancelled dialog is `{ saved: false }`; a failed write throws (logged by IPC).
// The dialog speaks the user's language (read when it opens: the language can change).
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindowConstructorOptions, FileFilter } from 'electron';
import type { HistoryDocuments } from '../../core/history-service';
import type { Translator } from '../../shared/i18n';
import type { SaveResult } from '../../shared/history-view';
import type { DialogParent, ElectronSlice } from '../electron-slice';

/** The print window: never shown, no preload, no scripts, no devtools; it only lays the page out for printing. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      devTools: false,
      spellcheck: false,
    },
  };
}

/** The dialog's file type for an extension (format names, except CSV's explanation, are the same everywhere). */
function filterFor(ext: string, tr: Translator): FileFilter | null {
  if (ext === 'csv') return { name: tr.t('history:saveDialog.csv'), extensions: ['csv'] };
  if (ext === 'json') return { name: 'JSON', extensions: ['json'] };
  if (ext === 'pdf') return { name: 'PDF', extensions: ['pdf'] };
  return null;
}

export function historyDocuments(
  e: Pick<ElectronSlice, 'BrowserWindow' | 'dialog'>,
  i18n: () => Translator,
  /** The window History lives in: the dialog is modal to it, so it cannot open behind it. */
  parent: () => DialogParent | null = () => null,
): HistoryDocuments {
  const save = async (fileName: string, data: string | Uint8Array): Promise<SaveResult> => {
    const ext = fileName.slice(fileName.lastIndexOf('.') + 1);
    const tr = i18n();
    const filter = filterFor(ext, tr);
    const options = {
      title: tr.t('history:saveDialog.title'),
      defaultPath: fileName,
      filters: filter ? [filter] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as (
        'createDirectory' | 'showOverwriteConfirmation'
      )[],
    };
    const window = parent();
    const answer = await (window && !window.isDestroyed()
      ? e.dialog.showSaveDialog(window, options)
      : e.dialog.showSaveDialog(options));
    if (answer.canceled || !answer.filePath) return { saved: false };
    await writeFile(answer.filePath, data);
    return { saved: true, fileName: basename(answer.filePath) };
  };
  return {
    saveFile: (file) => save(file.fileName, file.text),
    async saveClinicianSummary(html, fileName) {
      const win = new e.BrowserWindow(printWindowOptions());
      try {
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: false });
        return await save(`${fileName}.pdf`, pdf);
      } finally {
        if (!win.isDestroyed()) win.close();
      }
    },
  };
}
