/**
 * Reading a whole store in slices, inside the caller's transaction: one `getAllKeys`, then one
 * `getAll` per `READ_SLICE` keys, each issued when the previous one has arrived (which keeps the
 * transaction alive). Every result is delivered, and cloned onto the calling thread, in its own
 * task, so 5,000 assessments never land on the page's main thread in one long task as a single
 * `getAll` would (docs/performance.md, issue 14).
 */

/** Records per request of a sliced read. */
const READ_SLICE = 500;

/** What a sliced read needs of an object store (idb's typed stores have it). */
interface SliceSource<V> {
  getAllKeys(): Promise<IDBValidKey[]>;
  getAll(query: IDBKeyRange): Promise<V[]>;
}

/** Hands every record of `store`, in primary-key order, to `each`, `slice` records at a time. */
export async function readInSlices<V>(store: SliceSource<V>, each: (records: readonly V[]) => void, slice = READ_SLICE): Promise<void> {
  const keys = await store.getAllKeys();
  for (let i = 0; i < keys.length; i += slice) {
    const first = keys[i];
    const last = keys[Math.min(i + slice, keys.length) - 1];
    if (first === undefined || last === undefined) break;
    each(await store.getAll(IDBKeyRange.bound(first, last)));
  }
}
