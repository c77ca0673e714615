// The global styles per window: app.css holds only what the reminder window uses (it is in that window's first
// load, docs/performance.md); the main window's views add views.css. A view that forgot it would show bare
// cards, fields and questions, and a reminder that imported it would load styles it never shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const views = fileURLToPath(new URL('../../renderer/src/views/', import.meta.url));

describe('styles per window', () => {
  it('every view but the reminder imports views.css', () => {
    const files = readdirSync(views).filter((file) => file.endsWith('.svelte'));
    expect(files).toContain('ReminderView.svelte');
    for (const file of files) {
      const imports = readFileSync(join(views, file), 'utf8').includes("import '../views.css';");
      expect(imports, file).toBe(file !== 'ReminderView.svelte');
    }
  });
});
