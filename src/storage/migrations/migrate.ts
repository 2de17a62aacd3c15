/**
 * Record-level migration machinery (layer 2 of persistence versioning), after tldraw
 * `packages/store/src/lib/migrate.ts`: every stored record carries `schemaVersion`; ordered,
 * intent-named `up` steps bring old records to the current shape on read. Version 1 is the
 * initial shape, so the first migration is version 2. A record newer than the code is refused.
 */

/** A stored record of any version, before validation. */
export type UnknownRecord = Readonly<Record<string, unknown>>;

export interface RecordMigration {
  /** Intent name, e.g. `AddRegionName`. Unique within its list. */
  readonly id: string;
  /** The schema version this step produces (its input is `version - 1`). */
  readonly version: number;
  /** Pure: returns a new record, never mutates its input. `schemaVersion` is set by the caller. */
  readonly up: (record: UnknownRecord) => UnknownRecord;
}

export interface MigrationSequence<T> {
  /** For messages, e.g. `assessment`. */
  readonly recordType: string;
  /** Latest schema version: 1 + number of migrations. */
  readonly currentVersion: number;
  readonly migrations: readonly RecordMigration[];
  /** Shape check of a record at `currentVersion` (run after migrating). */
  readonly isValid: (record: UnknownRecord) => record is T & UnknownRecord;
}

export type MigrationResult<T> =
  | { readonly ok: true; readonly record: T; readonly changed: boolean }
  | { readonly ok: false; readonly reason: 'too_new'; readonly recordVersion: number; readonly currentVersion: number }
  | { readonly ok: false; readonly reason: 'invalid'; readonly detail: string };

/**
 * Checks a migration list: versions start at 2 (1 is the initial shape) and increase by
 * exactly 1; ids are non-empty and unique. Throws an `Error` describing the first problem.
 */
export function validateMigrations(migrations: readonly RecordMigration[]): void {
  const seen = new Set<string>();
  migrations.forEach((m, i) => {
    const expected = i + 2;
    if (m.version !== expected) {
      throw new Error(`Migration "${m.id}" has version ${m.version}; expected ${expected} (versions start at 2 and increase by 1).`);
    }
    if (m.id.trim() === '') throw new Error(`Migration for version ${m.version} has an empty id.`);
    if (seen.has(m.id)) throw new Error(`Duplicate migration id "${m.id}".`);
    seen.add(m.id);
  });
}

/**
 * Builds a sequence after validating it, so a misnumbered list fails at import time (and in
 * every test), never on a user's device. Throws if `currentVersion` ≠ 1 + migrations.length.
 * Marked free of side effects so a bundle that never migrates a record type (the storage worker
 * reads no plans) drops that type's sequence, guard and migrations; where it is used it still runs
 * at import time.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMigrationSequence<T>(sequence: MigrationSequence<T>): MigrationSequence<T> {
  validateMigrations(sequence.migrations);
  const expected = sequence.migrations.length + 1;
  if (sequence.currentVersion !== expected) {
    throw new Error(`${sequence.recordType}: schema version is ${sequence.currentVersion} but migrations lead to ${expected}.`);
  }
  return sequence;
}

function isObject(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a raw stored record to `sequence.currentVersion`.
 * Returns `{ ok: true, record, changed }` (`changed` = the stored copy should be rewritten:
 * a step ran or `schemaVersion` was missing), or `{ ok: false, reason: 'too_new' }` for a
 * record written by newer code, or `{ ok: false, reason: 'invalid' }` for anything else that
 * cannot be read. A record without `schemaVersion` is treated as version 1. Never throws.
 */
export function migrateRecord<T>(raw: unknown, sequence: MigrationSequence<T>): MigrationResult<T> {
  if (!isObject(raw)) return { ok: false, reason: 'invalid', detail: `${sequence.recordType} is not an object` };
  const stored = raw['schemaVersion'];
  const version = stored === undefined ? 1 : stored;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', detail: `${sequence.recordType} has schemaVersion ${String(stored)}` };
  }
  if (version > sequence.currentVersion) {
    return { ok: false, reason: 'too_new', recordVersion: version, currentVersion: sequence.currentVersion };
  }
  let record: UnknownRecord = raw;
  try {
    for (const m of sequence.migrations) {
      if (m.version > version) record = { ...m.up(record), schemaVersion: m.version };
    }
  } catch (e) {
    return { ok: false, reason: 'invalid', detail: `${sequence.recordType} migration failed: ${String(e)}` };
  }
  record = { ...record, schemaVersion: sequence.currentVersion };
  if (!sequence.isValid(record)) {
    return { ok: false, reason: 'invalid', detail: `${sequence.recordType} does not match schema v${sequence.currentVersion}` };
  }
  return { ok: true, record, changed: version < sequence.currentVersion || stored === undefined };
}
