// How Insight shows a line: its name, and the colour of its part of each bar (one of SERIES_COLOURS,
// kept by the line whatever the filters, so a line does not change colour when others are hidden).
import type { CurrencySpend } from '@/domain/insight-spend';

export const SERIES_COLOURS = 8;

export interface LineLook {
  name: string;
  colour: number;
}

export type LineLooks = ReadonlyMap<string, LineLook>;

export function lookOf(looks: LineLooks, lineId: string, unknownName: string): LineLook {
  return looks.get(lineId) ?? { name: unknownName, colour: SERIES_COLOURS - 1 };
}

/** Compares line ids by the order of the looks (by name); lines without a look come last. */
export function lookOrder(looks: LineLooks): (a: string, b: string) => number {
  const ranks = new Map([...looks.keys()].map((lineId, index) => [lineId, index]));
  const rank = (lineId: string) => ranks.get(lineId) ?? ranks.size;
  return (a, b) => rank(a) - rank(b);
}

/** The same spend with its lines in the order of the looks. */
export function inLookOrder(spend: CurrencySpend, looks: LineLooks): CurrencySpend {
  const order = lookOrder(looks);
  return { ...spend, lines: [...spend.lines].sort((a, b) => order(a.lineId, b.lineId)) };
}
