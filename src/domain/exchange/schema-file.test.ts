// @vitest-environment node
/**
 * The checked-in JSON Schema (docs/exchange-format.schema.json) must equal the one generated from
 * the zod schema. After changing `schema.ts`, regenerate it with:
 *   UPDATE_SCHEMA=1 npx vitest run src/domain/exchange/schema-file.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex, testCatalog } from './exchange-test-data';
import { parseImport } from './parse-import';
import { exchangeJsonSchema } from './schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/exchange-format.schema.json', import.meta.url));
const DOC_FILE = fileURLToPath(new URL('../../../docs/exchange-format.md', import.meta.url));

describe('docs/exchange-format.schema.json', () => {
  it('equals the schema generated from schema.ts', () => {
    const generated = `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});

describe('docs/exchange-format.md', () => {
  it('shows an example that imports (integrity hash included)', async () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    const example = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
    const result = await parseImport(example, { sha256Hex: nodeSha256Hex, catalog: testCatalog() });
    expect(result).toMatchObject({ ok: true, bundles: [{ assessment: { regionCode: '32.74', period: 2026 } }] });
  });
});
