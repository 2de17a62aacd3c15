import { hrefs, replaceRoute } from '../../lib/routes';
import { useVisitSides } from '../../state/visit-sides';
import { useVisitStore } from '../../state/visit-store';
import { PackageImport } from './package-import';
import { SidePickers } from './side-pickers';
import { useVisitText } from './use-visit-text';
import { VisitWorkspace } from './visit-workspace';
import './visit.css';

/** `#/studi-banding?kami=<id>&tuan=<side>`: the visit workspace, for the visitor and the host alike. */
export default function VisitPage({ ours, other }: { ours?: string; other?: string }) {
  const text = useVisitText();
  const { t } = text;
  const { status, sides } = useVisitSides();
  const legacyDamaged = useVisitStore((s) => s.legacyDamaged);
  const our = sides.find((s) => s.kind === 'assessment' && s.id === ours);
  const host = sides.find((s) => s.key === other);
  return (
    <section className="page visit-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {legacyDamaged > 0 ? <p role="alert" className="banner banner-error">{t('legacyDamaged', { count: legacyDamaged })}</p> : null}
      <PackageImport text={text} onOpened={(key) => replaceRoute(hrefs.visit(ours, key))} />
      <p><a href={hrefs.visitExport(ours)}>{t('exportLink')}</a></p>
      {status === 'loading' ? <p role="status">{t('loading')}</p> : <SidePickers sides={sides} ours={ours} other={other} text={text} />}
      {our && host && host.regionCode === our.regionCode ? <p role="alert">{t('sameSide')}</p> : null}
      {our && host && host.regionCode !== our.regionCode ? <VisitWorkspace key={`${our.key}|${host.key}`} our={our} other={host} text={text} /> : null}
    </section>
  );
}
