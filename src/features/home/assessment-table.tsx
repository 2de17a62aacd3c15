import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../state/assessment-list-store';
import { AssessmentRow } from './assessment-row';
import { groupByRegion } from './group-by-region';
import { useHomeScores } from './use-home-scores';

/** Above this many assessments the list gets a search box and shows `PAGE` rows at a time. */
export const PAGE = 50;

/** Case- and accent-insensitive text for matching. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the query must occur in the region name, region code or period. */
export function matchesQuery(s: AssessmentSummary, regionName: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(`${regionName} ${s.assessment.regionCode} ${s.assessment.period}`);
  return words.every((w) => hay.includes(w));
}

interface Props {
  readonly items: readonly AssessmentSummary[];
  readonly regionName: (code: string) => string;
  readonly onDelete: (s: AssessmentSummary) => void;
}

/** The assessments table; with more than `PAGE` items a search box and "show more" paging. */
export function AssessmentTable({ items, regionName, onDelete }: Props) {
  const { t } = useTranslation('home');
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const deferredQuery = useDeferredValue(query);
  const isLarge = items.length > PAGE;
  const matching = useMemo(
    () => (isLarge ? items.filter((s) => matchesQuery(s, regionName(s.assessment.regionCode), deferredQuery)) : items),
    [items, isLarge, regionName, deferredQuery],
  );
  const scores = useHomeScores(items);
  const grouped = useMemo(() => groupByRegion(matching, regionName), [matching, regionName]);
  const shown = isLarge ? grouped.slice(0, limit) : grouped;
  return (
    <>
      {isLarge && (
        <div className="field home-search">
          <label htmlFor={searchId}>{t('searchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('searchPlaceholder')}
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
      )}
      {isLarge && (
        <p className="muted" role="status" data-testid="home-list-count">
          {t('showing', { shown: shown.length, count: matching.length, total: items.length })}
        </p>
      )}
      {shown.length > 0 && (
        <div className="table-wrap card">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colRegion')}</th>
                <th scope="col">{t('colPeriod')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colProgress')}</th>
                <th scope="col">{t('colIndex')}</th>
                <th scope="col">{t('colUpdated')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ summary: s, isFirstOfRegion }) => (
                <AssessmentRow key={s.assessment.id} summary={s} regionName={regionName(s.assessment.regionCode)}
                  isFirstOfRegion={isFirstOfRegion} scores={scores} onDelete={() => onDelete(s)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isLarge && shown.length < matching.length && (
        <button type="button" className="btn" onClick={() => setLimit((n) => n + PAGE)}>
          {t('showMore', { count: Math.min(PAGE, matching.length - shown.length) })}
        </button>
      )}
    </>
  );
}
