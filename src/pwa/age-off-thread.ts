// Encrypting and decrypting age backups in a worker (see age-worker). Where a worker cannot start,
// the work is done on the page as before, slower to answer but the same.
import { type DecryptAge, decryptAge, encryptBackup } from '@/db/backup/backup-age';
import { BackupFailure } from '@/db/backup/backup-format';
import type { AgeReply, AgeRequest } from './age-worker';
import { AGE_WORKER_URL, startWorker } from './script-url-policy';

/**
 * The Blob the worker answers `request` with; `onProgress` hears how far it got. `here` does the
 * same work on the page, for a worker that cannot start or load.
 */
function inWorker(
  request: AgeRequest,
  onProgress: (done: number) => void,
  here: () => Promise<Blob>,
): Promise<Blob> {
  const worker = startWorker(AGE_WORKER_URL);
  if (!worker) return here();
  return new Promise((resolve, reject) => {
    let ready = false;
    worker.onmessage = (event: MessageEvent<AgeReply>) => {
      const reply = event.data;
      if (reply.kind === 'ready') {
        ready = true;
        worker.postMessage(request);
        return;
      }
      if (reply.kind === 'progress') return onProgress(reply.done);
      worker.terminate();
      if (reply.kind === 'done') resolve(reply.blob);
      else if (reply.kind === 'refused') reject(new BackupFailure(reply.error));
      else reject(new Error(reply.message));
    };
    // A worker that never loaded (a blocked script) hands the work to the page; one that failed
    // after it started fails the export or import, rather than run scrypt again on the page.
    worker.onerror = () => {
      worker.terminate();
      if (ready) reject(new Error('The backup worker failed'));
      else resolve(here());
    };
    worker.onmessageerror = () => {
      worker.terminate();
      reject(new Error('The backup worker sent what the page cannot read'));
    };
  });
}

/** The backup ZIP encrypted to `passphrase` as an age file, off the page's thread. */
export function encryptOffThread(
  zip: Blob,
  passphrase: string,
  onProgress: (done: number, total: number) => void,
): Promise<Blob> {
  return inWorker(
    { kind: 'encrypt', zip, passphrase },
    (done) => onProgress(done, zip.size),
    () => encryptBackup(zip, passphrase, { onProgress }),
  );
}

/** decryptAge, off the page's thread. */
export const decryptOffThread: DecryptAge = (file, passphrase, onRead, limits) => {
  let reported = 0;
  return inWorker(
    { kind: 'decrypt', file, passphrase, limits },
    (done) => {
      onRead(done - reported);
      reported = done;
    },
    () => decryptAge(file, passphrase, onRead, limits),
  );
};
