import { Layout } from './layout';
import { Routes } from './routes';
import { useAppliedPreferences } from './use-applied-preferences';
import { useDueAlerts } from './use-due-alerts';

export function App() {
  useAppliedPreferences();
  useDueAlerts();
  return (
    <Layout>
      <Routes />
    </Layout>
  );
}
