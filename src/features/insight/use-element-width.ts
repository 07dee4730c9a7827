// The width an element is given by the layout, kept current, so the chart can be drawn at the
// screen's own scale (text stays readable on a 320 px phone instead of shrinking with the drawing).
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(
  initial: number,
): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The observer reports the first size before the next paint, then every change.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
