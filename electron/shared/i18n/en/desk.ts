// English messages, namespace "desk": the desk half of WalkBreak (standing at a sit-stand desk, the workstation
// check, posture resets, the daily movement goal). The source language. See docs/i18n.md.
export default {
  cue: {
    standingLong: {
      title_one: 'Standing for {{count}} minute',
      title_other: 'Standing for {{count}} minutes',
      body: 'Standing still for long is tiring too. Sit for a while, or better, walk for a few minutes.',
    },
  },
};
