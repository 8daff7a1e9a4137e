import { describe, expect, it } from 'vitest';
import { groupByStatus } from '../../../src/core/layout/board/group.ts';
import { indexProjects } from '../../../src/core/layout/board/project-index.ts';
import { BOARD_STATUSES, statusGroup } from '../../../src/core/layout/board/status.ts';
import { board } from './fixtures.ts';

describe('grouping by status', () => {
  it('has one group per status in board order, "other" last, empty groups kept', () => {
    const groups = groupByStatus(indexProjects(board(), 'en').entries);
    expect(groups.map((group) => group.status)).toEqual(['planned', 'active', 'completed', 'suspended', 'cancelled', 'other']);
    expect(groups.map((group) => group.entries.map((entry) => entry.id))).toEqual([
      ['bihac'],
      ['sid'],
      ['krnjaca'],
      ['avrr'],
      ['cancelled'],
      ['delivered', 'nostatus'],
    ]);
  });

  it('puts unknown statuses in "other" rather than dropping them', () => {
    expect(statusGroup('delivered')).toBe('other');
    expect(statusGroup('ongoing (as of c. 2017 site snapshot)')).toBe('other');
    expect(statusGroup('active')).toBe('active');
    expect(BOARD_STATUSES).toHaveLength(6);
  });

  it('keeps the given order inside a group and leaves groups empty when nothing matches', () => {
    const entries = indexProjects(board(), 'en').entries;
    const reversed = [...entries].reverse();
    const groups = groupByStatus(reversed);
    expect(groups.find((group) => group.status === 'other')!.entries.map((entry) => entry.id)).toEqual(['nostatus', 'delivered']);
    expect(groupByStatus([]).every((group) => group.entries.length === 0)).toBe(true);
  });
});
