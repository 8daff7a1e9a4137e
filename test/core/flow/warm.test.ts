import { describe, expect, it } from 'vitest';
import { warmTimeline } from '../../../src/core/layout/flow/index.ts';

describe('warmTimeline', () => {
  it('takes its made-up series through validation and layout, down the branches a long real series takes', () => {
    const model = warmTimeline('en');
    // Undefined would mean the sample no longer validates, and the warm-up silently did nothing.
    expect(model).toBeDefined();
    expect(model!.decimated).toBe(true);
    expect(model!.series).toHaveLength(2);
    for (const series of model!.series) {
      expect(series.shapes.line).toMatch(/^M/);
      expect(series.shapes.estimateLine).toMatch(/^M/);
    }
  });

  it.each(['sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'de', 'ar', 'zz-unknown'])('lays its sample out in %s too', (locale) => {
    const model = warmTimeline(locale);
    expect(model?.yTicks.length).toBeGreaterThan(0);
    expect(model!.yTicks.every((tick) => tick.label !== '')).toBe(true);
  });
});
