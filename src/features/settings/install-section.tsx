// Install: whether Topup runs as an installed app, the Install app button while the browser
// offers it, and on iPhone and iPad (where only Safari's Share menu installs) the steps to take.
import { useTranslation } from '@/i18n/i18n';
import { isAppleMobile } from '@/pwa/display-mode';
import { acceptInstallOffer, useRunsInstalled } from '@/pwa/install';
import { useInstall } from '@/state/install-store';
import { IosInstallGuide } from './ios-install-guide';

export function InstallSection() {
  const { t } = useTranslation();
  const installed = useRunsInstalled();
  const offered = useInstall((state) => state.offer !== null);
  const apple = isAppleMobile();
  return (
    <section className="card" aria-labelledby="install-heading">
      <h2 id="install-heading">{t('install.section')}</h2>
      <p>{t(installed ? 'install.installed' : 'install.inBrowser')}</p>
      {!installed && offered && (
        <p>
          <button type="button" onClick={() => void acceptInstallOffer()}>
            {t('install.button')}
          </button>
        </p>
      )}
      {!installed && apple && <IosInstallGuide />}
      {!installed && !offered && !apple && <p className="hint">{t('install.menuHint')}</p>}
    </section>
  );
}
