/**
 * The two sides a visit compares: any assessment on this device (scored by the benchmark store)
 * and every imported visit package (scored from its levels). A side shares, per element, what a
 * package holds, or, for an assessment on this device, its evidence items (never its notes).
 */
import { useEffect, useMemo, useState } from 'react';
import type { AssessmentStatus } from '../domain/assessment/types';
import { getInstrument } from '../domain/instrument/registry';
import { buildVisitPackage, evidenceKey, packageElementScores } from '../domain/visit/build-visit-package';
import type { SharedElement, VisitPackage } from '../domain/visit/visit-format';
import { useBenchmarkStore } from './benchmark-store';
import { readAssessments } from './read-assessments';
import { sideKey, useVisitStore } from './visit-store';

export interface VisitSide {
  readonly key: string;
  readonly kind: 'package' | 'assessment';
  /** The assessment id, or the package id. */
  readonly id: string;
  readonly regionCode: string;
  readonly period: number;
  readonly status?: AssessmentStatus;
  readonly instrumentVersion: string;
  /** Element scores (0–5); null when not valid. */
  readonly elements: Readonly<Record<string, number | null>>;
  readonly pkg?: VisitPackage;
}

export interface VisitSides {
  readonly status: 'loading' | 'ready' | 'error';
  readonly sides: readonly VisitSide[];
}

/** Every side on this device: assessments first (newest first), then imported packages. */
export function useVisitSides(): VisitSides {
  const entries = useBenchmarkStore((s) => s.entries);
  const status = useBenchmarkStore((s) => s.status);
  const load = useBenchmarkStore((s) => s.load);
  const packages = useVisitStore((s) => s.packages);
  const workspace = useVisitStore((s) => s.status);
  const loadWorkspace = useVisitStore((s) => s.load);
  useEffect(() => {
    void load();
    void loadWorkspace();
  }, [load, loadWorkspace]);
  const sides = useMemo(() => {
    const own = entries.flatMap((e): VisitSide[] => (e.summary ? [{
      key: sideKey.assessment(e.id), kind: 'assessment', id: e.id, regionCode: e.regionCode, period: e.period, status: e.status,
      instrumentVersion: e.instrumentVersion, elements: e.summary.elements,
    }] : []));
    const imported = packages.flatMap((p): VisitSide[] => {
      const elements = packageElementScores(p);
      return elements ? [{
        key: sideKey.pkg(p.packageId), kind: 'package', id: p.packageId, regionCode: p.host.regionCode, period: p.host.period,
        instrumentVersion: p.host.instrumentVersion, elements, pkg: p,
      }] : [];
    });
    return [...own, ...imported];
  }, [entries, packages]);
  const both = status === 'error' || workspace === 'error' ? 'error' : status === 'ready' && workspace === 'ready' ? 'ready' : 'loading';
  return { status: both, sides };
}

type Shared = Readonly<Record<string, SharedElement>>;

/** What a side shares per element id; null while an assessment's evidence is read. */
export function useSharedContent(side: VisitSide | undefined): Shared | null {
  const [read, setRead] = useState<{ readonly key: string; readonly shared: Shared } | null>(null);
  const key = side?.kind === 'assessment' ? side.id : null;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    void readAssessments([key]).then((found) => {
      const bundle = found.get(key);
      const instrument = bundle ? getInstrument(bundle.assessment.instrumentVersion) : undefined;
      if (!live) return;
      if (!bundle || !instrument) return setRead({ key, shared: {} });
      const evidence = Object.values(bundle.answers).flatMap((a) => a.evidence.map((e) => evidenceKey(a.indicatorId, e.id)));
      const { elements } = buildVisitPackage({
        assessment: bundle.assessment, answers: bundle.answers, instrument, packageId: '', now: '',
        choices: { shares: { evidence: true, opd: false, practice: false, notes: false, contact: false }, practices: {}, opds: {}, evidence, contact: '' },
      });
      setRead({ key, shared: elements });
    }, () => live && setRead({ key, shared: {} }));
    return () => {
      live = false;
    };
  }, [key]);
  if (!side) return {};
  if (side.pkg) return side.pkg.elements;
  return read?.key === key ? read.shared : null;
}
