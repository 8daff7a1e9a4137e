import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/core/text/locale.ts';
import { mapMessages } from '../../../src/core/text/messages/map.ts';

describe('map messages', () => {
  it('give every word in every UI language', () => {
    const keys = Object.keys(mapMessages.en).sort();
    for (const language of UI_LANGUAGES) {
      const words = mapMessages[language] as unknown as Record<string, unknown>;
      expect(Object.keys(words).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(words)) {
        if (key === 'kindName' || key === 'statusName') continue;
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)(1, '1', '1', '1', '1', '1') : value;
        expect(typeof text, `${language}.${key}`).toBe('string');
        expect((text as string).length, `${language}.${key}`).toBeGreaterThan(0);
      }
      const { kindName, statusName } = mapMessages[language];
      for (const kind of ['asylum', 'reception', 'transit', 'other'] as const) expect(kindName(kind)).toBeTruthy();
      for (const status of ['open', 'closed', 'standby'] as const) expect(statusName(status)).toBeTruthy();
    }
  });

  it('carry the Kosovo designation footnote', () => {
    expect(mapMessages.en.kosovoFootnote).toBe(
      '*This designation is without prejudice to positions on status, and is in line with UNSC 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.',
    );
    for (const language of UI_LANGUAGES) expect(mapMessages[language].kosovoFootnote).toMatch(/^\*.*1244\/1999/);
    expect(mapMessages['sr-Cyrl'].kosovoFootnote).toMatch(/Косова\.$/);
  });

  it('are written in the right script', () => {
    for (const [key, value] of Object.entries(mapMessages['sr-Cyrl'])) {
      if (typeof value === 'string') expect(value, key).not.toMatch(/[čćšžđ]/i);
    }
    for (const language of ['sr-Latn', 'bs', 'hr'] as const) {
      for (const [key, value] of Object.entries(mapMessages[language])) {
        if (typeof value === 'string') expect(value, key).not.toMatch(/[\u0400-\u04ff]/);
      }
    }
  });
});
