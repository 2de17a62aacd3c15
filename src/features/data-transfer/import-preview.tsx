import { memo, useDeferredValue, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../domain/assessment/types';
import type { ConflictDecision, ImportPreviewRow, LocalMatch } from '../../domain/exchange/plan-import';
import { decisionOf, isConflict } from '../../domain/exchange/plan-import';
import { formatDateTime, formatScore5 } from '../../lib/format';
import { PREVIEW_PAGE, useExchangeStore } from '../../state/exchange-store';

const DECISIONS: readonly ConflictDecision[] = ['mine', 'theirs', 'both'];
const NO_ROWS: readonly ImportPreviewRow[] = [];

/**
 * One row, rendered again only when its own props or decision change: the rows are fetched a page
 * at a time and progress while writing does not touch them, so a 5,000-assessment file never
 * costs the page a long render.
 */
interface RowProps {
  readonly row: ImportPreviewRow;
  readonly index: number;
  readonly locale: string;
  readonly regionName: (code: string) => string;
  readonly t: TFunction<'dataPage'>;
  /** The labels every row shows, translated once per preview rather than once per row. */
  readonly label: Labels;
}

function MatchText({ match, locale, regionName, t }: { match: LocalMatch } & Pick<RowProps, 'locale' | 'regionName' | 't'>) {
  const a = match.assessment;
  const date = formatDateTime(a.updatedAt, locale);
  return (
    <li>
      {match.reasons.includes('same_id')
        ? t('import.sameId', { date })
        : t('import.sameRegionPeriod', { region: regionName(a.regionCode), period: a.period, date })}
    </li>
  );
}

type Labels = Readonly<Record<AssessmentStatus | ConflictDecision | 'noIndex' | 'conflict' | 'new' | 'newNote', string>>;

function labelsOf(t: TFunction<'dataPage'>): Labels {
  return {
    draft: t('common:status.draft'), final: t('common:status.final'), mine: t('import.mine'), theirs: t('import.theirs'), both: t('import.both'),
    noIndex: t('import.noIndex'), conflict: t('import.conflict'), new: t('import.new'), newNote: t('import.newNote'),
  };
}

const PreviewRow = memo(function PreviewRow({ row, index, locale, regionName, t, label }: RowProps) {
  const decision = useExchangeStore((s) => decisionOf(s.decisions, row.key));
  const decide = useExchangeStore((s) => s.decide);
  const a = row.assessment;
  const region = regionName(a.regionCode);
  const conflict = isConflict(row);
  return (
    <tr>
      <th scope="row">
        {region} <span className="muted">({a.regionCode})</span>
      </th>
      <td>{a.period}</td>
      <td>
        <span className={`badge badge-${a.status}`}>{label[a.status]}</span>
      </td>
      <td className="num">{row.index !== null ? formatScore5(row.index, locale) : label.noIndex}</td>
      <td>
        <span className={conflict ? 'badge badge-conflict' : 'badge badge-new'}>{conflict ? label.conflict : label.new}</span>
        {conflict && (
          <ul className="match-list">
            {row.matches.map((m) => <MatchText key={m.assessment.id} match={m} locale={locale} regionName={regionName} t={t} />)}
          </ul>
        )}
      </td>
      <td>
        {conflict ? (
          <fieldset className="plain decision">
            <legend className="visually-hidden">{t('import.choiceLegend', { region, period: a.period })}</legend>
            {DECISIONS.map((d) => (
              <label key={d} className="choice">
                <input type="radio" name={`decision-${index}`} checked={decision === d} onChange={() => decide(row.key, d)} />
                {label[d]}
              </label>
            ))}
          </fieldset>
        ) : (
          <span className="muted">{label.newNote}</span>
        )}
      </td>
    </tr>
  );
});

/** Preview of a valid file: each assessment, new or in conflict, with the choice per conflict. */
export const ImportPreview = memo(function ImportPreview({ locale, regionName }: { locale: string; regionName: (code: string) => string }) {
  const { t } = useTranslation('dataPage');
  const plan = useExchangeStore((s) => s.plan);
  const file = useExchangeStore((s) => s.file);
  const applying = useExchangeStore((s) => s.phase === 'applying');
  const applyError = useExchangeStore((s) => s.applyError);
  const { decideAll, showMoreRows } = useExchangeStore.getState();
  const label = useMemo(() => labelsOf(t), [t]);
  // The counts show at once; the rows follow in a render React can split and interrupt, so a new
  // page of rows never holds the main thread for long.
  const shownRows = useDeferredValue(plan?.rows ?? NO_ROWS, NO_ROWS);
  if (!plan || !file) return null;
  const { rows, total, conflicts } = plan;
  return (
    <div className="import-preview">
      <p>
        {t('import.fileInfo', {
          app: file.app.name, version: file.app.version, date: formatDateTime(file.exportedAt, locale),
          count: total, fresh: total - conflicts, conflicts,
        })}
      </p>
      {conflicts > 1 && (
        <div className="row bulk-decisions">
          <span>{t('import.allLabel')}</span>
          {DECISIONS.map((d) => (
            <button key={d} type="button" className="btn btn-small" onClick={() => decideAll(d)}>
              {t(`import.${d}`)}
            </button>
          ))}
        </div>
      )}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('import.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.colRegion')}</th>
              <th scope="col">{t('import.colPeriod')}</th>
              <th scope="col">{t('import.colStatus')}</th>
              <th scope="col" className="num">{t('import.colIndex')}</th>
              <th scope="col">{t('import.colState')}</th>
              <th scope="col">{t('import.colChoice')}</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row, i) => <PreviewRow key={row.key} row={row} index={i} locale={locale} regionName={regionName} t={t} label={label} />)}
          </tbody>
        </table>
      </div>
      {total > rows.length && (
        <p className="row">
          <span>{t('import.showing', { shown: rows.length, count: total })}</span>
          <button type="button" className="btn btn-small" onClick={() => void showMoreRows()}>
            {t('import.showMore', { count: Math.min(PREVIEW_PAGE, total - rows.length) })}
          </button>
        </p>
      )}
      {applyError && <p role="alert" className="error-text">{t('import.applyFailed')} {t(`common:storage.${applyError}`)}</p>}
      {applying && <p role="status">{t('import.applying')}</p>}
    </div>
  );
});
