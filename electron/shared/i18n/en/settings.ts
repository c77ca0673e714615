// English messages, namespace "settings" (the source language). Keys are nested by screen or topic; plurals use
// i18next's _one/_other suffixes; values interpolate {{name}}. See docs/i18n.md.
export default {};
