// German messages, namespace "notices": exactly the English keys (the type checks it). See docs/i18n.md.
import type { Messages } from '..';
import type en from '../en/notices';

const de: Messages<typeof en> = {};
export default de;
