// @vitest-environment node
/**
 * The checked-in JSON Schema (docs/work-package-format.schema.json) must equal the one generated
 * from the zod schema, and the example in docs/work-package-format.md must parse. After changing
 * `work-package-schema.ts`, regenerate the schema file with:
 *   UPDATE_SCHEMA=1 npx vitest run src/domain/planning/work-package-schema-file.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../exchange/exchange-test-data';
import { parseWorkPackage } from './work-package-file';
import { workPackageJsonSchema } from './work-package-schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/work-package-format.schema.json', import.meta.url));
const DOC_FILE = fileURLToPath(new URL('../../../docs/work-package-format.md', import.meta.url));

describe('docs/work-package-format.schema.json', () => {
  it('equals the schema generated from work-package-schema.ts', () => {
    const generated = `${JSON.stringify(workPackageJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});

describe('docs/work-package-format.md', () => {
  it('shows a returned package that parses (integrity hash included)', async () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    const example = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
    const result = await parseWorkPackage(example, nodeSha256Hex);
    expect(result).toMatchObject({ ok: true, pkg: { direction: 'to_coordinator', opd: 'Diskominfo', source: { regionCode: '32.74', period: 2026 } } });
  });
});
