import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/core/data/csv.ts';

describe('CSV', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Krnjača, Beograd')).toBe('"Krnjača, Beograd"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('neutralises spreadsheet formulas in text but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("\"'@SUM(A1)\"");
    expect(csvCell(-5)).toBe('-5');
  });
  it('writes empty cells for null and non-finite numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
  it('starts with a byte-order mark and uses CRLF', () => {
    expect(toCsv(['date', 'value'], [['2016-01', 5]])).toBe('\ufeffdate,value\r\n2016-01,5\r\n');
  });
});
