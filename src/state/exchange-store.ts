/**
 * Export and import in the exchange format (docs/exchange-format.md). Thin: reading and writing
 * go through `storage/exchange-repo.ts`, every rule is in `domain/exchange`; the feature turns
 * the returned text into a download. Import flow: idle → reading → preview → applying → done,
 * or error (the file is refused, nothing changed). Reading, planning and writing an import run in
 * the file reader worker (`file-reader.ts`, `file-session.ts`); the store keeps the preview rows.
 */
import { create } from 'zustand';
import type { ExportBundle } from '../domain/exchange/build-export';
import { buildExport, serializeExport } from '../domain/exchange/build-export';
import type { ImportError } from '../domain/exchange/import-errors';
import type { ParsedFile } from '../domain/exchange/parse-import';
import type { ConflictDecision, ImportDecisions, ImportPreviewRow, ImportSummary } from '../domain/exchange/plan-import';
import { DEFAULT_DECISIONS, idsNeeded } from '../domain/exchange/plan-import';
import type { ScoreCsvRow, ScoresCsvOptions } from '../domain/exchange/scores-csv';
import { scoresToCsv } from '../domain/exchange/scores-csv';
import { getInstrument, getWeightProfile } from '../domain/instrument/registry';
import type { RegionCatalog } from '../domain/regions/parse-catalog';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import { StorageError } from '../storage/errors';
import type { ExchangeRepository } from '../storage/exchange-repo';
import { openExchangeRepository } from '../storage/exchange-repo';
import { sha256Hex } from '../lib/sha256';
import type { StorageErrorKind } from './app-status-store';
import { useAppStatusStore } from './app-status-store';
import { useAssessmentListStore } from './assessment-list-store';
import { useAssessmentStore } from './assessment-store';
import { useBackupStore } from './backup-store';
import { useRegionsStore } from './regions-store';
import type { ExchangeRead, PickedFile, ReadProgress } from './file-reader';
import { readExchangeFile } from './file-reader';
import { reportFailure } from './storage-failure';

export type { PickedFile };
export { PREVIEW_PAGE } from '../domain/exchange/plan-import';

let exchangeRepo: Promise<ExchangeRepository> | null = null;

function getExchangeRepository(): Promise<ExchangeRepository> {
  if (!exchangeRepo) {
    exchangeRepo = openExchangeRepository({ onVersionChange: () => useAppStatusStore.getState().setVersionChange() });
    exchangeRepo.catch(() => {
      exchangeRepo = null;
    });
  }
  return exchangeRepo;
}

/** Tests inject a repository (e.g. on a fresh fake-indexeddb database).
 * @internal Test seam: unit tests inject a fake here.
 */
export function setExchangeRepository(next: Promise<ExchangeRepository> | null): void {
  exchangeRepo = next;
}

async function regionCatalog(): Promise<RegionCatalog> {
  await useRegionsStore.getState().load();
  const catalog = useRegionsStore.getState().catalog;
  if (!catalog) throw new Error('The region list could not be loaded.');
  return catalog;
}

/** An export ready to download. */
export interface ExportFile {
  readonly text: string;
  readonly count: number;
}

export type ExportSelection = readonly string[] | 'all';
export type ImportPhase = 'idle' | 'reading' | 'preview' | 'applying' | 'done' | 'error';

