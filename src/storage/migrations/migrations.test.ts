import { describe, expect, it } from 'vitest';
import {
  ANSWER_MIGRATIONS,
  ANSWER_SCHEMA_VERSION,
  ANSWER_SET_MIGRATIONS,
  ANSWER_SET_SCHEMA_VERSION,
  ASSESSMENT_MIGRATIONS,
  ASSESSMENT_SCHEMA_VERSION,
  migrateAnswerRecord,
  migrateAnswerSetRecord,
  migrateAssessmentRecord,
  migratePlanRecord,
  migrateSummaryRecord,
  PLAN_MIGRATIONS,
  PLAN_SCHEMA_VERSION,
  SUMMARY_MIGRATIONS,
  SUMMARY_SCHEMA_VERSION,
  validateMigrations,
  type RecordMigration,
  type UnknownRecord,
} from '.';
import { defineMigrationSequence, migrateRecord } from './migrate';

/**
 * One case per registered migration: `before` is a record at `version - 1`, `after` what `up`
 * must return. Add a case with every new migration; the guard test at the end fails otherwise.
 */
interface MigrationCase {
  readonly id: string;
  readonly before: UnknownRecord;
  readonly after: UnknownRecord;
}
const ASSESSMENT_CASES: readonly MigrationCase[] = [];
const ANSWER_CASES: readonly MigrationCase[] = [];
const v1Roadmap = { startYear: 2027, horizon: 5, elements: { 'GOV.1': { mode: 'final', finalTarget: 3, yearly: [2.2, 2.4, 2.6, 2.8, 3] } } };
const PLAN_CASES: readonly MigrationCase[] = [
  {
    // A version-1 roadmap did not record its baseline: null ("not recorded"), every target kept.
    id: 'RecordRoadmapBaseline',
    before: { assessmentId: 'a-1', roadmap: v1Roadmap, quickWins: [], assignments: {}, workPackages: [], updatedAt: 'u', schemaVersion: 1 },
    after: { assessmentId: 'a-1', roadmap: { ...v1Roadmap, baseline: null }, quickWins: [], assignments: {}, workPackages: [], updatedAt: 'u', schemaVersion: 1 },
  },
  {
    // Quick wins become actions flagged quickWin (one list), each keeping everything it had.
    id: 'QuickWinsBecomeActions',
    before: {
      assessmentId: 'a-1', assignments: {}, workPackages: [], updatedAt: 'u', schemaVersion: 2,
      quickWins: [
        { elementId: 'GOV.1', ownerOpd: 'Diskominfo', dueDate: '2027-06-30', note: 'Perwal SPBE', chosenAt: '2026-03-01T02:00:00.000Z' },
        { elementId: 'LIV.2', ownerOpd: 'Dinas Kesehatan', dueDate: '2028-01-15', chosenAt: '2026-03-02T02:00:00.000Z' },
      ],
    },
    after: {
      assessmentId: 'a-1', assignments: {}, workPackages: [], updatedAt: 'u', schemaVersion: 2,
      actions: [
        {
          id: 'qw-GOV.1', name: 'Quick win GOV.1', description: 'Perwal SPBE', opd: 'Diskominfo', supportingOpds: [], lifts: [{ elementId: 'GOV.1' }],
          startYear: 2027, endYear: 2027, statuses: [], quickWin: true, dueDate: '2027-06-30',
          createdAt: '2026-03-01T02:00:00.000Z', updatedAt: '2026-03-01T02:00:00.000Z',
        },
        {
          id: 'qw-LIV.2', name: 'Quick win LIV.2', opd: 'Dinas Kesehatan', supportingOpds: [], lifts: [{ elementId: 'LIV.2' }],
          startYear: 2028, endYear: 2028, statuses: [], quickWin: true, dueDate: '2028-01-15',
          createdAt: '2026-03-02T02:00:00.000Z', updatedAt: '2026-03-02T02:00:00.000Z',
        },
      ],
    },
  },
];
const ANSWER_SET_CASES: readonly MigrationCase[] = [];
const SUMMARY_CASES: readonly MigrationCase[] = [
  {
    // A version-1 summary caches no score: the benchmark view scores it from its answers.
    id: 'AddScoreCache',
    before: { assessmentId: 'a-1', answeredCount: 70, naCount: 2, schemaVersion: 1 },
    after: { assessmentId: 'a-1', answeredCount: 70, naCount: 2, score: null, schemaVersion: 1 },
  },
];

