import { describe, expect, it } from 'vitest';
import { validateProjects } from '../../../src/core/data/contracts.ts';
import { projectCard } from '../../../src/core/layout/board/cards.ts';
import { safeHref } from '../../../src/core/layout/board/url.ts';
import { boardMessages } from '../../../src/core/text/messages/board.ts';
import type { Project } from '../../../src/core/data/types.ts';

describe('link safety', () => {
  it('keeps absolute http: and https: links only', () => {
    expect(safeHref('https://serbia.iom.int/x')).toBe('https://serbia.iom.int/x');
    expect(safeHref('HTTP://Example.org')).toBe('http://example.org/');
    expect(safeHref('  https://example.org/a b ')).toBeNull();
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      '//evil.example/x',
      '/relative',
      'mailto:a@b.c',
      'https://user:pass@example.org/',
      'http://exa\u0000mple.org',
      '',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref({ toString: () => 'https://example.org' })).toBeNull();
  });

  it('validation drops unsafe links with a warning, and the card double-checks', () => {
    const result = validateProjects({ projects: [{ id: 'a', title: 'a', url: 'javascript:alert(1)' }] });
    expect(result.ok && result.value.projects[0]!.url).toBeUndefined();
    expect(result.warnings.map((warning) => warning.code)).toContain('unsafe-url');
    // A project object that skipped validation still renders no unsafe href.
    const forged = { id: 'x', title: 'x', status: 'active', donors: [], partners: [], themes: [], url: 'javascript:alert(1)' } as Project;
    expect(projectCard(forged, 'en', 0, boardMessages.en).url).toBeNull();
  });
});
