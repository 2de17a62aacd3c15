import { describe, expect, it, vi } from 'vitest';
import { FakeLockManager } from './fake-lock-manager';
import { requestTabLock, type TabLockState } from './tab-lock';

/** Lets queued callbacks and promise chains run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function tab(locks: FakeLockManager, name = 'siap-cerdas:assessment:a-1') {
  const states: TabLockState[] = [];
  const lock = requestTabLock(name, (s) => states.push(s), locks);
  return { lock, states, last: () => states[states.length - 1] };
}

describe('requestTabLock', () => {
  it('grants a free lock at once', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks);
    await settle();
    expect(a.states).toEqual(['held']);
    expect(locks.heldNames()).toEqual(['siap-cerdas:assessment:a-1']);
  });

  it('tells a second tab "busy", then hands the lock over when the first releases', async () => {
    // Given tab A holds the lock
    const locks = new FakeLockManager();
    const a = tab(locks);
    await settle();
    // When tab B asks for it
    const b = tab(locks);
    await settle();
    // Then B is told busy and waits
    expect(b.states).toEqual(['busy']);
    // When A releases (its questionnaire closes), B gets it
    a.lock.release();
    await settle();
    expect(b.states).toEqual(['busy', 'held']);
    expect(a.states).toEqual(['held']);
  });

  it('locks of different assessments are independent', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks, 'siap-cerdas:assessment:a-1');
    const b = tab(locks, 'siap-cerdas:assessment:a-2');
    await settle();
    expect([a.last(), b.last()]).toEqual(['held', 'held']);
  });

  it('steal takes the lock; the former holder is told busy and gets it back when the thief releases', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks);
    await settle();
    const b = tab(locks);
    await settle();

    b.lock.steal();
    await settle();

    expect(b.states).toEqual(['busy', 'held']);
    expect(a.states).toEqual(['held', 'busy']);

    b.lock.release();
    await settle();
    expect(a.states).toEqual(['held', 'busy', 'held']);
    expect(b.states).toEqual(['busy', 'held']);
  });

  it('stealing back and forth never leaves two holders', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks);
    await settle();
    const b = tab(locks);
    await settle();
    for (let i = 0; i < 3; i++) {
      b.lock.steal();
      await settle();
      expect([a.last(), b.last()]).toEqual(['busy', 'held']);
      a.lock.steal();
      await settle();
      expect([a.last(), b.last()]).toEqual(['held', 'busy']);
    }
  });

  it('steal is a no-op for the holder', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks);
    await settle();
    a.lock.steal();
    await settle();
    expect(a.states).toEqual(['held']);
  });

  it('release while waiting stops waiting: no later state change, and the next tab is served', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks);
    await settle();
    const b = tab(locks);
    const c = tab(locks);
    await settle();

    b.lock.release();
    a.lock.release();
    await settle();

    expect(b.states).toEqual(['busy']);
    expect(c.last()).toBe('held');
  });

  it('release is idempotent and frees the lock', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks);
    await settle();
    a.lock.release();
    a.lock.release();
    await settle();
    expect(locks.heldNames()).toEqual([]);
  });

  it('release before the lock was granted leaves it free', async () => {
    const locks = new FakeLockManager();
    const a = tab(locks);
    a.lock.release();
    await settle();
    expect(a.states).toEqual([]);
    expect(locks.heldNames()).toEqual([]);
  });

  it('reports unsupported once, asynchronously, and does nothing else, without Web Locks', async () => {
    const onChange = vi.fn();
    const lock = requestTabLock('x', onChange, undefined);
    expect(onChange).not.toHaveBeenCalled();
    lock.steal();
    await settle();
    expect(onChange.mock.calls).toEqual([['unsupported']]);
  });

  it('reports nothing without Web Locks when released at once', async () => {
    const onChange = vi.fn();
    requestTabLock('x', onChange, undefined).release();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
