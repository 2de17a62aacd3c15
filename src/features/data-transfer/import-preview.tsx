import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictDecision, ImportPreviewRow, LocalMatch } from '../../domain/exchange/plan-import';
import { isConflict } from '../../domain/exchange/plan-import';
import { formatDateTime, formatScore5 } from '../../lib/format';
import { useExchangeStore } from '../../state/exchange-store';

const DECISIONS: readonly ConflictDecision[] = ['mine', 'theirs', 'both'];
/** Rows rendered at first and per "show more": a 5,000-assessment file must not freeze the page. */
const PAGE = 100;

interface RowProps {
  readonly row: ImportPreviewRow;
  readonly index: number;
  readonly locale: string;
  readonly regionName: (code: string) => string;
}

function MatchText({ match, locale, regionName }: { match: LocalMatch; locale: string; regionName: (code: string) => string }) {
  const { t } = useTranslation('dataPage');
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

function PreviewRow({ row, index, locale, regionName }: RowProps) {
  const { t } = useTranslation('dataPage');
  const decision = useExchangeStore((s) => s.decisions[row.key]);
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
        <span className={`badge badge-${a.status}`}>{t(`common:status.${a.status}`)}</span>
      </td>
      <td className="num">{row.index !== null ? formatScore5(row.index, locale) : t('import.noIndex')}</td>
      <td>
        <span className={conflict ? 'badge badge-conflict' : 'badge badge-new'}>{conflict ? t('import.conflict') : t('import.new')}</span>
        {conflict && (
          <ul className="match-list">
            {row.matches.map((m) => <MatchText key={m.assessment.id} match={m} locale={locale} regionName={regionName} />)}
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
                {t(`import.${d}`)}
              </label>
            ))}
          </fieldset>
        ) : (
          <span className="muted">{t('import.newNote')}</span>
        )}
      </td>
    </tr>
  );
}

/** Preview of a valid file: each assessment, new or in conflict, with the choice per conflict. */
export function ImportPreview({ locale, regionName }: { locale: string; regionName: (code: string) => string }) {
  const { t } = useTranslation('dataPage');
  const { plan, file, phase, decideAll, applyError } = useExchangeStore();
  const [shown, setShown] = useState(PAGE);
  if (!plan || !file) return null;
  const conflicts = plan.rows.filter(isConflict).length;
  return (
    <div className="import-preview">
      <p>
        {t('import.fileInfo', {
          app: file.app.name, version: file.app.version, date: formatDateTime(file.exportedAt, locale),
          count: plan.rows.length, fresh: plan.rows.length - conflicts, conflicts,
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
            {plan.rows.slice(0, shown).map((row, i) => <PreviewRow key={row.key} row={row} index={i} locale={locale} regionName={regionName} />)}
          </tbody>
        </table>
      </div>
      {plan.rows.length > shown && (
        <p className="row">
          <span>{t('import.showing', { shown, count: plan.rows.length })}</span>
          <button type="button" className="btn btn-small" onClick={() => setShown(shown + PAGE)}>
            {t('import.showMore', { count: Math.min(PAGE, plan.rows.length - shown) })}
          </button>
        </p>
      )}
      {applyError && <p role="alert" className="error-text">{t('import.applyFailed')} {t(`common:storage.${applyError}`)}</p>}
      {phase === 'applying' && <p role="status">{t('import.applying')}</p>}
    </div>
  );
}
