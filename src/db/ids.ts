/** A new row id: random, so rows made on two devices never collide when a backup is merged. */
export function newId(): string {
  return crypto.randomUUID();
}
