import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { CURRENT_INSTRUMENT } from '../../domain/instrument/registry';
import { BAND_EDGES } from '../../domain/scoring/bands';
import { about } from '../../i18n/locales/about';
import { localeOf } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useSettingsStore } from '../../state/settings-store';

// The method text ships with this lazy route, not in the first bundle.
i18next.addResourceBundle('id', 'about', about.id, true, true);
i18next.addResourceBundle('en', 'about', about.en, true, true);

export default function MethodPage() {
  const { t } = useTranslation('about');
  const lang = useSettingsStore((s) => s.lang);
  const locale = localeOf(lang);
  const edges: number[] = [0, ...BAND_EDGES.map((e) => e.from)];
  return (
    <article className="page page-narrow method">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <section className="card">
        <h2>{t('disclaimerTitle')}</h2>
        <p><strong>{t('common:disclaimer')}</strong></p>
      </section>
      <h2>{t('frameworkTitle')}</h2>
      <p>{t('framework')}</p>
      <h2>{t('scaleTitle')}</h2>
      <p>{t('scale')}</p>
      <h2>{t('formulaTitle')}</h2>
      <ul>
        {(['formulaElement', 'formulaDimension', 'formulaIndex', 'formulaFinal', 'formulaProvisional', 'formulaNa', 'formulaDisplay'] as const).map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h2>{t('evidenceTitle')}</h2>
      <p>{t('evidence')}</p>
      <p>{t('evidenceWhere')}</p>
      <h2>{t('bandsTitle')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('bandScore')}</th>
              <th scope="col">{t('bandScore100')}</th>
              <th scope="col">{t('bandLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {CURRENT_INSTRUMENT.rubric.map((r, i) => {
              const lo = edges[i] ?? 0;
              const hi = edges[i + 1];
              const range = (k: number) =>
                hi === undefined ? `≥ ${formatNumber(lo * k, locale, 1)}` : `${formatNumber(lo * k, locale, 1)} – < ${formatNumber(hi * k, locale, 1)}`;
              return (
                <tr key={r.level}>
                  <td>{range(1)}</td>
                  <td>{range(20)}</td>
                  <th scope="row">{`${r.level} ${r.name[lang]}`}</th>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>{t('layersTitle')}</h2>
      <p>{t('layers')}</p>
      <h2>{t('privacyTitle')}</h2>
      <p>{t('privacy')}</p>
      <h2>{t('dataTitle')}</h2>
      <p>{t('data')}</p>
      <p><a href="NOTICE-data.txt">{t('notice')}</a></p>
    </article>
  );
}
