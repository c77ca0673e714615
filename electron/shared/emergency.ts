// The one place that decides which emergency number WalkBreak shows (issue 14, health-evidence.md part 2 (d)):
// the user's region from the system's region setting or locale, and the words for its number. Every safety text
// says "your local emergency number" first and puts these numbers after it in brackets. Pure: no Electron, no DOM.
import type { Translator } from './i18n/translator';

/** Where WalkBreak knows the emergency number: the EU (112), the UK (999, 112 works too), the US and Canada (911). */
export type EmergencyRegion = 'eu' | 'uk' | 'na';

/** The regions' numbers, the main one first. */
export const EMERGENCY_NUMBERS: Readonly<Record<EmergencyRegion, readonly string[]>> = {
  eu: ['112'],
  uk: ['999', '112'],
  na: ['911'],
};

/** The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR). 112 is the EU-wide emergency number. */
const EU = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** The region of an ISO 3166 country code ("GB", "de"), or null where WalkBreak does not know the number. */
export function regionOfCountry(country: string): EmergencyRegion | null {
  const code = country.trim().toUpperCase();
  if (EU.has(code)) return 'eu';
  if (code === 'GB') return 'uk';
  if (code === 'US' || code === 'CA') return 'na';
  return null;
}

/** The country of a locale tag ("en-GB", "de_DE.UTF-8", "zh-Hans-CN"), or null when it names none. */
function countryOfLocale(tag: string): string | null {
  const bare = tag.split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  try {
    return new Intl.Locale(bare).region ?? null;
  } catch {
    return null;
  }
}

/** What the system says about where the user is. */
export interface RegionHints {
  /** The OS's country setting (Electron: app.getLocaleCountryCode(); "" when unknown). */
  country?: string | null;
  /** The OS's regional format (Electron: app.getSystemLocale(), e.g. "fi-FI"). */
  systemLocale?: string | null;
  /** The preferred languages, most preferred first (only the first one is read: later ones say little). */
  languages?: readonly string[];
}

/**
 * The user's emergency region, or null when unknown (then every number is shown). The country setting wins, then
 * the regional format, then the first preferred language's region; the first hint that names a country decides,
 * even if it is a country WalkBreak has no number for (a Finnish regional format with US English as the first
 * language is Finland, not the US).
 */
export function emergencyRegion(hints: RegionHints): EmergencyRegion | null {
  const candidates = [
    hints.country && /^[A-Za-z]{2}$/.test(hints.country.trim()) ? hints.country.trim() : null,
    hints.systemLocale ? countryOfLocale(hints.systemLocale) : null,
    hints.languages?.[0] ? countryOfLocale(hints.languages[0]) : null,
  ];
  const country = candidates.find((c): c is string => typeof c === 'string' && c.length > 0);
  return country ? regionOfCountry(country) : null;
}

/** The interpolation values every safety message takes, e.g. t('content:emergencyBanner', emergencyNumbers(…)). */
export type EmergencyNumbers = {
  /** In sentences: "112" / "999 or 112" / "911"; unknown: "999 in the UK, 112 in the EU or 911 in the US". */
  emergencyNumbers: string;
  /** In short lines (tray, short disclaimer): "112" …; unknown: "999 UK, 112 EU or 911 US". */
  emergencyNumbersShort: string;
};

/** Unknown region: each region's main number, in the order the language reads most naturally (its own first). */
const ORDER: Readonly<Record<string, readonly EmergencyRegion[]>> = {
  en: ['uk', 'eu', 'na'],
  de: ['eu', 'uk', 'na'],
};

/** The numbers for `region` in `tr`'s language; unknown (null) lists every region's number with where it applies. */
export function emergencyNumbers(
  region: EmergencyRegion | null,
  tr: Pick<Translator, 't' | 'list' | 'language'>,
): EmergencyNumbers {
  if (region) {
    const numbers = tr.list(EMERGENCY_NUMBERS[region], 'disjunction');
    return { emergencyNumbers: numbers, emergencyNumbersShort: numbers };
  }
  const order = ORDER[tr.language] ?? ORDER['en'] ?? [];
  return {
    emergencyNumbers: tr.list(
      order.map((r) => tr.t(`common:emergency.where.${r}`)),
      'disjunction',
    ),
    emergencyNumbersShort: tr.list(
      order.map((r) => tr.t(`common:emergency.short.${r}`)),
      'disjunction',
    ),
  };
}
