// Short-lived app-wide status the layout shows: a waiting app update, a schema upgraded elsewhere.
import { create } from 'zustand';

interface AppStatus {
  /** Set when a new version is installed and waiting; calling it activates it and reloads. */
  applyUpdate: (() => void) | null;
  upgradedElsewhere: boolean;
  offerUpdate: (apply: () => void) => void;
  dismissUpdate: () => void;
  markUpgradedElsewhere: () => void;
}

export const useAppStatus = create<AppStatus>()((set) => ({
  applyUpdate: null,
  upgradedElsewhere: false,
  offerUpdate: (apply) => set({ applyUpdate: apply }),
  dismissUpdate: () => set({ applyUpdate: null }),
  markUpgradedElsewhere: () => set({ upgradedElsewhere: true }),
}));
