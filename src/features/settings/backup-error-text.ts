// Plain words for each way a backup file can be wrong.
import { useTranslation } from '@/i18n/i18n';
import type { BackupError } from '@/db/backup-format';

export function useBackupErrorText(): (error: BackupError) => string {
  const { t } = useTranslation();
  return (error) => {
    switch (error.kind) {
      case 'not-a-zip':
        return t('backupErrors.notZip');
      case 'truncated':
        return t('backupErrors.truncated');
      case 'corrupt':
        return t('backupErrors.corrupt');
      case 'missing-manifest':
      case 'wrong-format':
        return t('backupErrors.wrongFormat');
      case 'not-json':
        return t('backupErrors.notJson');
      case 'future-version':
        return t('backupErrors.futureVersion', { version: error.version });
      case 'invalid-data':
        return t('backupErrors.invalidData', { path: error.path });
      case 'duplicate-id':
        return t('backupErrors.duplicateId', { path: error.path });
      case 'dangling-reference':
        return t('backupErrors.dangling', { path: error.path });
      case 'too-large':
        return t('backupErrors.tooLarge');
      case 'passphrase-needed':
        return t('backupErrors.passphraseNeeded');
      case 'wrong-passphrase':
        return t('backupErrors.wrongPassphrase');
      case 'encryption-unsupported':
        return t('backupErrors.encryptionUnsupported');
    }
  };
}
