import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from '@/app/boot';
import '@/app/app.css';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  void boot((node) => root.render(<StrictMode>{node}</StrictMode>));
}
