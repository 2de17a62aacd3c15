import { memo } from 'react';
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

/** Dimensions and their elements with progress; the current element is marked aria-current. */
export const ElementNav = memo(function ElementNav({ assessmentId, instrument, progress, currentElementId, lang }: ElementNavProps) {
  const { t } = useTranslation('questionnaire');
  return (
    <nav className="element-nav" aria-label={t('navLabel')}>
      <ol>
        {instrument.dimensions.map((d) => {
          const dp = progress.byDimension[d.id];
          return (
            <li key={d.id} className="nav-dimension">
              <div className="nav-dimension-head">
                <span className="nav-dimension-name">{d.name[lang]}</span>
                {dp && <ProgressBar done={dp.done} total={dp.total} label={t('progressOf', { name: d.name[lang] })} />}
              </div>
              <ol>
                {d.elements.map((e) => {
                  const ep = progress.byElement[e.id];
                  const isCurrent = e.id === currentElementId;
                  const complete = ep !== undefined && ep.done === ep.total;
                  return (
                    <li key={e.id}>
                      <a href={hrefs.questionnaire(assessmentId, e.id)} aria-current={isCurrent ? 'page' : undefined}
                        className={`nav-element${isCurrent ? ' current' : ''}${complete ? ' complete' : ''}`}>
                        <span>
                          {e.id} {e.name[lang]}
                        </span>
                        <span className="nav-count">
                          {complete && <span aria-hidden="true">✓ </span>}
                          {ep ? `${ep.done}/${ep.total}` : ''}
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
