// German messages, namespace "content": exactly the English keys (the type checks it). See docs/i18n.md.
// TEMPORARY (H1a, being translated): English until the German text lands in the next commit.
import type { Messages } from '..';
import en from '../en/content';

const de: Messages<typeof en> = en;
export default de;
