/**
 * IndexedDB schema and connection (layer 1 of persistence versioning: stores and indexes).
 * Internal to `storage/`: the repositories (`assessment-repo.ts`, `exchange-repo.ts`, `bulk-read.ts`)
 * open the database through `openDb()`.
 * Record shapes are versioned separately (layer 2), see `migrations/` and README.md.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Answer, Assessment } from '../domain/assessment/types';
import type { ScoreSummary } from '../domain/benchmark/types';
import type { AssessmentPlan } from '../domain/planning/types';
import type { VisitEntry } from '../domain/visit/workspace';
import { StorageError, toStorageError } from './errors';
import { upgradeDb } from './upgrades';

/** Persisted name: never rename (a new name is a new, empty database). */
export const DB_NAME = 'siap-cerdas';

/**
 * Bump only when stores or indexes change, and add an `if (oldVersion < N)` step in
 * `upgrades.ts` plus a seeded-old-version test in `db.test.ts`. Record shape changes do NOT
 * bump this: they are record migrations (`migrations/`).
 */
export const DB_VERSION = 3;

/** Persisted names: never rename without a DB upgrade step (`upgrades.ts`) that moves the data. */
export const STORES = {
  assessments: 'assessments',
  /** One record per answer saved on this device (the overlay over `answerSets`, see README). */
  answers: 'answers',
  /** One record per assessment holding the answers it was created or imported with (DB v2). */
  answerSets: 'answerSets',
  /** Answer counts per assessment, kept by every write, so `list()` reads no answers (DB v2). */
  summaries: 'summaries',
  /** One `AssessmentPlan` per assessment (DB v2). */
  plans: 'plans',
  /** The studi-banding workspace: one record per package, export draft and visit record (DB v3). */
  visitWorkspace: 'visitWorkspace',
} as const;

/** An assessment as stored: the domain object plus its record schema version. */
export type StoredAssessment = Assessment & { readonly schemaVersion: number };

/** An answer as stored: keyed by `[assessmentId, indicatorId]`. */
export type StoredAnswer = Answer & { readonly assessmentId: string; readonly schemaVersion: number };

/**
 * The answers an assessment was created or imported with, in one record (one request instead of
 * 72). Answers saved later are per-answer records in `answers`, which win over an entry of the
 * same indicator. Each entry is an answer record without `assessmentId` (the set's key) and
 * `schemaVersion` (`answerSchemaVersion`, the answer record version of every entry);
 * `schemaVersion` is the version of the set record's own shape.
 */
export interface StoredAnswerSet {
  readonly assessmentId: string;
  readonly answerSchemaVersion: number;
  readonly answers: readonly Answer[];
  readonly schemaVersion: number;
}

/** Counts over the assessment's effective answers (set entries overlaid by answer records). */
export interface StoredSummary {
  readonly assessmentId: string;
  /** Answers whose level is 0–5. */
  readonly answeredCount: number;
  /** Answers marked 'NA'. */
  readonly naCount: number;
  /** The score summary cached with the counts (summary record v2), null when none (README "Score summaries"). */
  readonly score: StoredScore | null;
  readonly schemaVersion: number;
}

/** A cached score summary: valid only while all four keys equal the assessment's and `SCORING_VERSION`. */
export interface StoredScore {
  readonly updatedAt: string;
  readonly scoringVersion: number;
  readonly instrumentVersion: string;
  readonly weightProfileId: string;
  readonly summary: ScoreSummary;
}

/** A plan as stored: the domain object plus its record schema version. */
export type StoredPlan = AssessmentPlan & { readonly schemaVersion: number };

/** One entry of the studi-banding workspace as stored, keyed by `[kind, id]`. */
export type StoredVisitEntry = VisitEntry & { readonly schemaVersion: number };

export interface SiapCerdasDB extends DBSchema {
  assessments: {
    key: string;
    value: StoredAssessment;
    indexes: {
      'by-updatedAt': string;
      'by-region-period': [string, number];
    };
  };
  answers: {
    key: [assessmentId: string, indicatorId: string];
    value: StoredAnswer;
    indexes: { 'by-assessment': string };
  };
  answerSets: {
    key: string;
    value: StoredAnswerSet;
  };
  summaries: {
    key: string;
    value: StoredSummary;
  };
  plans: {
    key: string;
    value: StoredPlan;
  };
  visitWorkspace: {
    key: [kind: VisitEntry['kind'], id: string];
    value: StoredVisitEntry;
  };
}

export type SiapCerdasDatabase = IDBPDatabase<SiapCerdasDB>;

export interface OpenDbOptions {
  /** Defaults to `DB_NAME`; tests pass a unique name per test. */
  readonly dbName?: string;
  /** Defaults to `DB_VERSION`. Only tests pass another value (to provoke `blocked`). */
  readonly version?: number;
  /**
   * Another tab wants to upgrade the database: this connection has already been closed; the
   * app should ask the user to reload.
   */
  readonly onVersionChange?: () => void;
  /** The browser closed the connection abnormally (e.g. site data cleared). */
  readonly onTerminated?: () => void;
  /**
   * The browser reports that it discarded the database's data (`dataLoss: 'total'` on the
   * upgrade event; Chromium does so when it found the backing store corrupt, e.g. after a crash).
   */
  readonly onDataLoss?: () => void;
}

/**
 * Opens (creating or upgrading as needed) the app database.
 * Rejects with `StorageError`: `unavailable` when IndexedDB is missing or refuses to open,
 * `blocked` when a connection in another tab keeps an older version open, `too_new` when the
 * database on disk was written by a newer app version.
 */
export function openDb(options: OpenDbOptions = {}): Promise<SiapCerdasDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available in this browser.'));
  }
  const name = options.dbName ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  let isBlocked = false;
  let connection: SiapCerdasDatabase | undefined;
  return new Promise<SiapCerdasDatabase>((resolve, reject) => {
    openDB<SiapCerdasDB>(name, version, {
      upgrade(db, oldVersion, _newVersion, transaction, event) {
        // `dataLoss` is not in every browser's event (nor in TypeScript's DOM types).
        if ((event as IDBVersionChangeEvent & { dataLoss?: string }).dataLoss === 'total') options.onDataLoss?.();
        upgradeDb(db, oldVersion, transaction);
      },
      blocked(currentVersion, blockedVersion) {
        isBlocked = true;
        reject(new StorageError(
          'blocked',
          `Database "${name}" v${currentVersion} is open in another tab; close it to upgrade to v${String(blockedVersion)}.`,
        ));
      },
      blocking() {
        connection?.close();
        options.onVersionChange?.();
      },
      terminated() {
        options.onTerminated?.();
      },
    }).then(
      (db) => {
        // The open request outlives a `blocked` rejection and may succeed later: nobody holds
        // this connection then, so close it rather than block the next upgrade ourselves.
        if (isBlocked) {
          db.close();
          return;
        }
        connection = db;
        resolve(db);
      },
      (e: unknown) => reject(toStorageError(e)),
    );
  });
}
