// The written-out binary searches agree with partitionPoint (the reference) and with a linear scan, on empty
// lists, single items, duplicates and offsets before, between, on and past every item.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstEndingAfter, firstStartingAtOrAfter, lastAtOrBefore, lastStartingAtOrBefore, partitionPoint } from '../../src/core/search';
import { propertyRuns } from '../support/fast-check';

const sortedNumbers = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 25 }).map((xs) => xs.sort((a, b) => a - b));
/** Spans sorted by start, not overlapping (as skip regions and sentences are). */
const spans = sortedNumbers.map((xs) => {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const x of xs) {
    const start = at + (x % 4);
    const end = start + 1 + (x % 5);
    out.push({ start, end });
    at = end;
  }
  return out;
});

describe('core/search', () => {
  it('tables: empty list, one item, duplicates', () => {
    assert.equal(lastAtOrBefore([], 5), -1);
    assert.equal(lastAtOrBefore([0], 0), 0);
    assert.equal(lastAtOrBefore([3], 2), -1);
    assert.equal(lastAtOrBefore([1, 4, 4, 9], 4), 2);
    assert.equal(lastAtOrBefore([1, 4, 4, 9], 10), 3);
    assert.equal(firstStartingAtOrAfter([], 0), 0);
    assert.equal(firstStartingAtOrAfter([{ start: 2 }, { start: 2 }, { start: 7 }], 2), 0);
    assert.equal(firstStartingAtOrAfter([{ start: 2 }, { start: 7 }], 8), 2);
    assert.equal(lastStartingAtOrBefore([{ start: 2 }, { start: 7 }], 1), -1);
    assert.equal(lastStartingAtOrBefore([{ start: 2 }, { start: 7 }], 7), 1);
    assert.equal(firstEndingAfter([{ end: 3 }, { end: 8 }], 3), 1);
    assert.equal(firstEndingAfter([{ end: 3 }, { end: 8 }], 8), 2);
  });

  it('agree with partitionPoint and a linear scan for every offset', () => {
    fc.assert(fc.property(sortedNumbers, spans, (numbers, items) => {
      for (let offset = -2; offset <= 130; offset++) {
        const refLast = partitionPoint(numbers.length, (i) => numbers[i] > offset) - 1;
        assert.equal(lastAtOrBefore(numbers, offset), refLast);
        assert.equal(refLast, numbers.filter((x) => x <= offset).length - 1);
        assert.equal(lastStartingAtOrBefore(items, offset), partitionPoint(items.length, (i) => items[i].start > offset) - 1);
        assert.equal(firstStartingAtOrAfter(items, offset), partitionPoint(items.length, (i) => items[i].start >= offset));
        const firstEnd = firstEndingAfter(items, offset);
        assert.equal(firstEnd, partitionPoint(items.length, (i) => items[i].end > offset));
        const linear = items.findIndex((s) => s.end > offset);
        assert.equal(firstEnd, linear < 0 ? items.length : linear);
      }
    }), propertyRuns(300));
  });
});
