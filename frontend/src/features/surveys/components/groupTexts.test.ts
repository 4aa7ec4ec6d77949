import { describe, expect, it } from 'vitest';
import { groupTexts } from './groupTexts';

describe('free-text answers in the results', () => {
  it('shows answers that say the same once, with how many gave them, the most frequent first', () => {
    expect(groupTexts(['Mehr Bänke', 'Mehr Radwege', 'mehr  radwege ', 'Mehr Radwege', 'Ampel am Markt'], 'de')).toEqual([
      { text: 'Mehr Radwege', count: 3 },
      { text: 'Ampel am Markt', count: 1 },
      { text: 'Mehr Bänke', count: 1 },
    ]);
  });

  it('keeps different answers apart, even when one contains the other', () => {
    expect(groupTexts(['Radweg', 'Radweg an der Lauter'], 'de')).toEqual([
      { text: 'Radweg', count: 1 },
      { text: 'Radweg an der Lauter', count: 1 },
    ]);
  });
});
