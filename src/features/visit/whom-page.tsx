import { Section } from '../../components/ui/section';
import { getInstrument } from '../../domain/instrument/registry';
import { CURRENT_INSTRUMENT } from '../../domain/instrument/registry';
import { whomToVisit } from '../../domain/visit/whom-to-visit';
import { hrefs } from '../../lib/routes';
import { useRegionsStore } from '../../state/regions-store';
import { useVisitSides } from '../../state/visit-sides';
import { EvidenceItem } from './links';
import { sideLabel } from './side-pickers';
import { useVisitText } from './use-visit-text';
import './visit.css';

/** `#/studi-banding/siapa?elemen=<id>&kami=<id>`: the regions at level 4–5 on one element, most similar first. */
export default function WhomToVisitPage({ elementId, ours }: { elementId: string; ours?: string }) {
  const text = useVisitText();
  const { t } = text;
  const catalog = useRegionsStore((s) => s.catalog);
  const { status, sides } = useVisitSides();
  const our = sides.find((s) => s.kind === 'assessment' && s.id === ours);
  const instrument = getInstrument(our?.instrumentVersion ?? CURRENT_INSTRUMENT.version) ?? CURRENT_INSTRUMENT;
  const ranked = catalog
    ? whomToVisit(sides.filter((s) => s.instrumentVersion === instrument.version).map((s) => ({ regionCode: s.regionCode, score: s.elements[elementId] ?? null, data: s })), our?.regionCode ?? '', catalog.byCode)
    : [];
  const name = text.elementName(instrument, elementId);
  return (
    <section className="page visit-page">
      <h1 tabIndex={-1}>{t('whom.title', { element: name })}</h1>
      <p className="muted">{t('whom.intro')}</p>
      {status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {status !== 'loading' && ranked.length === 0 ? <p>{t('whom.none')}</p> : null}
      <Section title={t('whom.listTitle')}>
        <ol className="visit-whom">
          {ranked.map((r) => {
            const shared = r.data.pkg?.elements[elementId];
            return (
              <li key={r.data.key} className="visit-card">
                <h3>{sideLabel(r.data, text)}</h3>
                <p>{t('whom.row', { level: r.level, score: text.score(r.score), similarity: r.similarity })}</p>
                {shared?.practice ? <p className="visit-practice">{t('practice')}: {shared.practice}</p> : null}
                {shared?.opd ? <p>{t('opd')}: {shared.opd}</p> : null}
                {shared?.evidence?.length ? <ul>{shared.evidence.map((e, i) => <EvidenceItem key={i} item={e} linkLabel={t('link')} />)}</ul> : null}
                {r.data.kind === 'assessment' ? <p className="muted">{t('sourceDevice')}</p> : null}
                {our ? <a href={hrefs.visit(our.id, r.data.key)}>{t('whom.open')}</a> : null}
              </li>
            );
          })}
        </ol>
      </Section>
    </section>
  );
}
