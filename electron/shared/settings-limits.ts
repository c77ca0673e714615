// Allowed ranges for settings, in minutes: plain data shared by core (the authority that validates and repairs)
// and the renderer (quick inline feedback). Imports nothing, so the renderer may import it as a value.

export const SETTINGS_LIMITS = {
  sitThresholdMin: { min: 20, max: 60 },
  awayThresholdMin: { min: 2, max: 30 },
  snoozeOptionMin: { min: 1, max: 30 },
  snoozeOptionsCount: { min: 1, max: 3 },
} as const;
