import { describe, expect, it } from 'vitest';
import type { UnitResult } from '../../src/core/model/types';
import type { TieCount } from '../../src/core/model/vote-types';
import { stillTiedText } from '../../src/core/vote/vote-text';

/** Only the short name is read: the rest of a unit's result does not matter to the wording. */
function tie(votes: [string, number][], settled: boolean): TieCount {
  return { rank: 2, blank: 0, settled, votes: votes.map(([shortName, n]) => ({ unit: { unit: { shortName } } as unknown as UnitResult, votes: n })) };
}

describe('stillTiedText: the one sentence the terminal, the vote sheet and the sidebar say of a partly placed tie', () => {
  it('names the units left with equal votes, then "vẫn đồng hạng"', () => {
    expect(
      stillTiedText(
        tie(
          [
            ['An', 3],
            ['Bình', 1],
            ['Cần', 1],
          ],
          false,
        ),
      ),
    ).toBe('Bình, Cần vẫn đồng hạng');
  });

  it('separates two groups of equal votes with a semicolon', () => {
    expect(
      stillTiedText(
        tie(
          [
            ['An', 2],
            ['Bình', 2],
            ['Cần', 1],
            ['Dũng', 1],
          ],
          false,
        ),
      ),
    ).toBe('An, Bình; Cần, Dũng vẫn đồng hạng');
  });

  it('says nothing when the vote settled the tie or left every unit equal (each place words those itself)', () => {
    expect(
      stillTiedText(
        tie(
          [
            ['An', 2],
            ['Bình', 1],
          ],
          true,
        ),
      ),
    ).toBe('');
    expect(
      stillTiedText(
        tie(
          [
            ['An', 1],
            ['Bình', 1],
          ],
          false,
        ),
      ),
    ).toBe('');
  });
});
