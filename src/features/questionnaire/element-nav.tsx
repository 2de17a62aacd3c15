import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { ProgressSummary } from '../../domain/scoring/progress';
import { hrefs } from '../../lib/routes';

interface ElementNavProps {
  readonly assessmentId: string;
  readonly instrument: Instrument;
  readonly progress: ProgressSummary;
  readonly currentElementId: string;
  readonly lang: Lang;
}

/**
 * Dimensions and their elements with progress; the current element is marked aria-current. Rows
 * take plain numbers, so an answer re-renders only the rows whose counts changed.
 */
export function ElementNav({ assessmentId, instrument, progress, currentElementId, lang }: ElementNavProps) {
  const { t } = useTranslation('questionnaire');
  const label = useMemo(() => t('navLabel'), [t]);
  return (
    <nav className="element-nav" aria-label={label}>
      <ol>
        {instrument.dimensions.map((d) => {
          const dp = progress.byDimension[d.id];
          return (
            <li key={d.id} className="nav-dimension">
              <DimensionHead name={d.name[lang]} done={dp?.done} total={dp?.total} />
              <ol>
                {d.elements.map((e) => {
                  const ep = progress.byElement[e.id];
                  return (
                    <ElementLink key={e.id} href={hrefs.questionnaire(assessmentId, e.id)} label={`${e.id} ${e.name[lang]}`}
                      isCurrent={e.id === currentElementId} done={ep?.done} total={ep?.total} />
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

const DimensionHead = memo(function DimensionHead({ name, done, total }: { name: string; done: number | undefined; total: number | undefined }) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="nav-dimension-head">
      <span className="nav-dimension-name">{name}</span>
      {done !== undefined && total !== undefined && <ProgressBar done={done} total={total} label={t('progressOf', { name })} />}
    </div>
  );
});

interface ElementLinkProps {
  readonly href: string;
  readonly label: string;
  readonly isCurrent: boolean;
  readonly done: number | undefined;
  readonly total: number | undefined;
}

const ElementLink = memo(function ElementLink({ href, label, isCurrent, done, total }: ElementLinkProps) {
  const complete = done !== undefined && done === total;
  return (
    <li>
      <a href={href} aria-current={isCurrent ? 'page' : undefined} className={`nav-element${isCurrent ? ' current' : ''}${complete ? ' complete' : ''}`}>
        <span>{label}</span>
        <span className="nav-count">
          {complete && <span aria-hidden="true">✓ </span>}
          {done !== undefined ? `${done}/${total}` : ''}
        </span>
      </a>
    </li>
  );
});
