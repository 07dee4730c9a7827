// Asks the browser to keep Topup's storage even when the device runs low on space. Asked once the
// user has saved something worth keeping; the browser may decide without asking the user.
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