const assessmentV1 = {
  id: 'a-1',
  regionCode: '33.74',
  period: 2026,
  instrumentVersion: 'gmsc-2026.1',
  weightProfileId: 'equal',
  status: 'draft',
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
  schemaVersion: 1,
};
const answerV1 = { assessmentId: 'a-1', indicatorId: 'GOV.1.1', level: 2, evidence: [], schemaVersion: 1 };
const planV1 = { assessmentId: 'a-1', actions: [], assignments: {}, workPackages: [], updatedAt: '2026-01-10T08:00:00.000Z', schemaVersion: 3 };
const answerSetV1 = { assessmentId: 'a-1', answerSchemaVersion: 1, answers: [{ indicatorId: 'GOV.1.1', level: 2, evidence: [] }], schemaVersion: 1 };
const summaryV2 = { assessmentId: 'a-1', answeredCount: 1, naCount: 0, score: null, schemaVersion: 2 };
const cachedScore = {
  updatedAt: '2026-01-10T08:00:00.000Z', scoringVersion: 1, instrumentVersion: 'gmsc-2026.1', weightProfileId: 'equal-v1',
  summary: { index: 2.5, dimensions: { GOV: 2.5, BRD: 2, ECO: null, LIV: 3, SOC: 2.75, ENV: 2.5 }, elements: { 'GOV.1': 2.5, 'ECO.1': null }, isFinalEligible: false, coverage: 0.9 },
};

function migration(id: string, version: number): RecordMigration {
  return { id, version, up: (record) => record };
}

describe('validateMigrations', () => {
  it('accepts the registered lists', () => {
    for (const list of [ASSESSMENT_MIGRATIONS, ANSWER_MIGRATIONS, PLAN_MIGRATIONS, ANSWER_SET_MIGRATIONS, SUMMARY_MIGRATIONS]) {
      expect(() => validateMigrations(list)).not.toThrow();
    }
  });

  it('keeps each schema version equal to 1 + its number of migrations', () => {
    expect(ASSESSMENT_SCHEMA_VERSION).toBe(ASSESSMENT_MIGRATIONS.length + 1);
    expect(ANSWER_SCHEMA_VERSION).toBe(ANSWER_MIGRATIONS.length + 1);
    expect(PLAN_SCHEMA_VERSION).toBe(PLAN_MIGRATIONS.length + 1);
    expect(ANSWER_SET_SCHEMA_VERSION).toBe(ANSWER_SET_MIGRATIONS.length + 1);
    expect(SUMMARY_SCHEMA_VERSION).toBe(SUMMARY_MIGRATIONS.length + 1);
  });

  it('accepts 2, 3, 4', () => {
    expect(() => validateMigrations([migration('A', 2), migration('B', 3), migration('C', 4)])).not.toThrow();
  });

  it.each([
    ['a list starting at 1', [migration('A', 1)], /expected 2/],
    ['a list starting at 3', [migration('A', 3)], /expected 2/],
    ['a gap', [migration('A', 2), migration('B', 4)], /"B".*expected 3/],
    ['a repeated version', [migration('A', 2), migration('B', 2)], /"B".*expected 3/],
    ['out of order', [migration('A', 3), migration('B', 2)], /"A"/],
    ['a duplicate id', [migration('A', 2), migration('A', 3)], /Duplicate migration id "A"/],
    ['an empty id', [migration(' ', 2)], /empty id/],
  ])('rejects %s', (_label, list, message) => {
    expect(() => validateMigrations(list)).toThrow(message);
  });

  it('defineMigrationSequence rejects a current version that the list does not lead to', () => {
    expect(() =>
      defineMigrationSequence({ recordType: 't', currentVersion: 3, migrations: [migration('A', 2)], isValid: isTestRecord }),
    ).toThrow(/schema version is 3 but migrations lead to 2/);
  });
});

