// Periodic Background Sync: lets the browser wake the worker to check due dates while the app is
// closed. Chromium allows it only for an installed app; elsewhere the API is missing.
import { DUE_CHECK_MIN_INTERVAL_MS, DUE_CHECK_TAG } from '@/sw/due-check-schedule';

export type BackgroundCheckState = 'unsupported' | 'not-allowed' | 'not-registered' | 'registered';

/** The part of the Periodic Background Sync API used here; the DOM typings lack it. */
interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  getTags(): Promise<string[]>;
}

async function periodicSync(): Promise<PeriodicSyncManager | null> {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.ready;
  if (!('periodicSync' in registration)) return null;
  return registration.periodicSync as PeriodicSyncManager;
}

async function allowed(): Promise<boolean> {
  try {
    // 'periodic-background-sync' is a Chromium permission name the typings do not list.
    const name = 'periodic-background-sync' as PermissionName;
    return (await navigator.permissions.query({ name })).state === 'granted';
  } catch {
    return false;
  }
}

export async function backgroundCheckState(): Promise<BackgroundCheckState> {
  const sync = await periodicSync();
  if (!sync) return 'unsupported';
  if ((await sync.getTags()).includes(DUE_CHECK_TAG)) return 'registered';
  return (await allowed()) ? 'not-registered' : 'not-allowed';
}

/** Registers the check where the browser allows it; says where things stand either way. */
export async function registerBackgroundCheck(): Promise<BackgroundCheckState> {
  const sync = await periodicSync();
  if (!sync) return 'unsupported';
  if (!(await allowed())) return 'not-allowed';
  try {
    await sync.register(DUE_CHECK_TAG, { minInterval: DUE_CHECK_MIN_INTERVAL_MS });
    return 'registered';
  } catch (error) {
    console.warn('The background check could not be registered.', error);
    return 'not-allowed';
  }
}
