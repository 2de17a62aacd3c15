// @vitest-environment node
/**
 * docs/exchange-format.md lists the indicator ids and which allow "Tidak relevan", so another
 * program can write a valid file from the docs alone: the list must match the instrument.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listIndicators } from '../instrument/lookup';
import { CURRENT_INSTRUMENT } from '../instrument/registry';

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/exchange-format.md', import.meta.url)), 'utf8');

describe('docs/exchange-format.md indicator ids', () => {
  it('lists every indicator of the current instrument once, marking exactly those that allow NA', () => {
    const section = DOC.slice(DOC.indexOf(`#### Indicator ids of \`${CURRENT_INSTRUMENT.version}\``), DOC.indexOf('## Refusals'));
    const listed = [...section.matchAll(/`([A-Z]{3}\.\d+\.\d+)`( \(NA\))?/g)].map((m) => ({ id: m[1], naAllowed: m[2] !== undefined }));
    expect(listed).toEqual(listIndicators(CURRENT_INSTRUMENT).map((i) => ({ id: i.id, naAllowed: i.naAllowed })));
  });
});
