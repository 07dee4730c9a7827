// Whether the browser offers to install Topup right now (it fires beforeinstallprompt once the
// app qualifies), and whether it was installed during this visit.
import { create } from 'zustand';

/** Chromium's install prompt event, which the DOM typings do not describe. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

interface InstallState {
  offer: InstallPromptEvent | null;
  installedNow: boolean;
  setOffer: (offer: InstallPromptEvent | null) => void;
  markInstalled: () => void;
}

export const useInstall = create<InstallState>()((set) => ({
  offer: null,
  installedNow: false,
  setOffer: (offer) => set({ offer }),
  markInstalled: () => set({ offer: null, installedNow: true }),
}));
