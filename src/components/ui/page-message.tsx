import { useTranslation } from 'react-i18next';
import { hrefs } from '../../lib/routes';

/** A page that could not be shown (not found, storage error), with the way back home. */
export function PageMessage({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1 tabIndex={-1}>{text}</h1>
      <a href={hrefs.home()}>{t('backHome')}</a>
    </section>
  );
}
