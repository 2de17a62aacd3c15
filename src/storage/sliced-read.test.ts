import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readInSlices } from './sliced-read';

let counter = 0;

async function storeWith(count: number) {
  const db = await openDB(`siap-cerdas-sliced-test-${++counter}`, 1, {
    upgrade: (d) => void d.createObjectStore('items', { keyPath: 'id' }),
  });
  const tx = db.transaction('items', 'readwrite');
  // Zero-padded ids, put in reverse: key order is not insertion order.
  for (let i = count - 1; i >= 0; i--) void tx.store.put({ id: `k${String(i).padStart(4, '0')}`, n: i });
  await tx.done;
  return db;
}

describe('readInSlices', () => {
  it('hands over every record once, in key order, at most `slice` at a time, within one transaction', async () => {
    const db = await storeWith(1234);
    const tx = db.transaction('items', 'readonly');
    const sizes: number[] = [];
    const seen: number[] = [];
    await readInSlices(tx.store, (records) => {
      sizes.push(records.length);
      for (const r of records as readonly { n: number }[]) seen.push(r.n);
    }, 500);
    await tx.done;
    expect(sizes).toEqual([500, 500, 234]);
    expect(seen).toEqual(Array.from({ length: 1234 }, (_, i) => i));
  });

  it('reads an exact multiple of the slice without an empty last slice, and an empty store not at all', async () => {
    const sizes: number[] = [];
    const full = await storeWith(6);
    await readInSlices(full.transaction('items').store, (r) => sizes.push(r.length), 3);
    expect(sizes).toEqual([3, 3]);
    const empty = await storeWith(0);
    await readInSlices(empty.transaction('items').store, (r) => sizes.push(r.length), 3);
    expect(sizes).toEqual([3, 3]);
  });
});
