// A table that scrolls sideways inside its own box when it is wider than the screen, so the page
// itself never does. The box is a named, focusable region so that keyboard users can scroll it.
import { type ReactNode, useId } from 'react';

export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="insight-table-box" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="insight-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
