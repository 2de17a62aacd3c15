import { ScrollTable } from '../../components/ui/scroll-table';
import type { Instrument, Lang } from '../../domain/instrument/types';
import { findIndicator } from '../../domain/instrument/lookup';
import { hrefs } from '../../lib/routes';
import type { EvidenceSupport } from '../../state/use-score';
import { levelText } from './level-badge';
import type { ResultsText } from './use-results-text';

interface EvidenceProps {
  readonly instrument: Instrument;
  readonly evidence: EvidenceSupport;
  readonly lang: Lang;
  readonly text: ResultsText;
}

/** "Skor didukung bukti": the index with every answer capped by its evidence (same figure as the report). */
export function EvidenceScore({ evidence, text }: Pick<EvidenceProps, 'evidence' | 'text'>) {
  const { t } = text;
  return (
    <div className="sc-card sc-summary__evidence">
      <dl className="sc-kv">
        <dt>{t('summary.evidence')} <span className="sc-muted">({t('summary.scale5')})</span></dt>
        <dd className="sc-medium" data-testid="evidence-index">{text.score5(evidence.score.index)}</dd>
      </dl>
      <p className="sc-hint">
        {t('summary.evidenceHint')} <a href={hrefs.method()}>{t('summary.evidenceMethod')}</a>
      </p>
    </div>
  );
}

/** The answers the evidence-supported score caps: indicator, question, chosen and supported level. */
export function EvidenceCaps({ instrument, evidence, lang, text }: EvidenceProps) {
  const { t } = text;
  const { caps } = evidence;
  if (caps.length === 0) return <p className="sc-hint">{t('summary.capsNone')}</p>;
  return (
    <details className="sc-caps">
      <summary>{t('summary.capsHeading', { count: caps.length })}</summary>
      <ScrollTable caption={t('summary.capsCaption')} className="sc-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('col.indicator')}</th>
            <th scope="col">{t('col.question')}</th>
            <th scope="col">{t('summary.capsLevel')}</th>
            <th scope="col">{t('summary.capsSupported')}</th>
          </tr>
        </thead>
        <tbody>
          {caps.map((c) => (
            <tr key={c.indicatorId}>
              <th scope="row" className="sc-id">{c.indicatorId}</th>
              <td>{findIndicator(instrument, c.indicatorId)?.question[lang]}</td>
              <td>{levelText(instrument, c.level, lang)}</td>
              <td>{levelText(instrument, c.supported, lang)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </details>
  );
}
