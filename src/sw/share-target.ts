// The share target: another app shares a receipt (files, text, a link) with a multipart POST. The
// worker keeps what it can use in the share inbox and answers 303 to "Log this receipt", so that
// reloading that page never posts the share again.
import { addSharedItem } from '@/db/share-inbox';
import { checkReceiptBlob } from '@/domain/file-type';
import { MAX_SHARED_FILES, SHARE_FILES_FIELD, shareLandingPath } from '@/domain/share';
import type { SharedFile } from '@/db/rows';

function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export async function receiveShare(request: Request): Promise<Response> {
  try {
    const form = await request.formData();
    const shared = form.getAll(SHARE_FILES_FIELD).filter((entry) => entry instanceof File);
    const files: SharedFile[] = [];
    const refusedFiles: string[] = [];
    for (const [index, file] of shared.entries()) {
      const checked = index < MAX_SHARED_FILES ? await checkReceiptBlob(file) : null;
      if (checked?.ok) files.push({ name: file.name, type: checked.type, blob: file });
      else refusedFiles.push(file.name);
    }
    const id = await addSharedItem({
      title: textOf(form, 'title'),
      text: textOf(form, 'text'),
      url: textOf(form, 'url'),
      files,
      refusedFiles,
    });
    return Response.redirect(shareLandingPath(id), 303);
  } catch (error) {
    console.error('A shared receipt could not be kept', error);
    return Response.redirect(shareLandingPath(null), 303);
  }
}
