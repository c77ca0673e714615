// German messages, namespace "break": exactly the English keys (the type checks it). See docs/i18n.md.
import type { Messages } from '..';
import type en from '../en/break';

const de: Messages<typeof en> = {};
export default de;
