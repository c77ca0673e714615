// @vitest-environment node
// The one rule for which emergency number WalkBreak shows (electron/shared/emergency.ts): the region from the
// system's country, regional format or first language; unknown shows every number. Table tests, both languages.
import { describe, expect, it } from 'vitest';
import {
  emergencyNumbers,
  emergencyRegion,
  regionOfCountry,
  type EmergencyRegion,
  type RegionHints,
} from '../../electron/shared/emergency';
import { ENGLISH, GERMAN } from '../fakes/i18n';

describe('emergencyRegion', () => {
  const table: [string, RegionHints, EmergencyRegion | null][] = [
    ['nothing known', {}, null],
    ['empty country code (Electron when it cannot tell)', { country: '', languages: [] }, null],
    ['German country code', { country: 'DE' }, 'eu'],
    ['lower-case country code', { country: 'fr' }, 'eu'],
    ['Greece is GR', { country: 'GR' }, 'eu'],
    ['United Kingdom', { country: 'GB' }, 'uk'],
    ['United States', { country: 'US' }, 'na'],
    ['Canada', { country: 'CA' }, 'na'],
    ['a country WalkBreak has no number for', { country: 'AU' }, null],
    ['Switzerland is not in the EU table', { country: 'CH' }, null],
    // Electron's own example: regional format Finland, first language Canadian French → Finland (112).
    [
      'regional format wins over the language',
      { systemLocale: 'fi-FI', languages: ['fr-CA', 'en-US'] },
      'eu',
    ],
    ['country wins over the regional format', { country: 'GB', systemLocale: 'en-US' }, 'uk'],
    ['an unknown country is not overridden by a later hint', { country: 'AU', languages: ['en-GB'] }, null],
    ['Linux style locale', { systemLocale: 'de_AT.UTF-8' }, 'eu'],
    ['script subtag', { systemLocale: 'zh-Hans-CN' }, null],
    ['first language only', { languages: ['en-GB', 'de-DE'] }, 'uk'],
    ['first language without a region says nothing', { languages: ['de', 'en-US'] }, null],
    ['a later language is not read', { languages: ['fr', 'en-US'] }, null],
    ['numeric region (Latin America)', { languages: ['es-419'] }, null],
    ['garbage', { country: '1X', systemLocale: '!!', languages: ['--'] }, null],
  ];
  it.each(table)('%s', (_name, hints, region) => expect(emergencyRegion(hints)).toBe(region));

  it('knows all 27 EU member states and nothing else as EU', () => {
    const eu = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
    expect(eu).toHaveLength(27);
    for (const c of eu) expect(regionOfCountry(c), c).toBe('eu');
    for (const c of ['GB', 'NO', 'CH', 'TR', 'UK', 'EL']) expect(regionOfCountry(c), c).not.toBe('eu');
  });
});

describe('emergencyNumbers', () => {
  const table: [EmergencyRegion | null, string, string, string, string][] = [
    ['eu', '112', '112', '112', '112'],
    ['uk', '999 or 112', '999 or 112', '999 oder 112', '999 oder 112'],
    ['na', '911', '911', '911', '911'],
    [
      null,
      '999 in the UK, 112 in the EU or 911 in the US and Canada',
      '999 UK, 112 EU or 911 US/Canada',
      '112 in der EU, 999 im Vereinigten Königreich oder 911 in den USA und Kanada',
      '112 EU, 999 Vereinigtes Königreich oder 911 USA/Kanada',
    ],
  ];
  it.each(table)('%s', (region, enLong, enShort, deLong, deShort) => {
    expect(emergencyNumbers(region, ENGLISH)).toEqual({
      emergencyNumbers: enLong,
      emergencyNumbersShort: enShort,
    });
    expect(emergencyNumbers(region, GERMAN)).toEqual({
      emergencyNumbers: deLong,
      emergencyNumbersShort: deShort,
    });
  });
});
