import { useState } from 'react';
import { nowIso } from '../../lib/clock';
import { useSettingsStore } from '../../state/settings-store';
import { APP_VERSION } from './app-version';
import { downloadText, exportFileName } from './download';

export type BackupOutcome = { readonly ok: true; readonly count: number; readonly file: string } | { readonly ok: false };

/**
 * "Cadangkan sekarang": exports every assessment as JSON, downloads it and records the backup
 * time. The exchange store (with zod) is loaded on first use, keeping it out of the home bundle.
 */
export function useBackupNow(): { readonly isWorking: boolean; readonly outcome: BackupOutcome | null; backupNow(): Promise<void> } {
  const [isWorking, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const lang = useSettingsStore((s) => s.lang);
  const backupNow = async () => {
    setWorking(true);
    setOutcome(null);
    try {
      const { useExchangeStore } = await import('../../state/exchange-store');
      const now = nowIso();
      const file = await useExchangeStore.getState().exportJson('all', { now, appVersion: APP_VERSION });
      if (!file) return setOutcome({ ok: false });
      const name = exportFileName('backup', now, lang);
      downloadText(file.text, name, 'application/json');
      setOutcome({ ok: true, count: file.count, file: name });
    } catch {
      setOutcome({ ok: false });
    } finally {
      setWorking(false);
    }
  };
  return { isWorking, outcome, backupNow };
}
