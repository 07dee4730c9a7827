// Imported first by main.tsx, before React and the views are evaluated: opening IndexedDB on a
// cold start takes as long as evaluating the rest of the app, so the two happen side by side.
// Start-up awaits the same opening (see boot.tsx); a failure is reported there.
import { startOpeningDatabase } from '@/db/connection';

startOpeningDatabase();
