// The value axis of a chart of amounts: round steps in whole minor units, from zero up to the
// first tick at or above the largest value.

const STEP_FACTORS = [1, 2, 5, 10];

/** Ticks 0, s, 2s … with s a 1, 2 or 5 times a power of ten, about `target` steps in all. */
export function axisTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factor = STEP_FACTORS.find((f) => f * magnitude >= raw) ?? 10;
  const step = Math.max(1, Math.round(factor * magnitude));
  const steps = Math.ceil(max / step);
  return Array.from({ length: steps + 1 }, (_, index) => index * step);
}
