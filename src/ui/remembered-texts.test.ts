import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MOST_TEXTS, textMemory, type TextStore } from './remembered-texts';

/** A store in memory, and the tasks the memory scheduled, run when the test says. */
function setUp(initial: string | null = null, browser = 'Chrome/156') {
  const saved = { value: initial };
  const store: TextStore = {
    read: () => saved.value,
    write: (stored) => {
      saved.value = stored;
    },
  };
  const tasks: (() => void)[] = [];
  const runTasks = () => {
    for (const task of tasks.splice(0)) task();
  };
  return { saved, store, runTasks, memory: textMemory(store, browser, (work) => tasks.push(work)) };
}

describe('remembered texts', () => {
  it('makes a text once and remembers it for the next start of the same browser', () => {
    const first = setUp();
    const make = vi.fn(() => 'Feb 15, 2027');
    expect(first.memory.text('date|en|medium|2027-02-15', make)).toBe('Feb 15, 2027');
    expect(first.memory.text('date|en|medium|2027-02-15', make)).toBe('Feb 15, 2027');
    expect(make).toHaveBeenCalledTimes(1);
    first.runTasks();

    const next = setUp(first.saved.value);
    const again = vi.fn(() => 'made again');
    expect(next.memory.text('date|en|medium|2027-02-15', again)).toBe('Feb 15, 2027');
    expect(again).not.toHaveBeenCalled();
  });

  it('saves in a task of its own, once for all the texts one render made', () => {
    const { memory, saved, runTasks } = setUp();
    memory.text('a', () => 'A');
    memory.text('b', () => 'B');
    expect(saved.value).toBeNull();
    runTasks();
    expect(JSON.parse(saved.value ?? '')).toEqual({
      browser: 'Chrome/156',
      texts: [
        ['a', 'A'],
        ['b', 'B'],
      ],
    });
  });

  it('saves nothing when every text was remembered', () => {
    const first = setUp();
    first.memory.text('a', () => 'A');
    first.runTasks();
    const write = vi.fn();
    const next = textMemory({ read: () => first.saved.value, write }, 'Chrome/156', (work) => {
      work();
    });
    next.text('a', () => 'A');
    expect(write).not.toHaveBeenCalled();
  });

  it('forgets what another version of the browser wrote', () => {
    const first = setUp(null, 'Chrome/156');
    first.memory.text('a', () => 'old text');
    first.runTasks();
    const next = setUp(first.saved.value, 'Chrome/157');
    expect(next.memory.text('a', () => 'new text')).toBe('new text');
  });

  it('starts afresh from a store that holds something else, or that fails', () => {
    for (const stored of ['not json', '{"browser":"Chrome/156","texts":[["a",1]]}', '[]', 'null']) {
      const { memory } = setUp(stored);
      expect(memory.text('a', () => 'A')).toBe('A');
    }
    const failing = textMemory(
      {
        read: () => {
          throw new DOMException('refused', 'SecurityError');
        },
        write: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
      'Chrome/156',
      (work) => {
        work();
      },
    );
    expect(failing.text('a', () => 'A')).toBe('A');
    expect(failing.text('a', () => 'made again')).toBe('A');
  });

  it('passes on what make throws, and remembers nothing for it', () => {
    const { memory } = setUp();
    expect(() =>
      memory.text('money|en|XXQ|1', () => {
        throw new RangeError('Invalid currency code');
      }),
    ).toThrow(RangeError);
    expect(memory.text('money|en|XXQ|1', () => 'made')).toBe('made');
  });

  it(`keeps at most ${MOST_TEXTS} texts, dropping those shown least recently`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: MOST_TEXTS * 2 }), { maxLength: MOST_TEXTS * 3, size: 'max' }),
        (keys) => {
          const { memory, saved, runTasks } = setUp();
          const lastShown = new Map<string, number>();
          keys.forEach((key, at) => {
            memory.text(String(key), () => `text ${key}`);
            lastShown.set(String(key), at);
          });
          runTasks();
          const kept = saved.value
            ? (JSON.parse(saved.value) as { texts: [string, string][] })
            : null;
          const expected = [...lastShown]
            .sort((a, b) => a[1] - b[1])
            .slice(-MOST_TEXTS)
            .map(([key]) => [key, `text ${key}`]);
          expect(kept?.texts ?? []).toEqual(expected);
        },
      ),
      { numRuns: 30, endOnFailure: true },
    );
  });
});
