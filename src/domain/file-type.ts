// What a receipt file really is, from its first bytes: a file's name and declared type are
// whatever the sender chose, so an executable renamed .png must not pass as a photo.
import { LIMITS } from './limits';

export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

/** The receipt type the bytes are, or null when they are none of the accepted types. */
export function sniffReceiptType(bytes: Uint8Array): ReceiptType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/** How many leading bytes sniffReceiptType needs. */
export const SNIFF_BYTES = 12;

/** A file's real receipt type from its size and first bytes, or why it cannot be a receipt. */
export async function checkReceiptBlob(
  blob: Blob,
): Promise<{ ok: true; type: ReceiptType } | { ok: false; problem: 'type' | 'size' }> {
  if (blob.size > LIMITS.receiptBytes) return { ok: false, problem: 'size' };
  const type = sniffReceiptType(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
  return type ? { ok: true, type } : { ok: false, problem: 'type' };
}
