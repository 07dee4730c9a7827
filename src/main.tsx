import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from '@/app/boot';
import '@/app/app.css';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  // The first render as a transition, which React renders in slices of a few milliseconds: on a
  // first visit, with nothing compiled yet, rendered in one piece it held the page for 60 ms.
  void boot((node) => startTransition(() => root.render(<StrictMode>{node}</StrictMode>)));
}
