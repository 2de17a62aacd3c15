import type { EvidenceKind } from '../../domain/assessment/types';
import { EVIDENCE_SUPPORT_LEVEL } from '../../domain/report/evidence-support';
import type { BandRange } from '../../domain/report/types';
import { formatNumber } from '../../lib/format';
import { Sheet } from './print-frame';
import type { ReportText } from './use-report-text';

function rangeText(from: number, to: number | null, factor: number, locale: string): string {
  const f = (v: number) => formatNumber(v * factor, locale, factor === 1 ? 1 : 0);
  return to === null ? `≥ ${f(from)}` : `${f(from)} – < ${f(to)}`;
}

function BandTable({ bands, text }: { bands: readonly BandRange[]; text: ReportText }) {
  const { t } = text;
  return (
    <table className="report-table report-table--bands">
      <caption>{t('method.bandsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.level')}</th>
          <th scope="col" className="num">{t('col.score5')}</th>
          <th scope="col" className="num">{t('col.score100')}</th>
          <th scope="col">{t('method.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {bands.map((b) => (
          <tr key={b.level}>
            <th scope="row">{`${b.level} · ${b.name}`}</th>
            <td className="num">{rangeText(b.from, b.to, 1, text.locale)}</td>
            <td className="num">{rangeText(b.from, b.to, 20, text.locale)}</td>
            <td>{b.descriptor}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EvidenceTable({ text }: { text: ReportText }) {
  const { t } = text;
  const kinds = Object.entries(EVIDENCE_SUPPORT_LEVEL) as [EvidenceKind, number][];
  const levels = [...new Set(kinds.map(([, level]) => level))].sort((a, b) => a - b);
  return (
    <table className="report-table">
      <caption>{t('method.evidenceCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.level')}</th>
          <th scope="col">{t('method.kind')}</th>
        </tr>
      </thead>
      <tbody>
        {levels.map((level) => (
          <tr key={level}>
            <th scope="row">{level}</th>
            <td>{kinds.filter(([, l]) => l === level).map(([kind]) => t(`evidenceKinds.${kind}`)).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Method appendix: how scores are computed, the bands, the evidence rule and the disclaimer. */
export function ReportMethodSheet({ bands, text }: { bands: readonly BandRange[]; text: ReportText }) {
  const { t } = text;
  const formulas = ['structure', 'element', 'dimension', 'index', 'final', 'conservative', 'evidence'] as const;
  return (
    <Sheet className="report-method" labelledBy="report-method-title">
      <h2 id="report-method-title">{t('method.heading')}</h2>
      <p className="report-disclaimer" data-testid="report-disclaimer">{t('method.disclaimer')}</p>
      <ul className="report-formulas">
        {formulas.map((k) => <li key={k}>{t(`method.${k}`)}</li>)}
      </ul>
      <h3>{t('method.bandsTitle')}</h3>
      <BandTable bands={bands} text={text} />
      <h3>{t('method.evidenceTitle')}</h3>
      <EvidenceTable text={text} />
      <p className="report-muted">{t('method.privacy')}</p>
    </Sheet>
  );
}
