// Checks a chosen receipt file by its bytes and shrinks large photos before they are stored:
// a phone photo of a receipt reads as well at 2000 px and takes a tenth of the space.
import { checkReceiptBlob, RECEIPT_TYPES, type ReceiptType } from '@/domain/file-type';
const MAX_PHOTO_EDGE = 2000;
const SHRINK_ABOVE_BYTES = 1024 * 1024;

export type PreparedFile =
  | { ok: true; name: string; type: ReceiptType; blob: Blob }
  | { ok: false; name: string; problem: 'type' | 'size' };

async function downscale(file: Blob, type: ReceiptType): Promise<Blob> {
  if (type === 'application/pdf' || file.size <= SHRINK_ABOVE_BYTES) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_PHOTO_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const smaller = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    );
    return smaller && smaller.size < file.size ? smaller : file;
  } catch {
    return file; // An image the browser cannot decode is kept as it came.
  }
}

export async function prepareReceiptFile(file: File): Promise<PreparedFile> {
  const checked = await checkReceiptBlob(file);
  if (!checked.ok) return { ok: false, name: file.name, problem: checked.problem };
  const { type } = checked;
  const shrunk = await downscale(file, type);
  if (shrunk === file) return { ok: true, name: file.name, type, blob: new Blob([file], { type }) };
  return {
    ok: true,
    name: file.name.replace(/\.\w+$/, '') + '.jpg',
    type: 'image/jpeg',
    blob: shrunk,
  };
}

/** The accept attribute: the picker offers the camera on phones, and photos and PDFs. */
export const RECEIPT_ACCEPT = RECEIPT_TYPES.join(',');