interface ExchangeState {
  readonly phase: ImportPhase;
  readonly fileName: string | null;
  readonly errors: readonly ImportError[];
  /** Errors found beyond those listed. */
  readonly omitted: number;
  readonly file: ParsedFile | null;
  /**
   * The preview rows fetched so far (a page at a time, `showMoreRows`) and the counts of all of
   * them; the assessments themselves stay in the file reader worker until "Impor".
   */
  readonly plan: { readonly rows: readonly ImportPreviewRow[]; readonly total: number; readonly conflicts: number } | null;
  readonly decisions: ImportDecisions;
  readonly summary: ImportSummary | null;
  /** Why the last write failed (the preview stays so the user can retry). */
  readonly applyError: StorageErrorKind | null;
  /** Where the reading of the file (phase 'reading') or the writing (phase 'applying') is. */
  readonly progress: ReadProgress | null;
  readFile(file: PickedFile): Promise<void>;
  /** Stops reading the file (nothing has been written yet); back to idle. */
  cancelRead(): void;
  /** Fetches the next page of preview rows from the file reader. */
  showMoreRows(): Promise<void>;
  decide(key: string, decision: ConflictDecision): void;
  decideAll(decision: ConflictDecision): void;
  applyImport(ids: { newId: () => string; now: string }): Promise<boolean>;
  resetImport(): void;
  /** The JSON file for the selection; exporting everything also records the backup time. */
  exportJson(selection: ExportSelection, meta: { now: string; appVersion: string }): Promise<ExportFile | null>;
  exportCsv(selection: ExportSelection, options: ScoresCsvOptions): Promise<ExportFile | null>;
}

const IDLE = {
  phase: 'idle', fileName: null, errors: [], omitted: 0, file: null, plan: null, decisions: DEFAULT_DECISIONS, summary: null, applyError: null, progress: null,
} as const satisfies Partial<ExchangeState>;

async function readBundles(selection: ExportSelection): Promise<ExportBundle[]> {
  const repo = await getExchangeRepository();
  return selection === 'all' ? repo.readAll() : repo.getMany(selection);
}

function csvRows(bundles: readonly ExportBundle[], catalog: RegionCatalog): ScoreCsvRow[] {
  return bundles.flatMap(({ assessment: a, answers }) => {
    const instrument = getInstrument(a.instrumentVersion);
    const weights = getWeightProfile(a.weightProfileId);
    if (!instrument || !weights) return [];
    const region = catalog.byCode.get(a.regionCode);
    const provinceCode = region?.provinceCode ?? a.regionCode.slice(0, 2);
    return [{
      regionCode: a.regionCode, regionName: region?.name ?? a.regionCode, provinceCode,
      provinceName: catalog.provinceByCode.get(provinceCode)?.name ?? '', period: a.period, status: a.status,
      instrumentVersion: a.instrumentVersion, weightProfileId: a.weightProfileId, score: scoreAssessment(instrument, weights, answers),
    }];
  }).sort((x, y) => (x.regionCode < y.regionCode ? -1 : x.regionCode > y.regionCode ? 1 : x.period - y.period));
}

type Set = (partial: Partial<ExchangeState>) => void;
type Get = () => ExchangeState;

/**
 * The read under way or previewed, so `cancelRead` can stop it (and its late progress or result is
 * ignored) and `applyImport` can hand it the decisions.
 */
let currentRead: { read?: ExchangeRead } | null = null;

async function readFileAction(set: Set, file: PickedFile): Promise<void> {
  currentRead?.read?.cancel();
  const mine: { read?: ExchangeRead } = {};
  currentRead = mine;
  set({ ...IDLE, phase: 'reading', fileName: file.name });
  const refuse = (errors: readonly ImportError[], omitted = 0) => set({ phase: 'error', errors, omitted, progress: null });
  try {
    const catalog = await regionCatalog();
    if (currentRead !== mine) return;
    const read = readExchangeFile(file, catalog, getExchangeRepository, (progress) => {
      if (currentRead === mine) set({ progress });
    });
    mine.read = read;
    const result = await read.result;
    if (currentRead !== mine || result === null) return;
    if (!result.ok) {
      currentRead = null;
      return refuse(result.errors, result.omitted);
    }
    const { rows, total, conflicts } = result;
    set({ phase: 'preview', file: result.file, plan: { rows, total, conflicts }, progress: null });
  } catch (e) {
    if (currentRead === mine) currentRead = null;
    set({ phase: 'idle', fileName: null, progress: null, applyError: reportFailure(e) });
  }
}

