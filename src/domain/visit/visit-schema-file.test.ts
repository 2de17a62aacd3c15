// @vitest-environment node
/**
 * The checked-in JSON Schema (docs/visit-package.schema.json) must equal the one generated from
 * the zod schema. After changing `visit-schema.ts`, regenerate it with:
 *   UPDATE_SCHEMA=1 npx vitest run src/domain/visit/visit-schema-file.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { visitPackageJsonSchema } from './visit-schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/visit-package.schema.json', import.meta.url));

describe('docs/visit-package.schema.json', () => {
  it('equals the schema generated from visit-schema.ts', () => {
    const generated = `${JSON.stringify(visitPackageJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
