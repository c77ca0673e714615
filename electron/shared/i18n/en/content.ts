// English messages, namespace "content" (the source language): what the guided break says — moves, doses,
// cautions, cues, questions, outcomes, disclaimers and the emergency text (health-evidence.md part 2, in our own
// words). See docs/i18n.md. electron/shared/break-content.ts holds the structure (ids, doses as numbers, which
// choices exist) and names these keys, typed as `ContentKey`, so `t(move.name)` or `t(choice.label)` type-checks.
//
// Key layout (every id is the id the code uses, so keys are `content:<group>.<id>`):
//   stopIf                                  the always-visible stop line (STOP_IF)
//   stretchRules.{slow,warmUpHolds,support,notACure,startLow}  (STRETCH_RULES lists them in order, with stopIf)
//   intro.{warmUp,coolDown}
//   beforeYouGo.{title,intro}                 the card before each plan walk (BEFORE_YOU_GO lists its lines)
//   moves.<W1…W7|C1…C4>.{name, steps.{s1…s4}, dose, caution}; moves.C2.alternative
//   atHome.{kneeToChest,kneeRolls}          AT_HOME_EXTRAS
//   cues.{easyStart,easyEnd,brisk,slope}; cues.posture.<PostureCue>
//   painScale.{min,max,minSpoken,maxSpoken} labelled ends of every 0–10 scale (spoken: after the number)
//   noneOfThese · newOrWorse (Q4, Q5) · legs.<Legs> (Q5, Q6 answers)
//   emergency.<EmergencyItem>               P1 and Q7 items · clinician.<ClinicianItem> (Q9 items)
//   preWalk.{P0,P1}.text
//   postWalk.<Q1…Q10>.text; postWalk.<Q3|Q4|Q8|Q10>.options.<answer>; postWalk.Q4.{sideText, sides.<Side>};
//     postWalk.Q6.gettingWorse
//   endEarly.<back|other>
//   nextDay.N1.{text,text48h,options.<NextDayFeeling>}; nextDay.N2.text
//   startingQuestion · advisory.questions.<AdvisoryItem> · advisory.note
//   disclaimer.{full,short} · emergencyBanner
//   outcomes.<Outcome>.{title, body.{p1…p3}}; outcomes.urgent.causes.<cause>; outcomes.see-clinician.body.urgentGp
//   slowerPaceNote · restDayNote
//   reasons.<RuleId>                        why the rules decided what they did
// Hyphenated ids stay as they are (`content:emergency.saddle-numbness`). Numbers are written into the text: they
// are part of the safety wording and must survive translation (tests/shared/break-content.test.ts checks them).
export default {
  stopIf:
    'Stop the move if it gives you sharp pain, or pain, pins and needles or numbness that spreads into a leg.',
  stretchRules: {
    slow: 'Move slowly and never bounce. A mild, comfortable stretch is enough.',
    warmUpHolds:
      'The warm-up uses gentle movement and short holds; the longer holds come in the cool-down, once you are warm.',
    support:
      'Wherever balance is involved, hold something solid that will not roll: a desk edge, a wall or a fixed chair.',
    notACure: 'These moves help you feel looser and more comfortable. They are not a cure for back pain.',
    startLow: 'Start at the lower number of repetitions. If it feels fine, add 1 or 2 every few sessions.',
  },
  intro: {
    warmUp:
      'About 3–5 minutes of gentle moves to get warm before you walk. Keep every movement small and easy.',
    coolDown:
      'Straight after the walk: hold each stretch for 20–30 seconds, twice on each side. If you are sore or new to ' +
      'stretching, start with 10–15 seconds. Breathe slowly and do not bounce.',
  },
  moves: {
    W1: {
      name: 'Easy march on the spot',
      steps: {
        s1: 'Stand up straight next to your desk.',
        s2: 'Raise one knee, then the other, at a relaxed pace.',
        s3: 'Let your arms swing loosely. This is just to warm you up.',
      },
      dose: '60 seconds',
      caution: 'If you feel wobbly, rest one hand on the desk.',
    },
    W2: {
      name: 'Standing pelvic tilt',
      steps: {
        s1: 'Stand with your feet hip-width apart, knees slightly bent and hands on your hips.',
        s2: 'Slowly tuck your tailbone under so your lower back flattens a little.',
        s3: 'Then tip the other way so your lower back arches a little.',
        s4: 'Keep the rocking small and smooth, and keep breathing.',
      },
      dose: '8–10 slow reps, pausing about 2 seconds at each end',
      caution: 'Keep the movement small. Stop if it gives you sharp pain.',
    },
    W3: {
      name: 'Standing back bend',
      steps: {
        s1: 'Stand with your feet shoulder-width apart.',
        s2: 'Put your palms on the back of your hips, fingers pointing down.',
        s3: 'Keep looking ahead, push your hips forward and lean your upper body back a little.',
        s4: 'Come back to standing tall.',
      },
      dose: '5 reps, holding each for about 2–3 seconds',
      caution:
        'Only go as far as feels comfortable. Leave this one out if it sends pain or tingling into your buttock or ' +
        'leg, or if a clinician has told you not to bend backwards.',
    },
    W4: {
      name: 'Standing trunk turn',
      steps: {
        s1: 'Fold your arms across your chest, hands resting on your shoulders.',
        s2: 'Keep your hips and knees pointing straight ahead.',
        s3: 'Turn your shoulders slowly to one side until you feel a gentle stretch, then come back to the middle.',
        s4: 'Turn to the other side in the same way.',
      },
      dose: '5 to each side, holding each turn for 3–5 seconds',
      caution: 'Turn slowly and under control, without swinging or jerking.',
    },
    W5: {
      name: 'Standing side bend',
      steps: {
        s1: 'Stand tall with your arms hanging by your sides.',
        s2: 'Slide one hand down the outside of your thigh, bending sideways at the waist.',
        s3: 'Feel the other side of your body lengthen, then come back up.',
        s4: 'Repeat on the other side.',
      },
      dose: '3–5 to each side, holding each for 2–3 seconds',
      caution: 'Bend straight to the side, not forwards or backwards. Ease off if it pinches.',
    },
    W6: {
      name: 'Supported knee lifts',
      steps: {
        s1: 'Hold on to your desk or the back of a chair that does not move.',
        s2: 'Lift one knee towards hip height, or as high as is comfortable.',
        s3: 'Lower it slowly, then lift the other knee.',
      },
      dose: '5 with each leg',
      caution: 'Hold something stable. Never lean on a chair with wheels.',
    },
    W7: {
      name: 'Desk cat–camel',
      steps: {
        s1: 'Stand an arm’s length from a sturdy desk and rest your hands on its edge.',
        s2: 'Step back and bend at the hips until your back is about level.',
        s3: 'Gently round your back up towards the ceiling and let your head drop.',
        s4: 'Then gently let your back sag a little while you look slightly forward.',
      },
      dose: '5–8 slow reps',
      caution:
        'Stay within what is comfortable. Leave it out if bending forward makes the pain in your leg worse.',
    },
    C1: {
      name: 'Calf stretch at the wall or desk',
      steps: {
        s1: 'Put both hands on a wall or your desk.',
        s2: 'Step one foot back. Keep that leg straight and its heel pressed into the floor.',
        s3: 'Bend your front knee, with toes and hips facing forward.',
        s4: 'Lean in until you feel a stretch low in the back of the rear leg.',
      },
      dose: '20–30 seconds, twice with each leg (beginners: 10–15 seconds)',
      caution: 'Keep the back heel on the floor. Leave it out if you have an Achilles or calf injury.',
    },
    C2: {
      name: 'Standing hamstring stretch',
      steps: {
        s1: 'Hold your desk or the back of a chair that does not move.',
        s2: 'Place one heel about half a step in front, toes up, knee straight but not locked.',
        s3: 'Bend the other knee a little.',
        s4: 'Keep your back long and tip forward from the hips until you feel a mild stretch behind the front thigh.',
      },
      dose: '20–30 seconds, twice with each leg (beginners: 10–15 seconds)',
      caution:
        'Keep your back from rounding. If you feel tingling, or a pulling line running down into your calf or foot, ' +
        'ease off: that can be an irritated nerve, so do not push into it.',
      alternative:
        'Seated option: sit near the front of a chair, straighten one leg out in front and lean forward from the hips.',
    },
    C3: {
      name: 'Standing hip-flexor stretch',
      steps: {
        s1: 'Hold your desk and take a short step forward, so one foot is in front of the other.',
        s2: 'First tuck your tailbone under and tighten the buttock of the back leg.',
        s3: 'Then move your weight forward slightly until you feel a stretch at the front of the back hip.',
      },
      dose: '20–30 seconds, twice on each side (beginners: 10–15 seconds)',
      caution:
        'Do not arch your lower back or sink into a deep lunge; keep the front knee above the ankle. If your back ' +
        'aches, tuck more and go less far.',
    },
    C4: {
      name: 'Standing thigh stretch',
      steps: {
        s1: 'Hold your desk with one hand.',
        s2: 'Bend one knee to bring the heel up towards your buttock.',
        s3: 'Hold the ankle or your trouser leg, or loop a strap or belt around it.',
        s4: 'Keep your knees side by side and stand tall.',
      },
      dose: '20–30 seconds (about 5 slow breaths), twice with each leg (beginners: 10–15 seconds)',
      caution:
        'Leave it out if it hurts your knee. If balance is hard, do the lying-on-your-side version at home.',
    },
  },
  atHome: {
    kneeToChest: 'Knee to chest, lying on your back: hold 5–10 seconds, 5 times each side.',
    kneeRolls: 'Knee rolls, lying on your back: hold 10 seconds, 3 times each side.',
  },
  /** The "Before you go" card on the check-in of every plan walk (part 2 (d)); its list is BEFORE_YOU_GO. */
  beforeYouGo: {
    title: 'Before you go',
    intro: 'A few things that make the walk easier on your back:',
  },
  /** Stays visible on the walk and short-walk screens (part 2 (d), "Before you go"). */
  walkStopIf:
    'Stop walking and get advice if the pain increases, you get numbness, tingling or weakness in a leg, or your ' +
    'back feels unstable or catches.',
  cues: {
    easyStart: 'Start gently: keep to an easy pace for the first minute or two.',
    easyEnd: 'Nearly done. Slow to an easy pace for the last minute or two to cool off.',
    brisk:
      'If it feels comfortable, pick up the pace: you can still talk, but could not sing. Otherwise keep it easy.',
    slope: 'Gentle slopes are fine now if your back is happy with them. Keep most of the walk on the flat.',
    posture: {
      'head-up': 'Walk tall with your head up and your eyes looking ahead.',
      'shoulders-relaxed': 'Let your shoulders drop and relax, and let your arms swing naturally.',
      'no-lean': 'Stay upright: try not to lean forward.',
      'level-ground': 'Keep to flat, even ground for now.',
      shoes: 'Comfortable, supportive shoes that do not rub are all you need.',
    },
  },
  painScale: {
    min: 'No pain',
    max: 'Worst pain imaginable',
    /** The ends as a screen reader says them after the number: "0, no pain". */
    minSpoken: 'no pain',
    maxSpoken: 'worst pain imaginable',
  },
  noneOfThese: 'None of these',
  newOrWorse: 'This is new, or worse than usual',
  legs: { no: 'No', 'one-leg': 'Yes, in one leg', 'both-legs': 'Yes, in both legs' },
  emergency: {
    'saddle-numbness':
      'Numbness or tingling around your genitals, inner thighs or buttocks (the “saddle” area)',
    bladder: 'New trouble passing urine, or leaking urine',
    bowel: 'New loss of control of your bowels',
    'sexual-function': 'A new change in sexual function, such as erections or genital feeling',
    'chest-pain-breathless': 'Chest pain, or breathlessness that is unusual for you',
    'fall-severe-pain': 'A fall or accident during the walk that has left you in severe pain',
  },
  clinician: {
    'fever-unwell': 'Feeling feverish or generally unwell',
    'night-pain': 'Back pain that is worse at night, or that resting or shifting position does not ease',
    'weight-loss': 'Losing weight without knowing why',
    'cancer-history': 'You have had cancer, and this back pain is new or feels different',
    'lump-or-shape-change': 'A lump or swelling on your back, or a change in its shape',
  },
  preWalk: {
    P0: { text: 'How much does your back hurt right now?' },
    P1: {
      text: 'Do you have any of these right now?',
      /** Before a walk the fall item is about a fall that has already happened (d). */
      fall: 'A recent fall or accident that has left you with severe back pain',
      bothLegs: 'Numbness or weakness in both legs',
    },
  },
  postWalk: {
    Q1: { text: 'How much does your back hurt now?' },
    Q2: { text: 'During the walk, what was the worst your back pain got?' },
    Q3: {
      text: 'Did you walk for the whole planned time?',
      options: {
        yes: 'Yes',
        'stopped-back': 'No, I stopped early because of my back',
        'stopped-other': 'No, I stopped early for another reason',
      },
    },
    Q4: {
      text: 'Did any pain spread into your buttock or leg?',
      options: { no: 'No', 'above-knee': 'Yes, but not below the knee', 'below-knee': 'Yes, below the knee' },
      sideText: 'Which side?',
      sides: { left: 'Left', right: 'Right', both: 'Both sides' },
    },
    Q5: { text: 'Any numbness, tingling or pins and needles in a leg or foot?' },
    Q6: {
      text: 'Any weakness in a leg, such as a foot slapping or catching, a leg giving way, or tripping?',
      gettingWorse: 'It is getting worse',
    },
    Q7: { text: 'Does any of these apply right now?' },
    Q8: {
      text: 'Did your back “catch” or lock, or feel unstable, as if it might give way?',
      options: { no: 'No', 'once-settled': 'Once, and it settled', 'more-than-once': 'More than once' },
    },
    Q9: { text: 'Does any of these apply to you?' },
    Q10: {
      text: 'How hard did the walk feel?',
      options: { easy: 'Easy', 'about-right': 'About right', hard: 'Hard' },
    },
  },
  endEarly: { back: 'Because of my back', other: 'For another reason' },
  nextDay: {
    N1: {
      text: 'Compared with before yesterday’s walk, how is your back today?',
      text48h: 'Compared with before your walk two days ago, how is your back today?',
      options: {
        better: 'Better',
        same: 'About the same',
        'worse-settling': 'Worse, but settling down',
        'worse-not-settling': 'Worse, and not settling',
      },
    },
    N2: { text: 'How much does your back hurt right now?' },
  },
  startingQuestion: 'How many minutes can you walk on the flat right now without your back getting worse?',
  advisory: {
    questions: {
      'cancer-history': 'Have you ever had cancer?',
      'over-50-first-episode': 'Are you over 50, and is this the first time you have had back pain?',
      'osteoporosis-steroids': 'Do you have osteoporosis, or take steroids long term?',
      'told-not-to-exercise': 'Has a doctor told you not to exercise?',
      pregnant: 'Are you pregnant?',
      'spinal-surgery-12m': 'Have you had surgery on your spine in the last 12 months?',
      'recent-fall-injury': 'Have you recently had a bad fall or an injury to your back?',
      'heart-chest-symptoms': 'Do you get any heart or chest symptoms when you are active?',
    },
    note: 'Please check with a GP or physiotherapist before you start the walking plan.',
  },
  disclaimer: {
    full:
      'WalkBreak gives general information and gentle activity ideas for adults with everyday (non-specific) lower ' +
      'back pain, or who want to lower their chance of getting it. It is not a medical device. It does not diagnose ' +
      'or treat anything, and it does not replace advice from a doctor, physiotherapist or other qualified health ' +
      'professional. Talk to a health professional before you start if you have a medical condition, are pregnant, ' +
      'have had recent surgery or an injury, or have been told to limit your activity. Stop any exercise that ' +
      'causes sharp pain, or new numbness, tingling or weakness, and get advice. If you have numbness around your ' +
      'genitals or buttocks, new trouble controlling your bladder or bowels, weakness or numbness in both legs, ' +
      'chest pain, or back pain after a serious fall or accident, call your local emergency number ' +
      '({{emergencyNumbers}}) or go to an emergency department (A&E) straight away. Do not wait. You follow ' +
      'the suggestions in this app at your own discretion.',
    short:
      'General guidance, not medical advice. Stop if something feels wrong and get advice; the warning signs are ' +
      'listed in Help. In an emergency call your local emergency number ({{emergencyNumbersShort}}).',
  },
  emergencyBanner:
    'These symptoms are rare, but they need a same-day emergency check. Call your local emergency number ' +
    '({{emergencyNumbers}}) or go to A&E / the emergency department now.',
  outcomes: {
    urgent: {
      title: 'Please get an emergency check now',
      body: {
        p1: 'Call your local emergency number ({{emergencyNumbers}}) or go to A&E / the emergency department now.',
        p3:
          'The walking plan is locked until you tell WalkBreak that a clinician has checked you and said it is fine ' +
          'to carry on.',
      },
      /** Why, per cause (part 2 (d)): never the spinal explanation for chest pain or a fall. */
      causes: {
        spinal:
          'Numbness in the saddle area, changes in bladder, bowel or sexual function, and numbness, weakness or ' +
          'new pain in both legs are rare, but they can mean pressure on the nerves at the base of the spine ' +
          '(cauda equina). That needs checking the same day. Do not wait to see if it settles.',
        heart:
          'Chest pain or unusual breathlessness needs an emergency check of your heart and lungs. Do not wait to ' +
          'see if it settles.',
        injury:
          'A fall or accident that has left you in severe pain needs checking for an injury. Do not wait to see if ' +
          'it settles.',
        unknown:
          'These symptoms are rare, but they need checking the same day. Do not wait to see if it settles.',
      },
    },
    'see-clinician': {
      title: 'Please pause the walking plan and see a physio or GP',
      body: {
        p1: 'Book an appointment with a physiotherapist or GP in the next few days, and bring the summary below.',
        /** Replaces p1 for fever, night pain or cancer history (F35). */
        urgentGp:
          'Because of what you ticked, please ask for an urgent GP appointment today, or call NHS 111 (UK) or ' +
          'your local urgent medical help line, and bring the summary below.',
        p2:
          'WalkBreak will not suggest programme walks until you tell it a clinician has seen you. Everyday moving ' +
          'about is still good for you, unless a clinician tells you otherwise.',
      },
    },
    'step-back': {
      title: 'Today was a bit too much',
      body: {
        p1: 'That is useful to know, and it happens. Your next walk will be one level shorter.',
        /** Replaces p1 at level 1, where there is no shorter walk. */
        p1Lowest:
          'That is useful to know, and it happens. You are already at the shortest walk, so the next one stays at ' +
          '5 minutes: take it at an easy pace.',
        p2: 'Have a rest from the plan tomorrow. Normal moving about during the day is still good for your back.',
      },
    },
    hold: {
      title: 'Stay at this level for now',
      body: {
        p1: 'Your back asked for a little caution today, so the next walk stays the same length.',
        p2: 'Next time, try a slower pace or a flatter route.',
      },
    },
    continue: {
      title: 'Nice work',
      body: { p1: 'That walk stayed within the comfortable zone, and it counts towards moving up a level.' },
    },
  },
  slowerPaceNote: 'The walk felt hard: next time, try an easier pace. It still counts.',
  restDayNote:
    'Today is a rest day from the plan. Gentle everyday moving is still good; the next programme walk is tomorrow.',
  reasons: {
    'emergency-before-walk': 'You ticked a symptom from the emergency list before the walk.',
    'emergency-item': 'You ticked a symptom from the emergency list.',
    'numbness-both-legs': 'Numbness or tingling in both legs.',
    'weakness-both-legs': 'Weakness in both legs.',
    'weakness-getting-worse': 'Leg weakness that is getting worse.',
    'spread-both-sides-new': 'Pain spreading into both legs that is new or worse than usual.',
    'numbness-one-leg-new': 'Numbness or tingling in one leg that is new or worse than usual.',
    'weakness-one-leg': 'Weakness in one leg.',
    'spread-both-sides': 'Pain spreading into both legs.',
    'spread-below-knee-new': 'Pain spreading below the knee that is new or worse than usual.',
    'catching-repeated':
      'Your back caught or felt unstable more than once: possible irritation of a nerve or joint that a ' +
      'physiotherapist should assess.',
    'clinician-item': 'You ticked something from the “see a clinician” list.',
    'peak-8-worse-next-day':
      'On a walk that day the pain reached 8 or more (during or after it), and your back was worse the next day.',
    'not-settling-48h': 'Two days after the walk, your back was still worse and not settling.',
    'two-reds-14d': 'Two walks in the last 14 days were too much.',
    'three-step-backs-28d': 'The plan has had to step back three times in four weeks.',
    'no-improvement-28d': 'After about four weeks on the plan, your back pain has not improved, or is worse.',
    'delta-5-plus': 'The pain rose by 5 points or more during or after the walk.',
    'peak-7-plus': 'The pain reached 7 or more during or after the walk.',
    'not-settling-24h': 'The day after the walk, your back was worse and not settling.',
    'delta-3-4': 'The pain rose by 3 or 4 points during or after the walk.',
    'peak-6': 'The pain reached 6 during or after the walk.',
    'stopped-for-back': 'You stopped early because of your back.',
    'spread-above-knee': 'Some pain spread into your buttock or thigh.',
    'spread-below-knee-familiar': 'Familiar pain spread below the knee on one side.',
    'numbness-one-leg-familiar': 'Familiar numbness or tingling in one leg.',
    'catching-once': 'Your back caught once and then settled.',
    'worse-settling-next-day': 'The day after the walk, your back was worse but settling.',
    'second-amber-in-a-row': 'This was the second walk in a row that needed caution, so the plan steps back.',
    comfortable:
      'During and after the walk your pain stayed within 2 points of where it started and no higher than 5.',
  },
};
