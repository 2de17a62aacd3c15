import type { Instrument } from '../../domain/instrument/types';
import type { VisitPackage } from '../../domain/visit/visit-format';
import { EvidenceItem } from './links';
import type { VisitText } from './use-visit-text';

/** Exactly what the file will hold, drawn from the package object that is written. */
export function PackagePreview({ pkg, instrument, text }: { pkg: VisitPackage; instrument: Instrument; text: VisitText }) {
  const { t } = text;
  const elements = Object.entries(pkg.elements);
  return (
    <section className="visit-preview" aria-labelledby="visit-preview-title" data-testid="package-preview">
      <h2 id="visit-preview-title">{t('export.previewTitle')}</h2>
      <ul>
        <li>{t('export.previewHost', { name: text.regionName(pkg.host.regionCode), period: pkg.host.period, version: pkg.host.instrumentVersion })}</li>
        <li>{t('export.previewLevels', { count: Object.keys(pkg.levels).length })}</li>
        {pkg.contact ? <li>{t('contact', { contact: pkg.contact })}</li> : null}
      </ul>
      {elements.length === 0 ? <p>{t('export.previewNothing')}</p> : elements.map(([id, e]) => (
        <div key={id}>
          <h3>{text.elementName(instrument, id)}</h3>
          <ul>
            {e.practice ? <li>{t('practice')}: {e.practice}</li> : null}
            {e.opd ? <li>{t('opd')}: {e.opd}</li> : null}
            {e.evidence?.map((x, i) => <EvidenceItem key={i} item={x} linkLabel={t('link')} />)}
            {e.notes?.map((n, i) => <li key={`n${i}`}>{t('sharedNotes')}: {n}</li>)}
          </ul>
        </div>
      ))}
      <p className="muted">{t('export.staysHome')}</p>
    </section>
  );
}
