import { Layout } from './layout';
import { Routes } from './routes';
import { useAppliedPreferences } from './use-applied-preferences';

export function App() {
  useAppliedPreferences();
  return (
    <Layout>
      <Routes />
    </Layout>
  );
}
