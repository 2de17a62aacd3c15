import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type UiLang = 'id' | 'en';
/** Paper the reports are laid out for: ISO A4 (210 × 297 mm) or F4/Folio (215 × 330 mm). */
export type PaperSize = 'a4' | 'f4';

/** Persisted key: never rename without a migration. */
export const SETTINGS_STORAGE_KEY = 'siap-cerdas:settings';

interface SettingsState {
  readonly lang: UiLang;
  readonly paper: PaperSize;
  setLang(lang: UiLang): void;
  setPaper(paper: PaperSize): void;
}

/**
 * Small UI preferences in localStorage (synchronous, so the first render already has them).
 * Assessments never go here: they live in IndexedDB through storage/.
 */
export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      lang: 'id',
      paper: 'a4',
      setLang: (lang) => set({ lang }),
      setPaper: (paper) => set({ paper }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      // 1: { lang }. 2: adds `paper` (A4 for everyone who chose nothing yet).
      version: 2,
      storage: createJSONStorage(() => localStorage),
      migrate: (persisted) => {
        const p = persisted as { lang?: unknown; paper?: unknown } | undefined;
        return { lang: p?.lang === 'en' ? 'en' : 'id', paper: p?.paper === 'f4' ? 'f4' : 'a4' } as SettingsState;
      },
      partialize: (s) => ({ lang: s.lang, paper: s.paper }),
    },
  ),
);
