// A worker that encrypts and decrypts age backups off the page's thread: age's scrypt is one long
// synchronous computation, seconds on a phone, that on the page would freeze it.
import { decryptAge, encryptBackup } from '@/db/backup/backup-age';
import { type BackupError, BackupFailure, type BackupLimits } from '@/db/backup/backup-format';

export type AgeRequest =
  | { kind: 'encrypt'; zip: Blob; passphrase: string }
  | { kind: 'decrypt'; file: Blob; passphrase: string; limits: BackupLimits };

export type AgeReply =
  | { kind: 'ready' }
  | { kind: 'progress'; done: number }
  | { kind: 'done'; blob: Blob }
  | { kind: 'refused'; error: BackupError }
  | { kind: 'failed'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AgeRequest>) => void) | null;
  postMessage(message: AgeReply): void;
};

/** Progress is said every megabyte: every chunk would be thousands of updates of the page. */
const PROGRESS_STEP = 1024 * 1024;

function progressTeller(): (done: number) => void {
  let told = 0;
  return (done) => {
    if (done - told < PROGRESS_STEP) return;
    told = done;
    scope.postMessage({ kind: 'progress', done });
  };
}

async function run(request: AgeRequest): Promise<Blob> {
  const tell = progressTeller();
  if (request.kind === 'encrypt') {
    return encryptBackup(request.zip, request.passphrase, { onProgress: tell });
  }
  let done = 0;
  const onRead = (bytes: number) => {
    done += bytes;
    tell(done);
  };
  return decryptAge(request.file, request.passphrase, onRead, request.limits);
}

// Said at once, so that the page tells a worker that never started from one that failed later.
scope.postMessage({ kind: 'ready' });

scope.onmessage = (event) => {
  run(event.data).then(
    (blob) => scope.postMessage({ kind: 'done', blob }),
    (error: unknown) =>
      scope.postMessage(
        error instanceof BackupFailure
          ? { kind: 'refused', error: error.error }
          : { kind: 'failed', message: String(error) },
      ),
  );
};
