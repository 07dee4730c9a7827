// JSON sent as UTF-8 bytes, in the pieces they were read in. A backup's manifest goes to the JSON
// worker this way: posting its bytes costs the page a copy, where joining them into one string and
// posting that was a long task with ten years of top-ups.

/** Parses UTF-8 JSON; throws on bytes that are not UTF-8 as on text that is not JSON. */
export function parseUtf8Json(chunks: readonly Uint8Array[]): unknown {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts = chunks.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return JSON.parse(parts.join('')) as unknown;
}
