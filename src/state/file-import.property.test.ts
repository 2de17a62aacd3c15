/**
 * Property-based: every mutation of a valid exchange file or work package is either accepted and
 * round-trips exactly, or refused with a code the docs list; never a throw, never a partial
 * write (an exchange file goes through the import flow into fake-indexeddb). Bounded here;
 * `PROPERTY_RUNS=5000 npx vitest run src/state/file-import.property.test.ts` runs more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer } from '../domain/assessment/types';
import { buildExport, serializeExport } from '../domain/exchange/build-export';
import { makeBundle, nodeSha256Hex, testCatalog } from '../domain/exchange/exchange-test-data';
import type { ParseResult } from '../domain/exchange/parse-import';
import type { ImportedBundle } from '../domain/exchange/restore';
import { readFileText } from '../domain/files/read-file';
import type { ParseWorkPackageResult } from '../domain/planning/work-package-file';
import { serializeWorkPackage } from '../domain/planning/work-package-write';
import { outgoing } from '../domain/planning/work-package-test-data';
import { openExchangeRepository } from '../storage/exchange-repo';
import { openAssessmentRepository } from '../storage/assessment-repo';
import { mutateFile, mutationArb, propertyRuns } from '../test/file-mutations';
import { setExchangeRepository, useExchangeStore } from './exchange-store';
import { setRepository } from './repository';

/** The codes in the refusal table of a format doc (rows such as "| `too_deep` | …"). */
function documentedCodes(doc: string): Set<string> {
  const text = readFileSync(join(process.cwd(), 'docs', doc), 'utf8');
  const from = text.indexOf('## Refusals');
  const section = text.slice(from, text.indexOf('\n## ', from + 1));
  return new Set([...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1] ?? ''));
}

const tally = { exchange: { tried: 0, accepted: 0, refused: 0 }, workPackage: { tried: 0, accepted: 0, refused: 0 } };
afterAll(() => {
  const line = (name: string, t: typeof tally.exchange) => `${name}: ${t.tried} tried, ${t.accepted} accepted, ${t.refused} refused`;
  console.log(`fast-check closing figure — ${line('exchange files', tally.exchange)}; ${line('work packages', tally.workPackage)}`);
});

/** A bundle with its answers as a list sorted by indicator (stores and files key them differently). */
function comparable(b: { assessment: unknown; answers: Readonly<Record<string, Answer>> | readonly Answer[]; plan?: unknown }) {
  const answers = (Array.isArray(b.answers) ? b.answers : Object.values(b.answers)) as Answer[];
  return { assessment: b.assessment, answers: [...answers].sort((x, y) => x.indicatorId.localeCompare(y.indicatorId)), plan: b.plan ?? null };
}

const catalog = testCatalog();
let dbCount = 0;

async function readExchange(text: string): Promise<ParseResult> {
  const response = await readFileText({ kind: 'exchange', text, catalog }, nodeSha256Hex);
  if (response.kind !== 'exchange') throw new Error('read as another kind');
  return response.result;
}

async function readPackage(text: string): Promise<ParseWorkPackageResult> {
  const response = await readFileText({ kind: 'workPackage', text }, nodeSha256Hex);
  if (response.kind !== 'workPackage') throw new Error('read as another kind');
  return response.result;
}

async function validExchangeText(): Promise<string> {
  const bundles = [makeBundle({ id: 'a-1', period: 2025 }), makeBundle({ id: 'a-2', period: 2026 })];
  return serializeExport(await buildExport({ bundles, catalog, appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: '2026-11-22T03:00:00.000Z', sha256Hex: nodeSha256Hex }));
}

describe('every mutated file is accepted exactly or refused cleanly', () => {
  it('exchange files, through the import into IndexedDB', { timeout: 120_000 }, async () => {
    const codes = documentedCodes('exchange-format.md');
    const valid = await validExchangeText();
    await fc.assert(
      fc.asyncProperty(mutationArb, async (m) => {
        tally.exchange.tried++;
        const text = await mutateFile(valid, m, nodeSha256Hex);
        const result = await readExchange(text);
        const dbName = `property-${++dbCount}`;
        const repo = await openAssessmentRepository({ dbName });
        await repo.create(makeBundle({ id: 'seed', regionCode: '11.01', period: 2020 }).assessment);
        setRepository(Promise.resolve(repo));
        const exchange = openExchangeRepository({ dbName });
        setExchangeRepository(exchange);
        const before = await (await exchange).readAll();
        await useExchangeStore.getState().readFile({ name: 'x.json', size: text.length, text: async () => text });
        const state = useExchangeStore.getState();
        if (!result.ok) {
          tally.exchange.refused++;
          for (const e of result.errors) expect(codes, `undocumented code ${e.code}`).toContain(e.code);
          expect(state.phase).toBe('error');
          expect(await (await exchange).readAll()).toEqual(before);
          return;
        }
        tally.exchange.accepted++;
        // Round trip: writing the accepted bundles again and reading them gives the same bundles.
        const again = await readExchange(serializeExport(await buildExport({
          bundles: result.bundles.map((b) => ({ ...b, answers: Object.fromEntries(b.answers.map((a) => [a.indicatorId, a])) })), catalog, appName: 'Siap Cerdas', appVersion: '0.1.0', exportedAt: '2026-11-22T03:00:00.000Z', sha256Hex: nodeSha256Hex,
        })));
        // (The region name in a file is informational: the app writes the catalogue's.)
        const content = (bundles: readonly ImportedBundle[]) => bundles.map(({ regionNameInFile: _name, ...rest }) => rest);
        expect(again.ok && content(again.bundles)).toEqual(content(result.bundles));
        // The import stores exactly what was read (new assessments, nothing in conflict with the seed).
        expect(state.phase).toBe('preview');
        await state.applyImport({ newId: () => `copy-${dbCount}`, now: '2026-11-23T00:00:00.000Z' });
        const stored = await (await exchange).getMany(result.bundles.map((b) => b.assessment.id));
        expect(stored.map(comparable)).toEqual(result.bundles.map(comparable));
        expect(await (await exchange).getMany(['seed'])).toEqual(before.filter((b) => b.assessment.id === 'seed'));
        repo.close();
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('work packages', { timeout: 120_000 }, async () => {
    const codes = documentedCodes('work-package-format.md');
    const valid = await serializeWorkPackage(outgoing, nodeSha256Hex);
    await fc.assert(
      fc.asyncProperty(mutationArb, async (m) => {
        tally.workPackage.tried++;
        const text = await mutateFile(valid, m, nodeSha256Hex);
        const result = await readPackage(text);
        if (result.ok) {
          tally.workPackage.accepted++;
          const again = await readPackage(await serializeWorkPackage(result.pkg, nodeSha256Hex));
          expect(again.ok && again.pkg).toEqual(result.pkg);
          return;
        }
        tally.workPackage.refused++;
        for (const e of result.errors) {
          expect(codes, `undocumented code ${e.code}`).toContain(e.code);
          if (e.code === 'invalid') expect(codes, `undocumented rule ${e.reason}`).toContain(e.reason);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
