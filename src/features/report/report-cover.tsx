import type { ReportMeta } from '../../domain/report/types';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

/** Cover: title, region, the assessment's identity, the disclaimer and the approval block. */
export function ReportCover({ meta, text }: { meta: ReportMeta; text: ReportText }) {
  const { t } = text;
  const regionName = meta.region.name ?? meta.region.code;
  const rows: readonly [string, string][] = [
    [t('cover.region'), regionName],
    [t('cover.code'), meta.region.code],
    [t('cover.province'), meta.region.provinceName ?? '—'],
    [t('cover.period'), String(meta.period)],
    [t('cover.status'), t(`common:status.${meta.status}`)],
    [t('cover.printedAt'), text.date(meta.printedAt)],
    [t('cover.updatedAt'), text.date(meta.updatedAt)],
    [t('cover.team'), meta.team ?? '—'],
    [t('cover.contact'), meta.contact ?? '—'],
    [t('cover.instrument'), `${meta.instrumentVersion} — ${meta.instrumentTitle}`],
    [t('cover.weights'), `${meta.weightProfileId} — ${meta.weightProfileName}`],
  ];
  return (
    <Sheet className="report-cover" labelledBy="report-title">
      <p className="report-cover__brand">{t('brand')}</p>
      <h1 id="report-title" className="report-cover__title" tabIndex={-1}>
        {t('title')}
        <span className="report-cover__region" data-testid="report-region">{regionName}</span>
        <span className="report-cover__period">{t('cover.periodValue', { period: meta.period })}</span>
      </h1>
      <h2 className="report-cover__heading">{t('cover.heading')}</h2>
      <dl className="report-cover__meta">
        {rows.map(([label, value]) => (
          <div key={label} className="report-cover__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="report-disclaimer">{t('method.disclaimer')}</p>
      <ApprovalBlock text={text} />
    </Sheet>
  );
}

/** "Disahkan oleh" (also under the visit report): blank lines to fill in by hand and a box for the signature and stamp. */
export function ApprovalBlock({ text, intro }: { text: ReportText; intro?: string }) {
  const { t } = text;
  const lines = ['approval.position', 'approval.name', 'approval.nip', 'approval.date'] as const;
  return (
    <section className="report-approval report-keep" aria-labelledby="report-approval-title">
      <h2 id="report-approval-title">{t('approval.heading')}</h2>
      <p>{intro ?? t('approval.intro')}</p>
      <div className="report-approval__grid">
        <p className="report-approval__by">{t('approval.by')}</p>
        {lines.map((key) => (
          <div key={key} className="report-approval__line">
            <span>{t(key)}</span>
            <span className="report-approval__blank" />
          </div>
        ))}
        <div className="report-approval__line report-approval__line--signature">
          <span>{t('approval.signature')}</span>
          <span className="report-approval__box" />
        </div>
      </div>
    </section>
  );
}
