import { Layout } from './layout';
import { Routes } from './routes';
import { useAppliedPreferences } from './use-applied-preferences';
import { useDueAlerts } from './use-due-alerts';

// Each app-wide hook lives in a component of its own that renders nothing: when the settings,
// the lines or the minute change, only that component renders again, not the whole page. After
// the layout, so that the view's own effects (its ready mark among them) run first.
function AppliedPreferences() {
  useAppliedPreferences();
  return null;
}

function DueAlerts() {
  useDueAlerts();
  return null;
}

export function App() {
  return (
    <>
      <Layout>
        <Routes />
      </Layout>
      <AppliedPreferences />
      <DueAlerts />
    </>
  );
}
