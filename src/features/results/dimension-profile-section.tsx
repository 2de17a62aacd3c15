import { useMemo } from 'react';
import type { Instrument, Lang } from '../../domain/instrument/types';
import type { ScoreResult } from '../../domain/scoring/types';
import { hasMissingValues, radarAxesFromInstrument, radarSeriesFromScore } from '../../charts/chart-data';
import { RadarChart } from '../../charts/radar-chart';
import { DimensionTable } from './dimension-table';
import { Section } from '../../components/ui/section';
import { useResultsText } from './use-results-text';

interface DimensionProfileSectionProps {
  readonly instrument: Instrument;
  readonly score: ScoreResult;
  readonly lang: Lang;
}

/** Radar of the six dimension scores with its table alternative beside it. */
export function DimensionProfileSection({ instrument, score, lang }: DimensionProfileSectionProps) {
  const { t } = useResultsText(lang);
  const axes = useMemo(() => radarAxesFromInstrument(instrument, lang), [instrument, lang]);
  const series = useMemo(
    () => radarSeriesFromScore(score, { score: t('radar.own'), conservative: t('radar.conservative') }),
    [score, t],
  );
  const note = hasMissingValues(axes, series) ? t('radar.nullNote') : undefined;
  return (
    <Section title={t('radar.heading')} className="sc-profile">
      <div className="sc-profile__grid">
        <div className="sc-card sc-profile__chart">
          <RadarChart axes={axes} series={series} title={t('radar.title')} {...(note ? { note } : {})} />
        </div>
        <DimensionTable instrument={instrument} dimensions={score.dimensions} lang={lang} />
      </div>
    </Section>
  );
}
