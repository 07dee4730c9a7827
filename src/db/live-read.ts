// What the views' live reads answer with. React compares an answer by reference, and a live read
// answers with new objects each time it runs: after start-up's own read, and after writes that
// change nothing it shows. Each such answer rendered the views again for nothing (on a first
// visit, a 25 ms render right after the first paint).

/**
 * Returns a function that passes a live read's answers on, but hands back the previous answer
 * itself while the data is the same.
 */
export function keepSameAnswer<T>(): (fresh: T) => T {
  let last: { value: T; json: string } | undefined;
  return (fresh) => {
    const json = JSON.stringify(fresh);
    if (last?.json === json) return last.value;
    last = { value: fresh, json };
    return fresh;
  };
}

/**
 * A read that start-up makes once for the first render and the views then keep live. The start-up
 * answer is the live read's first value, so that the first render already shows the data instead
 * of an empty view that waits a frame for the live read; it is dropped as soon as a live read
 * answers, so that it can never stand for a later state. Every answer goes through keepSameAnswer.
 */
export function readAtStartThenLive<T>(read: () => Promise<T>) {
  const same = keepSameAnswer<T>();
  let startAnswer: T | undefined;
  return {
    /** Start-up awaits this before the first render. */
    atStart: async (): Promise<T> => {
      startAnswer = same(await read());
      return startAnswer;
    },
    /** The querier of the live read. */
    live: async (): Promise<T> => {
      const answer = same(await read());
      startAnswer = undefined;
      return answer;
    },
    /** The live read's first value: start-up's answer while no live read has answered yet. */
    first: (): T | undefined => startAnswer,
  };
}
