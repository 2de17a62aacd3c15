import type { DimensionDef, Instrument, Lang } from '../../domain/instrument/types';
import type { DimensionResult } from '../../domain/scoring/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { FlagLegend, FlagList } from './flag-list';
import { LevelBadge, levelText } from './level-badge';
import { Section } from '../../components/ui/section';
import { useResultsText } from './use-results-text';
import type { ResultsText } from './use-results-text';
import { ScrollTable } from '../../components/ui/scroll-table';

interface DimensionBlockProps {
  readonly instrument: Instrument;
  readonly def: DimensionDef | undefined;
  readonly dimension: DimensionResult;
  readonly lang: Lang;
  readonly text: ResultsText;
  readonly whomToVisitHref?: ((elementId: string) => string) | undefined;
}

function DimensionBlock({ instrument, def, dimension, lang, text, whomToVisitHref }: DimensionBlockProps) {
  const { t } = text;
  const name = def?.name[lang] ?? dimension.dimensionId;
  return (
    <div className="sc-card sc-dimension">
      <h3 className="sc-subtitle">{name}</h3>
      <p className="sc-dimension__summary">
        {t('col.score5')}: <strong>{text.score5(dimension.score)}</strong> · {t('col.score100')}:{' '}
        <strong>{text.score100(dimension.score)}</strong> · {t('col.level')}:{' '}
        <strong>{levelText(instrument, dimension.band, lang)}</strong>
        {dimension.isValid ? null : <span className="sc-flag sc-flag--invalid">{t('flag.invalidDimension')}</span>}
      </p>
      <ScrollTable caption={`${t('elements.caption')}: ${name}`} isCaptionHidden>
        <thead>
          <tr>
            <th scope="col">{t('col.element')}</th>
            <th scope="col" className="num">{t('col.score5')}</th>
            <th scope="col" className="num">{t('col.score100')}</th>
            <th scope="col">{t('col.level')}</th>
            <th scope="col" className="num">{t('col.coverage')}</th>
            <th scope="col" className="num">{t('col.conservative')}</th>
            <th scope="col">{t('col.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {dimension.elements.map((e) => (
            <tr key={e.elementId} className={e.isValid ? undefined : 'sc-row--excluded'}>
              <th scope="row">
                <span className="sc-id">{e.elementId}</span>{' '}
                {def?.elements.find((x) => x.id === e.elementId)?.name[lang] ?? ''}
                {whomToVisitHref && e.band !== null && e.band < 4 ? <> · <a href={whomToVisitHref(e.elementId)}>{t('elements.whoIsGood')}</a></> : null}
              </th>
              <td className="num">{text.score5(e.score)}</td>
              <td className="num">{text.score100(e.score)}</td>
              <td><LevelBadge instrument={instrument} level={e.band} lang={lang} /></td>
              <td className="num">
                {t('coverageValue', { answered: e.answered, applicable: e.applicable, percent: text.percent(e.coverage) })}
              </td>
              <td className="num">{text.score5(e.conservative)}</td>
              <td><FlagList element={e} text={text} /></td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}

interface ElementTableSectionProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly lang: Lang;
  readonly whomToVisitHref?: ((elementId: string) => string) | undefined;
}

/** Per-dimension cards, each with its elements' score, level, coverage, notes and conservative score. */
export function ElementTableSection({ instrument, score, lang, whomToVisitHref }: ElementTableSectionProps) {
  const text = useResultsText(lang);
  return (
    <Section title={text.t('elements.heading')} className="sc-elements">
      {score.dimensions.map((d) => (
        <DimensionBlock
          key={d.dimensionId}
          instrument={instrument}
          def={instrument.dimensions.find((x) => x.id === d.dimensionId)}
          dimension={d}
          lang={lang}
          text={text}
          whomToVisitHref={whomToVisitHref}
        />
      ))}
      <FlagLegend text={text} />
    </Section>
  );
}