async function showMoreRowsAction(set: Set, get: Get): Promise<void> {
  const { plan } = get();
  const read = currentRead?.read;
  if (!plan || !read || plan.rows.length >= plan.total) return;
  const more = await read.rows(plan.rows.length);
  // Ignore a late answer for another file, or a second request for the same page.
  if (get().plan !== plan || currentRead?.read !== read) return;
  set({ plan: { ...plan, rows: [...plan.rows, ...more] } });
}

function cancelReadAction(set: Set): void {
  currentRead?.read?.cancel();
  currentRead = null;
  set({ ...IDLE });
}

async function applyImportAction(set: Set, get: Get, ids: { newId: () => string; now: string }): Promise<boolean> {
  const { plan, decisions } = get();
  const read = currentRead?.read;
  if (!plan || !read || get().phase !== 'preview') return false;
  set({ phase: 'applying', applyError: null, progress: { step: 'saving', done: 0, total: plan.total } });
  try {
    const newIds = Array.from({ length: idsNeeded(decisions, plan.conflicts) }, ids.newId);
    const response = await read.apply({ decisions, ids: newIds, now: ids.now }, (progress) => set({ progress }));
    if (!response.ok) throw new StorageError(response.kind, response.message);
    read.cancel();
    if (currentRead?.read === read) currentRead = null;
    const { summary } = response;
    if (summary.added + summary.replaced + summary.keptBoth > 0) useBackupStore.getState().markImported(ids.now);
    // A questionnaire loaded earlier may show an assessment that was just replaced.
    useAssessmentStore.getState().reset();
    set({ phase: 'done', summary, progress: null });
    await useAssessmentListStore.getState().refresh();
    return true;
  } catch (e) {
    set({ phase: 'preview', progress: null, applyError: reportFailure(e) });
    return false;
  }
}

async function exportJsonAction(selection: ExportSelection, meta: { now: string; appVersion: string }): Promise<ExportFile | null> {
  try {
    const [bundles, catalog] = await Promise.all([readBundles(selection), regionCatalog()]);
    // A full backup also carries the studi-banding workspace (docs/exchange-format.md).
    const visitWorkspace = selection === 'all' ? await (await getExchangeRepository()).readVisitWorkspace() : undefined;
    const envelope = await buildExport({
      bundles, catalog, appName: 'Siap Cerdas', appVersion: meta.appVersion, exportedAt: meta.now, sha256Hex, ...(visitWorkspace ? { visitWorkspace } : {}),
    });
    if (selection === 'all') useBackupStore.getState().markBackedUp(meta.now);
    return { text: serializeExport(envelope), count: bundles.length };
  } catch (e) {
    reportFailure(e);
    return null;
  }
}

async function exportCsvAction(selection: ExportSelection, options: ScoresCsvOptions): Promise<ExportFile | null> {
  try {
    const [bundles, catalog] = await Promise.all([readBundles(selection), regionCatalog()]);
    const rows = csvRows(bundles, catalog);
    return { text: scoresToCsv(rows, options), count: rows.length };
  } catch (e) {
    reportFailure(e);
    return null;
  }
}

export const useExchangeStore = create<ExchangeState>()((set, get) => ({
  ...IDLE,
  readFile: (file) => readFileAction(set, file),
  cancelRead: () => cancelReadAction(set),
  showMoreRows: () => showMoreRowsAction(set, get),
  decide: (key, decision) => set({ decisions: { ...get().decisions, byKey: { ...get().decisions.byKey, [key]: decision } } }),
  decideAll: (decision) => set({ decisions: { all: decision, byKey: {} } }),
  applyImport: (ids) => applyImportAction(set, get, ids),
  resetImport: () => cancelReadAction(set),
  exportJson: exportJsonAction,
  exportCsv: exportCsvAction,
}));
