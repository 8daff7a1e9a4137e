import { describe, expect, it } from 'vitest';
import { effectiveLayout, parseLayout } from '../../../src/core/layout/board/layout.ts';
import { moveFocus } from '../../../src/core/layout/board/navigation.ts';

const columns = [['a1', 'a2', 'a3'], [], ['b1'], ['c1', 'c2']];

describe('roving focus', () => {
  it('moves up and down within a column and stops at the ends', () => {
    expect(moveFocus(columns, 'a1', 'ArrowDown')).toBe('a2');
    expect(moveFocus(columns, 'a2', 'ArrowUp')).toBe('a1');
    expect(moveFocus(columns, 'a1', 'ArrowUp')).toBeNull();
    expect(moveFocus(columns, 'a3', 'ArrowDown')).toBeNull();
  });

  it('moves across columns to the nearest row, skipping empty columns', () => {
    expect(moveFocus(columns, 'a3', 'ArrowRight')).toBe('b1');
    expect(moveFocus(columns, 'b1', 'ArrowRight')).toBe('c1');
    expect(moveFocus(columns, 'c2', 'ArrowLeft')).toBe('b1');
    expect(moveFocus(columns, 'b1', 'ArrowLeft')).toBe('a1');
    expect(moveFocus(columns, 'a2', 'ArrowLeft')).toBeNull();
    expect(moveFocus(columns, 'c1', 'ArrowRight')).toBeNull();
  });

  it('swaps left and right on right-to-left pages', () => {
    expect(moveFocus(columns, 'a1', 'ArrowLeft', { rtl: true })).toBe('b1');
  });

  it('goes to the ends of a column with Home/End, of the board with Ctrl', () => {
    expect(moveFocus(columns, 'a2', 'Home')).toBe('a1');
    expect(moveFocus(columns, 'a1', 'End')).toBe('a3');
    expect(moveFocus(columns, 'b1', 'Home', { whole: true })).toBe('a1');
    expect(moveFocus(columns, 'a1', 'End', { whole: true })).toBe('c2');
    expect(moveFocus(columns, 'a1', 'Home')).toBeNull();
  });

  it('steps back and forth with every arrow in a single list', () => {
    const list = [['x', 'y', 'z']];
    expect(moveFocus(list, 'x', 'ArrowRight')).toBe('y');
    expect(moveFocus(list, 'y', 'ArrowLeft')).toBe('x');
    expect(moveFocus(list, 'y', 'ArrowDown')).toBe('z');
    expect(moveFocus(list, 'z', 'End')).toBeNull();
    expect(moveFocus(list, 'missing', 'ArrowDown')).toBeNull();
  });
});

describe('layout', () => {
  it('collapses columns to a list on narrow widths only', () => {
    expect(effectiveLayout('columns', 320)).toBe('list');
    expect(effectiveLayout('columns', 1000)).toBe('columns');
    expect(effectiveLayout('columns', 0)).toBe('columns');
    expect(effectiveLayout('table', 320)).toBe('table');
    expect(parseLayout('LIST')).toBe('list');
    expect(parseLayout('grid')).toBe('columns');
  });
});
