// Live settings for the views: re-renders whenever any tab or the worker changes a setting.
import { useLiveRead } from './live-read';
import { readSettings } from './settings';
import type { Settings } from './settings-values';

/** The settings, or undefined while the first read is on its way. */
export function useSettings(): Settings | undefined {
  return useLiveRead('settings', readSettings);
}
