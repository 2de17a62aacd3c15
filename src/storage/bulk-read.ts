/**
 * Bulk read of every assessment (and, on request, its answers) in ONE readonly transaction, for
 * views over all data on the device (benchmarking). `repository.list()` followed by `get(id)` per
 * assessment costs one readwrite transaction per assessment (2,570 stored assessments: ≈ 10 s in
 * Chromium on a 2-core machine); this is one transaction with one request per 150 assessments
 * (≈ 3 s for the same 185,040 answer records; see docs/benchmarking.md).
 *
 * Records are migrated in memory (`records.ts`) but not written back (readonly: it never blocks
 * writers); the repository writes migrated records back when it next reads them. A record that
 * cannot be read (too new, malformed) is skipped and counted rather than failing the whole read.
 */
import type { Answer, AnswerMap, Assessment } from '../domain/assessment/types';
import { openDb, STORES } from './db';
import type { StoredAnswer } from './db';
import { readAnswer, readAssessment, toAnswer, toAssessment } from './records';
import { runTx } from './transaction';

export interface BulkAssessment {
  readonly assessment: Assessment;
  /** Its answers, or null when the caller did not ask for them (`needsAnswers` returned false). */
  readonly answers: AnswerMap | null;
}

export interface BulkReadResult {
  readonly items: readonly BulkAssessment[];
  /** Assessments skipped because they (or one of their answers) could not be read. */
  readonly unreadable: number;
}

export interface BulkReadOptions {
  /** Defaults to `DB_NAME`. */
  readonly dbName?: string;
  /**
   * Which assessments need their answers (default: all). Callers that cache scores by
   * `updatedAt` ask only for changed ones, so a repeat read touches few answer records.
   */
  readonly needsAnswers?: (assessment: Assessment) => boolean;
}

/** Above this many assessments needing answers, read answer key ranges instead of one index query each. */
const RANGE_THRESHOLD = 32;
/**
 * Assessments per answer request on the range path (≈ 10,800 answer records). Each request's
 * result is deserialised and processed in its own task, so a national-scale read never blocks
 * the main thread for the whole 185,040 records at once.
 */
const ASSESSMENTS_PER_REQUEST = 150;

function readAssessments(raws: readonly unknown[]): { assessments: Assessment[]; unreadable: number } {
  const assessments: Assessment[] = [];
  let unreadable = 0;
  for (const raw of raws) {
    try {
      assessments.push(toAssessment(readAssessment(raw).record));
    } catch {
      unreadable += 1;
    }
  }
  return { assessments, unreadable };
}

function assessmentIdOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['assessmentId'] : undefined;
}

/** Collects answers by assessment id; ids with an unreadable answer land in `broken`. */
class AnswerCollector {
  readonly byAssessment = new Map<string, Record<string, Answer>>();
  readonly broken = new Set<string>();

  constructor(private readonly wanted: ReadonlySet<string>) {}

  add(raws: readonly unknown[]): void {
    for (const raw of raws) {
      const id = assessmentIdOf(raw);
      if (typeof id !== 'string' || !this.wanted.has(id)) continue;
      let record: StoredAnswer;
      try {
        record = readAnswer(raw).record;
      } catch {
        this.broken.add(id);
        continue;
      }
      const map = this.byAssessment.get(id) ?? {};
      map[record.indicatorId] = toAnswer(record);
      this.byAssessment.set(id, map);
    }
  }
}

/** Key ranges of the answers store (`[assessmentId, indicatorId]`) covering `ids` in chunks. */
function answerRanges(ids: readonly string[]): IDBKeyRange[] {
  const sorted = [...ids].sort();
  const ranges: IDBKeyRange[] = [];
  for (let i = 0; i < sorted.length; i += ASSESSMENTS_PER_REQUEST) {
    const first = sorted[i] ?? '';
    const last = sorted[Math.min(i + ASSESSMENTS_PER_REQUEST, sorted.length) - 1] ?? first;
    // [id] sorts before every [id, indicatorId]; [id, []] after them (arrays sort after strings).
    ranges.push(IDBKeyRange.bound([first], [last, []]));
  }
  return ranges;
}

/**
 * Reads every assessment on the device and, for those `needsAnswers` selects, their answers, in
 * one readonly transaction on its own short-lived connection (closed before returning).
 * Rejects with `StorageError` when the database cannot be opened or read.
 */
export async function readAllAssessments(options: BulkReadOptions = {}): Promise<BulkReadResult> {
  const db = await openDb(options.dbName !== undefined ? { dbName: options.dbName } : {});
  try {
    return await runTx(db, [STORES.assessments, STORES.answers], 'readonly', async (tx) => {
      const read = readAssessments(await tx.objectStore(STORES.assessments).getAll());
      const needs = options.needsAnswers ?? (() => true);
      const wanted = new Set(read.assessments.filter(needs).map((a) => a.id));
      const answerStore = tx.objectStore(STORES.answers);
      const collector = new AnswerCollector(wanted);
      // Each request is processed when it arrives (its own task), not all at the end.
      const requests =
        wanted.size > RANGE_THRESHOLD
          ? answerRanges([...wanted]).map((range) => answerStore.getAll(range))
          : [...wanted].map((id) => answerStore.index('by-assessment').getAll(id));
      await Promise.all(requests.map((request) => request.then((raws) => collector.add(raws))));
      const { byAssessment, broken } = collector;
      const items: BulkAssessment[] = [];
      for (const assessment of read.assessments) {
        if (broken.has(assessment.id)) continue;
        const answers = wanted.has(assessment.id) ? (byAssessment.get(assessment.id) ?? {}) : null;
        items.push({ assessment, answers });
      }
      return { items, unreadable: read.unreadable + broken.size };
    });
  } finally {
    db.close();
  }
}
