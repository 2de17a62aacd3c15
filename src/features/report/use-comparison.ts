import { useEffect, useMemo, useState } from 'react';
import type { AnswerMap, Assessment } from '../../domain/assessment/types';
import { buildComparisonModel, checkComparisonIds } from '../../domain/report/build-comparison-model';
import type { ComparisonIdsCheck, ComparisonInputEntry, ComparisonModel } from '../../domain/report/build-comparison-model';
import { nowIso } from '../../lib/clock';
import { useRegionsStore } from '../../state/regions-store';
import { readAssessments } from '../../state/read-assessments';
import { useSettingsStore } from '../../state/settings-store';
import { instrumentFor } from '../../state/use-score';

interface Bundle {
  readonly assessment: Assessment;
  readonly answers: AnswerMap;
}

type Loaded =
  | { readonly key: string; readonly status: 'loading' }
  | { readonly key: string; readonly status: 'error' }
  | { readonly key: string; readonly status: 'ready'; readonly bundles: ReadonlyMap<string, Bundle> };

export type ComparisonState =
  | { readonly status: 'invalid'; readonly check: Extract<ComparisonIdsCheck, { ok: false }> }
  | { readonly status: 'loading' | 'error' }
  | { readonly status: 'missing'; readonly notFound: readonly string[]; readonly unknownInstrument: readonly string[] }
  | { readonly status: 'ready'; readonly model: ComparisonModel };

/** Separator of ids inside the effect key (cannot occur in a URL-decoded id typed by a user). */
const SEP = '\u0000';

/**
 * Reads the assessments with these ids, keyed by the joined ids so a new but equal array does
 * not reload. Read-only: the assessment store's single open assessment is left untouched.
 */
function useBundles(ids: readonly string[] | null): Loaded | null {
  const key = ids ? ids.join(SEP) : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (key === null) return;
    const list = key.split(SEP);
    let isCurrent = true;
    const load = async () => {
      try {
        const bundles = await readAssessments(list);
        if (isCurrent) setLoaded({ key, status: 'ready', bundles });
      } catch {
        if (isCurrent) setLoaded({ key, status: 'error' });
      }
    };
    void load();
    return () => {
      isCurrent = false;
    };
  }, [key]);
  if (key === null) return null;
  return loaded?.key === key ? loaded : { key, status: 'loading' };
}

/**
 * The comparison of the assessments in the URL: checks the ids (2–6), loads each assessment,
 * resolves region names and builds the comparison model in the current language.
 */
export function useComparison(ids: readonly string[]): ComparisonState {
  const lang = useSettingsStore((s) => s.lang);
  const catalog = useRegionsStore((s) => s.catalog);
  const regionsFailed = useRegionsStore((s) => s.failed);
  const [printedAt] = useState(nowIso);
  const check = useMemo(() => checkComparisonIds(ids), [ids]);
  const loaded = useBundles(check.ok ? check.ids : null);
  return useMemo((): ComparisonState => {
    if (!check.ok) return { status: 'invalid', check };
    if (!loaded || loaded.status === 'loading' || (!catalog && !regionsFailed)) return { status: 'loading' };
    if (loaded.status === 'error') return { status: 'error' };
    const notFound = check.ids.filter((id) => !loaded.bundles.has(id));
    const entries: ComparisonInputEntry[] = [];
    const unknownInstrument: string[] = [];
    for (const id of check.ids) {
      const bundle = loaded.bundles.get(id);
      const ctx = bundle ? instrumentFor(bundle.assessment) : null;
      if (bundle && !ctx) unknownInstrument.push(id);
      if (!bundle || !ctx) continue;
      const region = catalog?.byCode.get(bundle.assessment.regionCode);
      const province = region ? catalog?.provinceByCode.get(region.provinceCode) : undefined;
      entries.push({
        ...bundle, ...ctx,
        region: { code: bundle.assessment.regionCode, name: region?.name ?? null, provinceName: province?.name ?? null },
      });
    }
    if (notFound.length > 0 || unknownInstrument.length > 0) return { status: 'missing', notFound, unknownInstrument };
    const model = buildComparisonModel(entries, printedAt, lang);
    return model ? { status: 'ready', model } : { status: 'loading' };
  }, [check, loaded, catalog, regionsFailed, printedAt, lang]);
}
