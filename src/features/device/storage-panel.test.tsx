import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import type { StorageManagerLike } from '../../lib/storage-manager';
import { setStorageManager, useDeviceStore } from '../../state/device-store';
import { StoragePanel } from './storage-panel';

const initial = useDeviceStore.getState();

function fakeStorage({ persisted = false, grants = false } = {}) {
  return {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(grants)),
    estimate: vi.fn(() => Promise.resolve({ usage: 1_536_000, quota: 12_000_000_000 })),
  } satisfies StorageManagerLike;
}

beforeAll(() => initI18n('id'));
beforeEach(async () => {
  await i18next.changeLanguage('id');
  useDeviceStore.setState(initial, true);
});
afterEach(() => setStorageManager(undefined));

const panel = () => screen.getByRole('region', { name: 'Penyimpanan di perangkat ini' });

describe('StoragePanel', () => {
  it('before the first answer: says persistence will be requested, shows usage in Indonesian format', async () => {
    setStorageManager(fakeStorage());
    render(<StoragePanel />);
    await waitFor(() => expect(panel()).toHaveTextContent('Izin penyimpanan permanen diminta setelah jawaban pertama tersimpan.'));
    expect(screen.getByTestId('storage-usage')).toHaveTextContent('Terpakai 1,5 MB dari sekitar 12 GB');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('when denied: explains in plain words what to do, and can ask again', async () => {
    const storage = fakeStorage({ grants: false });
    setStorageManager(storage);
    useDeviceStore.setState({ hasRequested: true });
    render(<StoragePanel />);
    await waitFor(() => expect(panel()).toHaveTextContent('Browser belum mengizinkan penyimpanan permanen.'));
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toHaveLength(4);
    expect(steps[0]).toMatch(/^Pasang aplikasi ini/);
    expect(steps[3]).toMatch(/^Unduh cadangan secara berkala/);

    await userEvent.click(screen.getByRole('button', { name: 'Minta izin lagi' }));

    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('when granted: says the data is kept, offers no request', async () => {
    setStorageManager(fakeStorage({ persisted: true }));
    render(<StoragePanel />);
    await waitFor(() => expect(panel()).toHaveTextContent('Penyimpanan permanen aktif'));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('without the Storage API: recommends backups, usage unknown', async () => {
    setStorageManager(undefined);
    render(<StoragePanel />);
    await waitFor(() => expect(panel()).toHaveTextContent('Browser ini tidak mendukung penyimpanan permanen.'));
    expect(screen.getByTestId('storage-usage')).toHaveTextContent('Browser tidak memberi tahu berapa ruang yang terpakai.');
  });

  it('in English', async () => {
    await i18next.changeLanguage('en');
    setStorageManager(fakeStorage({ persisted: true }));
    render(<StoragePanel />);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Storage on this device' })).toHaveTextContent('Persistent storage is on'));
  });
});
