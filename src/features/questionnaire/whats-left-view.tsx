import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerMap } from '../../domain/assessment/types';
import type { IndicatorDef, Instrument, Lang } from '../../domain/instrument/types';
import { searchIndicators } from '../../domain/questionnaire/search-indicators';
import { leftEntryOf, whatsLeft } from '../../domain/questionnaire/whats-left';
import type { LeftEntry } from '../../domain/questionnaire/whats-left';
import { hrefs } from '../../lib/routes';

interface WhatsLeftViewProps {
  readonly assessmentId: string;
  readonly instrument: Instrument;
  readonly answers: AnswerMap;
  readonly lang: Lang;
  readonly opdOf: (indicatorId: string) => string | null;
  /** Show the counts line (the questionnaire's panel already shows it in its summary). */
  readonly withCounts?: boolean;
}

/**
 * Search over all indicators, and "Yang perlu dilengkapi" grouped per dimension (h2) and element
 * (h3): on its own page under the h1, and in the questionnaire's panel right under its h1.
 */
export function WhatsLeftView(p: WhatsLeftViewProps) {
  const { t } = useTranslation('questionnaire');
  const [query, setQuery] = useState('');
  const left = useMemo(() => whatsLeft(p.instrument, p.answers), [p.instrument, p.answers]);
  const found = useMemo(() => searchIndicators(p.instrument, query, p.opdOf), [p.instrument, query, p.opdOf]);
  const item = (indicator: IndicatorDef, entry: LeftEntry | null) => (
    <IndicatorItem key={indicator.id} assessmentId={p.assessmentId} indicator={indicator} entry={entry} lang={p.lang}
      level={p.answers[indicator.id]?.level} opd={p.opdOf(indicator.id)} />
  );
  return (
    <div className="q-left">
      <div className="field">
        <label htmlFor="q-search">{t('search.label')}</label>
        <span id="q-search-hint" className="hint">{t('search.hint')}</span>
        <input id="q-search" type="search" value={query} aria-describedby="q-search-hint" autoComplete="off"
          onChange={(e) => setQuery(e.target.value)} />
      </div>
      {query.trim() !== '' ? (
        <section aria-label={t('search.results')}>
          <p role="status">{found.length === 0 ? t('search.none') : t('search.found', { count: found.length })}</p>
          <ul className="q-left-list">{found.map((i) => item(i, leftEntryOf(i, p.answers)))}</ul>
        </section>
      ) : (
        <>
          {p.withCounts !== false && <p>{t('left.summary', { unanswered: left.counts.unanswered, above: left.counts.above_evidence, na: left.counts.not_applicable })}</p>}
          {left.dimensions.length === 0 && <p>{t('left.none')}</p>}
          {left.dimensions.map(({ dimension, elements }) => (
            <section key={dimension.id} aria-labelledby={`left-${dimension.id}`}>
              <h2 id={`left-${dimension.id}`}>{dimension.name[p.lang]}</h2>
              {elements.map(({ element, entries }) => (
                <div key={element.id}>
                  <h3>{t('elementHeading', { id: element.id, name: element.name[p.lang] })}</h3>
                  <ul className="q-left-list">{entries.map((e) => item(e.indicator, e))}</ul>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

interface IndicatorItemProps {
  readonly assessmentId: string;
  readonly indicator: IndicatorDef;
  readonly entry: LeftEntry | null;
  readonly level: unknown;
  readonly lang: Lang;
  readonly opd: string | null;
}

/** One indicator as a link to its card, with what is left to do on it. */
function IndicatorItem({ assessmentId, indicator, entry, level, lang, opd }: IndicatorItemProps) {
  const { t } = useTranslation('questionnaire');
  let status: string;
  if (!entry) status = t('left.answered', { level });
  else if (entry.kind === 'unanswered') status = t('left.unanswered');
  else if (entry.kind === 'above_evidence') status = t('left.above', { level: entry.level, supported: entry.supported });
  else status = t('left.na', { reason: entry.reason });
  return (
    <li data-left={indicator.id} data-kind={entry?.kind ?? 'done'}>
      <a href={hrefs.questionnaire(assessmentId, indicator.elementId, indicator.id)}>
        <strong>{indicator.id}</strong> {indicator.question[lang]}
      </a>
      <span className="q-left-status">
        {status}
        {opd && ` · ${opd}`}
      </span>
    </li>
  );
}
