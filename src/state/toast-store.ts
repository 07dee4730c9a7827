// The one toast at a time: a short message, with Undo for a few seconds after a deletion.
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  undo?: () => Promise<void>;
}

interface ToastState {
  toast: Toast | null;
  show: (message: string, undo?: () => Promise<void>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>()((set) => ({
  toast: null,
  show: (message, undo) => set({ toast: { id: nextId++, message, ...(undo ? { undo } : {}) } }),
  dismiss: (id) => set((state) => (state.toast?.id === id ? { toast: null } : state)),
}));
