// English messages, namespace "desk": the desk half of WalkBreak (standing at a sit-stand desk, the workstation
// check, posture resets, the daily movement goal). The source language. See docs/i18n.md.
export default {
  item: {
    screenHeight: {
      question: 'Is the top of your screen at about eye level, or a little below?',
      hint: 'When you sit up and look straight ahead, your eyes meet the top part of the screen, so your head is not tipped down or back.',
      fix: 'Raise the screen until its top edge is near your eye line. Cheap fix: a stack of books or a sturdy box under the screen or laptop.',
      figure: 'A person sitting upright, looking straight ahead at the top edge of a screen.',
    },
    screenDistance: {
      question: "Is the screen about an arm's length away?",
      hint: 'Reach out with your fingertips: the screen is roughly there, close enough to read without leaning in.',
      fix: 'Move the screen nearer or further until you can read comfortably while sitting back. Cheap fix: make the text larger instead of leaning forward.',
      figure: 'A person sitting back, with an outstretched arm reaching about to the screen.',
    },
    laptop: {
      question: 'If you work on a laptop: is it raised, with a separate keyboard and mouse?',
      hint: "A laptop's screen and keys are joined: when the keys are right the screen is too low. Skip this if you do not use a laptop.",
      fix: 'Raise the laptop so the screen is near eye level and type on a separate keyboard and mouse. Cheap fix: books under the laptop and any plug-in keyboard and mouse.',
      figure: 'A laptop raised on a stack of books, with a separate keyboard and mouse on the desk.',
    },
    elbows: {
      question: 'Are your elbows at about a right angle, with your shoulders relaxed?',
      hint: 'Hands on the keys, your forearms are roughly level, your elbows near your sides and your shoulders not lifted.',
      fix: 'Change the chair height until your forearms are level with the desk. Cheap fix: a firm cushion on the seat if the desk is high.',
      figure: 'A person typing with forearms level, elbows bent at about a right angle and shoulders low.',
    },
    feet: {
      question: 'Are your feet flat on the floor, or on a footrest?',
      hint: 'Your thighs are roughly level and the seat edge does not press behind your knees.',
      fix: 'If raising the chair left your feet dangling, give them something to rest on. Cheap fix: a box, a low step or a few thick books.',
      figure: 'A person sitting with both feet flat on a low box under the desk.',
    },
    lowerBack: {
      question: 'Does your chair support your lower back?',
      hint: 'Sitting back in the chair, its backrest touches the small of your back, at about belt height.',
      fix: 'Sit all the way back and adjust the backrest if it can be adjusted. Cheap fix: a small rolled towel or a cushion behind the small of your back.',
      figure: 'A person sitting back in a chair with a rolled towel behind the lower back.',
    },
    light: {
      question: 'Is your screen side-on to the window?',
      hint: 'Daylight comes from the side, not from behind the screen into your eyes, nor onto the screen as glare.',
      fix: 'Turn the desk or screen so the window is to one side. Cheap fix: draw a blind or curtain when the sun is low.',
      figure: 'A desk seen from above, with the window to the side of the screen.',
    },
  },
  /** The short name of each item, for lists (Home). */
  short: {
    screenHeight: 'Screen top at eye level',
    screenDistance: "Screen an arm's length away",
    laptop: 'Laptop raised, separate keyboard and mouse',
    elbows: 'Elbows at a right angle, shoulders relaxed',
    feet: 'Feet flat or on a footrest',
    lowerBack: 'Lower back supported',
    light: 'Screen side-on to the window',
  },
  check: {
    title: 'Check your desk',
    intro:
      'Seven quick questions about your set-up, about 2 minutes. A good set-up makes sitting more comfortable; it does not replace moving. The best posture is your next posture.',
    progress: 'Question {{n}} of {{total}}',
    yes: 'Yes',
    no: 'No',
    skip: 'Skip',
    back: 'Back',
    answerLegend: 'Your answer',
    doneTitle: 'Your desk',
    allGood: 'Nothing to change. Keep moving between tasks: the best posture is your next posture.',
    toFixIntro_one: 'One thing worth changing:',
    toFixIntro_other: '{{count}} things worth changing:',
    save: 'Save my answers',
    saved: 'Saved. Home shows what is left to fix.',
    home: 'Back to Home',
    modest:
      'These are comfort tips from workplace health guides, not treatment. If something hurts, see a health professional.',
  },
  home: {
    title: 'Your desk',
    never: 'A 2-minute check of your desk set-up can make sitting more comfortable.',
    due: 'It has been a few months since you checked your desk.',
    allGood: 'Your desk set-up looked fine at the last check.',
    toFix_one: 'One thing left to change:',
    toFix_other: '{{count}} things left to change:',
    fixed: 'Done',
    fixedLabel: 'Done: {{item}}',
    start: 'Check my desk',
    changed: 'My set-up changed',
  },
  /** Home's one-time offer of posture resets, after the user's first week (electron/core/posture-offer.ts). */
  postureOffer: {
    title: 'Posture resets',
    body: 'Would you like a gentle posture reset halfway to each reminder? A quiet notification, never a window: sit back, drop your shoulders, a few slow breaths, about 20 seconds. Never during a call, a pause or outside your working hours.',
    turnOn: 'Turn on posture resets',
    noThanks: 'No thanks',
    turnedOn: 'Posture resets are on. You can turn them off in Settings.',
  },
  cue: {
    posture: {
      title: 'A 20-second posture reset',
      'sit-back': 'Sit right back into your chair and let it hold your lower back for a few breaths.',
      shoulders: 'Lift your shoulders towards your ears, then let them drop. Twice more.',
      breaths: 'Three slow breaths, in through the nose, out a little longer.',
      'chin-tuck':
        'Draw your chin gently back, as if making a double chin; hold for a breath, then relax. Three times.',
      distance: 'Look at something far away, out of a window if you can, for 20 seconds.',
    },
    standingLong: {
      title_one: 'Standing for {{count}} minute',
      title_other: 'Standing for {{count}} minutes',
      body: 'Standing still for long is tiring too. Sit for a while, or better, walk for a few minutes.',
    },
  },
};
