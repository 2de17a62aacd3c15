import type { BenchmarkEntry } from '../../domain/benchmark/types';
import { getWeightProfile } from '../../domain/instrument/registry';
import type { RegionCatalog } from '../../domain/regions/regions';
import type { BenchmarkOptions } from '../../state/benchmark-store';
import { BarsSection } from './bars-section';
import { DistributionSection } from './distribution-section';
import { PeerGroupField } from './peer-group-field';
import { RadarSection } from './radar-section';
import { RankingSection } from './ranking-section';
import { SelectionNotes } from './selection-notes';
import { TrendSection } from './trend-section';
import type { BenchmarkText } from './use-benchmark-text';
import { useBenchmarkView } from './use-benchmark-view';

interface BenchmarkViewProps {
  readonly focus: BenchmarkEntry;
  readonly device: readonly BenchmarkEntry[];
  readonly demo: readonly BenchmarkEntry[] | null;
  readonly options: BenchmarkOptions;
  readonly catalog: RegionCatalog;
  readonly text: BenchmarkText;
}

/** The peer controls and every section for one focus; each section re-renders only when its data changes. */
export function BenchmarkView({ focus, device, demo, options, catalog, text }: BenchmarkViewProps) {
  const view = useBenchmarkView({ focus, device, demo, options, catalog });
  const { t, lang } = text;
  const badge = view.isDemo || focus.source === 'demo' ? t('demo.badge') : undefined;
  const weightsName = getWeightProfile(focus.weightProfileId)?.name[lang] ?? focus.weightProfileId;
  return (
    <>
      <div className="bm-controls card">
        <PeerGroupField focus={focus} options={options} isDemoOn={demo !== null} catalog={catalog} text={text} />
        <SelectionNotes selection={view.selection} weightsName={weightsName} isMixed={view.isDemo && focus.source === 'device'} text={text} />
      </div>
      <RadarSection focus={focus} stats={view.stats} previous={view.previous} text={text} badge={badge}
        isFocusRanked={view.selection.isFocusRanked} />
      <DistributionSection selection={view.selection} stats={view.stats} text={text} badge={badge} />
      <RankingSection rows={view.ranking} text={text} badge={badge} />
      <BarsSection picked={view.picked} picks={options.picks} text={text} badge={badge} />
      <TrendSection history={view.history} regionName={text.region(focus.regionCode)} text={text}
        badge={focus.source === 'demo' ? t('demo.badge') : undefined} />
    </>
  );
}
