import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDayList, parseWholeNumber } from './number-input';

describe('parseWholeNumber', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['１２', 12],
    ['0', 0],
  ])('reads %j as %i', (text, value) => {
    expect(parseWholeNumber(text, 0, 100)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['1.5', 'invalid'],
    ['-1', 'invalid'],
    ['abc', 'invalid'],
    ['1e3', 'invalid'],
    ['101', 'out-of-range'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseWholeNumber(text, 0, 100)).toEqual({ ok: false, error });
  });

  it('refuses below the minimum', () => {
    expect(parseWholeNumber('0', 1, 100)).toEqual({ ok: false, error: 'out-of-range' });
  });

  it('reads back every whole number in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (value) => {
        expect(parseWholeNumber(String(value), 0, 10_000)).toEqual({ ok: true, value });
      }),
    );
  });
});

describe('parseDayList', () => {
  it.each([
    ['3, 1, 0', [3, 1, 0]],
    ['0 1 3', [3, 1, 0]],
    ['7、3，1', [7, 3, 1]],
    ['1,1,1', [1]],
    ['', []],
  ])('reads %j as %j', (text, value) => {
    expect(parseDayList(text, 60, 8)).toEqual({ ok: true, value });
  });

  it('refuses what is not a list of days', () => {
    expect(parseDayList('3, x', 60, 8)).toEqual({ ok: false, error: 'invalid' });
    expect(parseDayList('61', 60, 8)).toEqual({ ok: false, error: 'out-of-range' });
    expect(parseDayList('1 2 3', 60, 2)).toEqual({ ok: false, error: 'too-many' });
  });
});
