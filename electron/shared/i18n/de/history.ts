// German messages, namespace "history": exactly the English keys (the type checks it). See docs/i18n.md.
import type { Messages } from '..';
import type en from '../en/history';

const de: Messages<typeof en> = {};
export default de;
