// English messages, namespace "help": the Help view (?view=help, and the panel inside the break window). What the
// app does and does not do, when to stop, the warning signs (the lists themselves are the "content" items), what
// the results after a walk mean, the full disclaimer (content:disclaimer.full) and the sources
// (health-evidence.md part 1, by name). See docs/break.md, "Help".
export default {
  title: 'Help',
  intro: 'What WalkBreak does, when to stop, and when to get help.',
  back: 'Back',
  backToBreak: 'Back to the break',
  does: {
    title: 'What WalkBreak does',
    sitting:
      'It notices long stretches of sitting at your computer and reminds you to get up and move for a few minutes.',
    plan:
      'It offers a walking plan that starts from what you can already do comfortably and grows slowly, a few ' +
      'minutes at a time, only while your back is happy with it.',
    checks:
      'It asks a few short questions before and after each plan walk, and the next day. Your answers set the length ' +
      'of the next walk and show when something needs a clinician’s eye.',
    stretches: 'It suggests gentle warm-up moves and stretches for comfort.',
  },
  doesNot: {
    title: 'What WalkBreak does not do',
    diagnose: 'It is not a medical device. It does not diagnose or treat anything.',
    replace: 'It does not replace advice from a doctor, physiotherapist or other health professional.',
    alone:
      'It only knows what you tell it, and it does not contact anyone for you. If you have a warning sign, you need ' +
      'to call for help yourself.',
  },
  stop: {
    title: 'When to stop',
  },
  emergency: {
    title: 'Get emergency help now',
    lead: 'Call for help straight away if you have any of these:',
    bothLegsPain: 'Pain spreading into both legs that is new, or worse than usual',
    weakWorse: 'Weakness in a leg that is getting worse',
  },
  clinician: {
    title: 'Pause the plan and see a physio or GP soon',
    lead: 'Book an appointment in the next few days if you have any of these:',
    oneLegNumb: 'Numbness or tingling in one leg that is new, or worse than usual',
    oneLegWeak: 'Weakness in one leg, such as a foot slapping or catching',
    spread: 'Pain spreading below the knee that is new or worse, or pain spreading into both legs',
    catching: 'Your back catching, or feeling unstable, more than once',
    notSettling:
      'Pain that reached 8 or more on a walk and is worse the next day, or pain that is still worse and not ' +
      'settling two days after a walk',
    noImprovement: 'No improvement, or worse pain, after about 4 weeks on the plan',
    urgent:
      'With a fever, back pain that is worse at night or not eased by rest, or cancer in the past, ask for an ' +
      'urgent GP appointment, or call NHS 111 (UK) or your local urgent medical help line.',
  },
  outcomes: {
    title: 'What the result after a walk means',
    continue: 'Your back was comfortable: the walk counts towards moving up a level.',
    hold: 'Your back asked for a little caution: the next walk stays the same length.',
    'step-back':
      'It was a bit too much: the next walk is one level shorter, and tomorrow is a rest day from the plan.',
    'see-clinician':
      'Something needs a clinician’s eye: the plan pauses until you tell WalkBreak a clinician has seen you.',
    urgent:
      'A warning sign: get an emergency check now. The plan is locked until a clinician has cleared you.',
  },
  disclaimer: {
    title: 'Please read',
  },
  sources: {
    title: 'Where the advice comes from',
    lead: 'WalkBreak’s advice is written in its own words from public guidelines and research, among them:',
    who: 'World Health Organization: guidelines on physical activity and sedentary behaviour (2020)',
    office:
      'Buckley and others: expert statement on the sedentary office (British Journal of Sports Medicine, 2015)',
    walkBack:
      'Pocovi and others: the WalkBack trial of walking to prevent back pain coming back (The Lancet, 2024)',
    nice: 'NICE guideline NG59: low back pain and sciatica in over 16s',
    nhs: 'NHS: back pain, sciatica, walking for health and back exercises; NHS inform (Scotland): exercises for back pain',
    ces: 'GIRFT: national suspected cauda equina syndrome pathway',
    csp: 'Chartered Society of Physiotherapy and Versus Arthritis: back pain advice and exercises',
    redFlags: 'Verhagen and others: red flags in low back pain guidelines (European Spine Journal, 2016)',
    pain: 'Ostelo and others: what change in back pain matters to people (Spine, 2008)',
  },
};
