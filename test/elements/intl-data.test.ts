import { expect } from '@open-wc/testing';
import { formatNumber, formatPeriod, formattingLocale } from '../../src/core/text/format.ts';

// Browsers differ in the locale data they ship: Debian's Chromium lists Bosnian as supported but
// formats it with the root locale ("2019 M09", "1,976"). Readers of a Bosnian page must not see that.
describe('Intl data in the browser', () => {
  it('formats Bosnian months and numbers with real words and separators', () => {
    expect(formatPeriod('2019-09', 'month', 'bs')).to.match(/^septemb[ae]r 2019\.?$/);
    expect(formatNumber(1976, 'bs')).to.equal('1.976');
  });

  it('keeps every language whose data the browser has', () => {
    for (const tag of ['en', 'sr-Latn', 'sr-Cyrl', 'hr', 'de']) expect(formattingLocale(tag)).to.equal(tag);
  });
});
