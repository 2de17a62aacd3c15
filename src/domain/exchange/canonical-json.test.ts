// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { nodeSha256Hex } from './exchange-test-data';
import { checkIntegrity, computeIntegrity, integrityInput } from './integrity';

describe('canonicalJson', () => {
  it.each([
    // Given a value / When serialised / Then the RFC 8785 form
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 2, x: 1 }, a: 0 }, '{"a":0,"z":{"x":1,"y":2}}'],
    [{ text: 'é "q" \n' }, '{"text":"é \\"q\\" \\n"}'],
    [[1.5, 2.75, 1e21, 0.000001], '[1.5,2.75,1e+21,0.000001]'],
    [{ B: 1, a: 2, _: 3 }, '{"B":1,"_":3,"a":2}'],
  ])('serialises %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('is the same whatever the key order or whitespace of the source text', () => {
    const a = JSON.parse('{ "b": { "d": 4, "c": [1, {"f": 6, "e": 5}] }, "a": "x" }') as unknown;
    const b = JSON.parse('{"a":"x","b":{"c":[1,{"e":5,"f":6}],"d":4}}') as unknown;
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('rejects numbers that have no JSON form', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});

describe('integrity hash', () => {
  const envelope = { format: 'f', assessments: [{ id: 'x', answers: { 'GOV.1.1': { level: 3 } } }] };

  it('hashes the canonical form without the integrity member', async () => {
    const integrity = await computeIntegrity(envelope, nodeSha256Hex);
    expect(integrity.algorithm).toBe('SHA-256');
    expect(integrity.hash).toBe(await nodeSha256Hex('{"assessments":[{"answers":{"GOV.1.1":{"level":3}},"id":"x"}],"format":"f"}'));
    expect(integrityInput({ ...envelope, integrity })).toBe(integrityInput(envelope));
  });

  it('is stable across key order', async () => {
    const reordered = { assessments: [{ answers: { 'GOV.1.1': { level: 3 } }, id: 'x' }], format: 'f' };
    expect((await computeIntegrity(reordered, nodeSha256Hex)).hash).toBe((await computeIntegrity(envelope, nodeSha256Hex)).hash);
  });

  it.each([
    ['a level', { format: 'f', assessments: [{ id: 'x', answers: { 'GOV.1.1': { level: 4 } } }] }],
    ['an id', { format: 'f', assessments: [{ id: 'y', answers: { 'GOV.1.1': { level: 3 } } }] }],
    ['an added member', { format: 'f', extra: null, assessments: [{ id: 'x', answers: { 'GOV.1.1': { level: 3 } } }] }],
    ['a number type', { format: 'f', assessments: [{ id: 'x', answers: { 'GOV.1.1': { level: '3' } } }] }],
  ])('changes when %s changes', async (_what, changed) => {
    const original = await computeIntegrity(envelope, nodeSha256Hex);
    expect((await computeIntegrity(changed, nodeSha256Hex)).hash).not.toBe(original.hash);
    expect(await checkIntegrity({ ...changed, integrity: original }, nodeSha256Hex)).toBe('mismatch');
  });

  it('reports ok, missing and mismatch', async () => {
    const integrity = await computeIntegrity(envelope, nodeSha256Hex);
    expect(await checkIntegrity({ ...envelope, integrity }, nodeSha256Hex)).toBe('ok');
    expect(await checkIntegrity(envelope, nodeSha256Hex)).toBe('missing');
    expect(await checkIntegrity({ ...envelope, integrity: { algorithm: 'MD5', hash: integrity.hash } }, nodeSha256Hex)).toBe('missing');
    expect(await checkIntegrity({ ...envelope, integrity: { ...integrity, hash: '0'.repeat(64) } }, nodeSha256Hex)).toBe('mismatch');
  });
});