describe.each([
  ['assessment', migrateAssessmentRecord, assessmentV1],
  ['answer', migrateAnswerRecord, answerV1],
  ['plan', migratePlanRecord, planV1],
  ['answer set', migrateAnswerSetRecord, answerSetV1],
  ['summary', migrateSummaryRecord, summaryV2],
] as const)('%s records', (_type, migrate, current) => {
  it('reads a current record unchanged', () => {
    expect(migrate(current)).toEqual({ ok: true, record: current, changed: false });
  });

  it('treats a record without schemaVersion as version 1 and marks it for write-back', () => {
    const { schemaVersion: _schemaVersion, ...unversioned } = current;
    expect(migrate(unversioned)).toEqual({ ok: true, record: current, changed: true });
  });

  it('refuses a record newer than the code', () => {
    expect(migrate({ ...current, schemaVersion: 99 })).toEqual({
      ok: false,
      reason: 'too_new',
      recordVersion: 99,
      currentVersion: current.schemaVersion,
    });
  });

  it.each([null, 'text', [current], { ...current, schemaVersion: 0 }, { ...current, schemaVersion: '1' }, { ...current, schemaVersion: 1.5 }])(
    'refuses %j as invalid',
    (raw) => {
      expect(migrate(raw)).toMatchObject({ ok: false, reason: 'invalid' });
    },
  );

  it('refuses a record missing a required field as invalid', () => {
    const { indicatorId: _i, id: _id, assessmentId: _a, ...broken } = { indicatorId: '', id: '', assessmentId: '', ...current };
    expect(migrate(broken)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

const provenance = { opd: 'Dinas Kesehatan', packageId: 'wp-1', answeredAt: '2026-02-01T00:00:00.000Z', mergedAt: '2026-03-01T00:00:00.000Z' };
const workPackage = { packageId: 'wp-1', opd: 'Dinas Kesehatan', sourceAssessmentId: 'a-0', indicatorIds: ['LIV.1.1'], exportedAt: '2026-02-01T00:00:00.000Z' };

describe('optional issue-6 fields (no migration: absent on older records)', () => {
  it.each([
    ['an answer with provenance', migrateAnswerRecord, { ...answerV1, provenance }],
    ['an answer with provenance without answeredAt', migrateAnswerRecord, { ...answerV1, provenance: { opd: 'x', packageId: 'p', mergedAt: 'm' } }],
    ['an assessment opened from a work package', migrateAssessmentRecord, { ...assessmentV1, workPackage }],
  ] as const)('accepts %s', (_label, migrate, raw) => {
    expect(migrate(raw)).toEqual({ ok: true, record: raw, changed: false });
  });

  it.each([
    ['provenance without packageId', migrateAnswerRecord, { ...answerV1, provenance: { opd: 'x', mergedAt: 'm' } }],
    ['provenance with a numeric answeredAt', migrateAnswerRecord, { ...answerV1, provenance: { ...provenance, answeredAt: 1 } }],
    ['provenance that is a string', migrateAnswerRecord, { ...answerV1, provenance: 'Dinkes' }],
    ['provenance: undefined', migrateAnswerRecord, { ...answerV1, provenance: undefined }],
    ['a work package without indicator ids', migrateAssessmentRecord, { ...assessmentV1, workPackage: { ...workPackage, indicatorIds: undefined } }],
    ['a work package with a numeric indicator id', migrateAssessmentRecord, { ...assessmentV1, workPackage: { ...workPackage, indicatorIds: [1] } }],
    ['a work package without source', migrateAssessmentRecord, { ...assessmentV1, workPackage: { ...workPackage, sourceAssessmentId: null } }],
  ] as const)('refuses %s', (_label, migrate, raw) => {
    expect(migrate(raw)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

const ACTION = {
  id: 'act-1', name: 'Perwal SPBE', description: 'd', opd: 'Diskominfo', supportingOpds: ['Bappeda'],
  lifts: [{ elementId: 'GOV.1', indicatorIds: ['GOV.1.2'], raiseBy: 1 }, { elementId: 'GOV.2' }],
  startYear: 2027, endYear: 2028, budgetNote: 'APBD 2027', outputIndicator: 'Perwal terbit',
  statuses: [{ year: 2027, status: 'selesai', note: 'n', at: 'a' }], quickWin: false,
  source: { kind: 'studi-banding', hostName: 'Kota Cirebon', hostCode: '32.74', visitDate: '2019-03-25', elementId: 'GOV.1' },
  createdAt: 'c', updatedAt: 'u',
};

describe('plan, answer set and summary record shapes', () => {
  const roadmap = { startYear: 2027, horizon: 10, elements: { 'GOV.1': { mode: 'yearly', finalTarget: 3, yearly: [1, 2, 3] } }, baseline: null };
  const baseline = { scores: { 'GOV.1': 2.25, 'GOV.2': null }, decision: 'kept', at: '2026-03-01T08:00:00.000Z' };
  it.each([
    ['a plan with every field', migratePlanRecord, {
      ...planV1, roadmap: { ...roadmap, baseline }, actions: [ACTION],
      assignments: { 'GOV.1': 'Diskominfo' }, workPackages: [{ id: 'wp', opd: 'x', indicatorIds: [], exportedAt: 'e', mergedAt: 'm', exportedAnswers: { 'GOV.1.1': { indicatorId: 'GOV.1.1', level: 2, evidence: [] } } }],
    }],
    ['an empty answer set', migrateAnswerSetRecord, { ...answerSetV1, answers: [] }],
    ['a summary of nothing', migrateSummaryRecord, { ...summaryV2, answeredCount: 0 }],
    ['a summary with a cached score', migrateSummaryRecord, { ...summaryV2, score: cachedScore }],
  ] as const)('accepts %s', (_label, migrate, raw) => {
    expect(migrate(raw)).toMatchObject({ ok: true, changed: false });
  });

  it.each([
    ['a version-2 roadmap without baseline', migratePlanRecord, { ...planV1, roadmap: v1Roadmap }],
    ['a baseline with a text score', migratePlanRecord, { ...planV1, roadmap: { ...roadmap, baseline: { ...baseline, scores: { 'GOV.1': '2' } } } }],
    ['a baseline with an unknown decision', migratePlanRecord, { ...planV1, roadmap: { ...roadmap, baseline: { ...baseline, decision: 'maybe' } } }],
    ['a plan with horizon 7', migratePlanRecord, { ...planV1, roadmap: { ...roadmap, horizon: 7 } }],
    ['a plan with a fractional start year', migratePlanRecord, { ...planV1, roadmap: { ...roadmap, startYear: 2027.5 } }],
    ['a plan with an infinite target', migratePlanRecord, { ...planV1, roadmap: { ...roadmap, elements: { 'GOV.1': { mode: 'final', finalTarget: Infinity, yearly: [] } } } }],
    ['a plan with elements as an array', migratePlanRecord, { ...planV1, roadmap: { ...roadmap, elements: [] } }],
    ['a plan with a quick win note of 3', migratePlanRecord, { ...planV1, schemaVersion: 2, quickWins: [{ elementId: 'GOV.1', ownerOpd: 'o', dueDate: 'd', chosenAt: 'c', note: 3 }] }],
    ['an action without name', migratePlanRecord, { ...planV1, actions: [{ ...ACTION, name: undefined }] }],
    ['an action with an unknown status', migratePlanRecord, { ...planV1, actions: [{ ...ACTION, statuses: [{ year: 2027, status: 'maybe', at: 'a' }] }] }],
    ['an action with a fractional year', migratePlanRecord, { ...planV1, actions: [{ ...ACTION, endYear: 2028.5 }] }],
    ['an action with a source of another kind', migratePlanRecord, { ...planV1, actions: [{ ...ACTION, source: { ...ACTION.source, kind: 'hibah' } }] }],
    ['an action with a text raise', migratePlanRecord, { ...planV1, actions: [{ ...ACTION, lifts: [{ elementId: 'GOV.1', raiseBy: '1' }] }] }],
    ['a plan with assignments as an array', migratePlanRecord, { ...planV1, assignments: ['Diskominfo'] }],
    ['a plan without work packages', migratePlanRecord, { ...planV1, workPackages: undefined }],
    ['a plan without updatedAt', migratePlanRecord, { ...planV1, updatedAt: undefined }],
    ['an answer set without answers', migrateAnswerSetRecord, { ...answerSetV1, answers: undefined }],
    ['an answer set without answerSchemaVersion', migrateAnswerSetRecord, { ...answerSetV1, answerSchemaVersion: undefined }],
    ['a negative count', migrateSummaryRecord, { ...summaryV2, naCount: -1 }],
    ['a fractional count', migrateSummaryRecord, { ...summaryV2, answeredCount: 1.5 }],
    ['a version-2 summary without score', migrateSummaryRecord, { ...summaryV2, score: undefined }],
    ['a cached score without updatedAt', migrateSummaryRecord, { ...summaryV2, score: { ...cachedScore, updatedAt: undefined } }],
    ['a cached score with a text element score', migrateSummaryRecord, { ...summaryV2, score: { ...cachedScore, summary: { ...cachedScore.summary, elements: { 'GOV.1': '2.5' } } } }],
    ['a cached score without a dimension', migrateSummaryRecord, { ...summaryV2, score: { ...cachedScore, summary: { ...cachedScore.summary, dimensions: { GOV: 1 } } } }],
  ] as const)('refuses %s', (_label, migrate, raw) => {
    expect(migrate(raw)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('answer record shape', () => {
  it.each([
    ['an unknown level', { ...answerV1, level: 6 }],
    ['a non-array evidence', { ...answerV1, evidence: 'x' }],
    ['an unknown evidence kind', { ...answerV1, evidence: [{ id: 'e', kind: 'video', title: 't', reference: 'r' }] }],
    ['a non-string note', { ...answerV1, note: 3 }],
  ])('refuses %s', (_label, raw) => {
    expect(migrateAnswerRecord(raw)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([['NA', { ...answerV1, level: 'NA', naReason: 'tidak relevan' }], ['null', { ...answerV1, level: null }]])(
    'accepts level %s',
    (_label, raw) => {
      expect(migrateAnswerRecord(raw)).toMatchObject({ ok: true, changed: false });
    },
  );
});

// --- The machinery, exercised with a test-only sequence (version 1 → 3). ---

interface TestRecord {
  readonly name: string;
  readonly title: string;
  readonly schemaVersion: number;
}
function isTestRecord(record: UnknownRecord): record is TestRecord & UnknownRecord {
  return typeof record['name'] === 'string' && typeof record['title'] === 'string';
}
const applied: string[] = [];
const testSequence = defineMigrationSequence<TestRecord>({
  recordType: 'test',
  currentVersion: 3,
  migrations: [
    {
      id: 'AddTitle',
      version: 2,
      up: (record) => {
        applied.push('AddTitle');
        return { ...record, title: `title of ${String(record['name'])}` };
      },
    },
    {
      id: 'UppercaseTitle',
      version: 3,
      up: (record) => {
        applied.push('UppercaseTitle');
        return { ...record, title: String(record['title']).toUpperCase() };
      },
    },
  ],
  isValid: isTestRecord,
});

describe('migrateRecord machinery', () => {
  it('applies every step after the record version, in order', () => {
    applied.length = 0;
    const raw = Object.freeze({ name: 'x', schemaVersion: 1 });

    expect(migrateRecord(raw, testSequence)).toEqual({
      ok: true,
      record: { name: 'x', title: 'TITLE OF X', schemaVersion: 3 },
      changed: true,
    });
    expect(applied).toEqual(['AddTitle', 'UppercaseTitle']);
    expect(raw).toEqual({ name: 'x', schemaVersion: 1 });
  });

  it('applies only the missing steps to an intermediate version', () => {
    applied.length = 0;
    expect(migrateRecord({ name: 'x', title: 'kept', schemaVersion: 2 }, testSequence)).toEqual({
      ok: true,
      record: { name: 'x', title: 'KEPT', schemaVersion: 3 },
      changed: true,
    });
    expect(applied).toEqual(['UppercaseTitle']);
  });

  it('runs no step on a current record and reports it unchanged', () => {
    applied.length = 0;
    expect(migrateRecord({ name: 'x', title: 't', schemaVersion: 3 }, testSequence)).toMatchObject({ ok: true, changed: false });
    expect(applied).toEqual([]);
  });

  it('refuses a record newer than the sequence', () => {
    expect(migrateRecord({ name: 'x', title: 't', schemaVersion: 4 }, testSequence)).toEqual({
      ok: false,
      reason: 'too_new',
      recordVersion: 4,
      currentVersion: 3,
    });
  });

  it('reports a throwing step or an invalid result as invalid', () => {
    const throwing = defineMigrationSequence<TestRecord>({
      recordType: 'test',
      currentVersion: 2,
      migrations: [{ id: 'Explode', version: 2, up: () => { throw new Error('boom'); } }],
      isValid: isTestRecord,
    });
    expect(migrateRecord({ name: 'x', schemaVersion: 1 }, throwing)).toMatchObject({ ok: false, reason: 'invalid', detail: /boom/ });
    expect(migrateRecord({ title: 'no name', schemaVersion: 3 }, testSequence)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

// --- One test per registered migration, then the guard (tldraw migrations.test.ts). ---

describe.each([
  ['assessment', ASSESSMENT_MIGRATIONS, ASSESSMENT_CASES],
  ['answer', ANSWER_MIGRATIONS, ANSWER_CASES],
  ['plan', PLAN_MIGRATIONS, PLAN_CASES],
  ['answer set', ANSWER_SET_MIGRATIONS, ANSWER_SET_CASES],
  ['summary', SUMMARY_MIGRATIONS, SUMMARY_CASES],
] as const)('registered %s migrations', (_type, migrations, cases) => {
  for (const testCase of cases) {
    it(`${testCase.id} migrates up`, () => {
      const step = migrations.find((m) => m.id === testCase.id);
      expect(step, `no registered migration ${testCase.id}`).toBeDefined();
      expect(step?.up(testCase.before)).toEqual(testCase.after);
    });
  }

  it('every registered migration has a test case (guard)', () => {
    expect(cases.map((c) => c.id)).toEqual(migrations.map((m) => m.id));
  });
});
