import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_STORAGE_KEY, useSettingsStore } from './settings-store';

/** Puts a persisted settings record as an older or current app left it, and reads it back in. */
async function rehydrateFrom(state: unknown, version: number): Promise<void> {
  localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ state, version }));
  await useSettingsStore.persist.rehydrate();
}

function stored(): unknown {
  return JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY) ?? '{}');
}

describe('settings store (localStorage, versioned)', () => {
  beforeEach(() => {
    localStorage.clear();
    useSettingsStore.setState({ lang: 'id', paper: 'a4', showTranslation: true });
  });

  it('migrates version 1 ({ lang }) to version 2: the language kept, A4 paper, translation shown', async () => {
    await rehydrateFrom({ lang: 'en' }, 1);
    expect(useSettingsStore.getState()).toMatchObject({ lang: 'en', paper: 'a4', showTranslation: true });
    expect(stored()).toEqual({ state: { lang: 'en', paper: 'a4', showTranslation: true }, version: 2 });
  });

  it('remembers the paper chosen for printing', async () => {
    useSettingsStore.getState().setPaper('f4');
    expect(stored()).toEqual({ state: { lang: 'id', paper: 'f4', showTranslation: true }, version: 2 });
    useSettingsStore.setState({ paper: 'a4' });
    await rehydrateFrom({ lang: 'id', paper: 'f4', showTranslation: true }, 2);
    expect(useSettingsStore.getState().paper).toBe('f4');
  });

  it('remembers the translation switch across a reload', async () => {
    useSettingsStore.getState().setShowTranslation(false);
    expect(stored()).toEqual({ state: { lang: 'id', paper: 'a4', showTranslation: false }, version: 2 });
    useSettingsStore.setState({ showTranslation: true });
    await rehydrateFrom({ lang: 'en', paper: 'a4', showTranslation: false }, 2);
    expect(useSettingsStore.getState()).toMatchObject({ lang: 'en', showTranslation: false });
  });

  it('reads an unknown paper or language in an old record as the defaults', async () => {
    await rehydrateFrom({ lang: 'fr', paper: 'letter' }, 1);
    expect(useSettingsStore.getState()).toMatchObject({ lang: 'id', paper: 'a4', showTranslation: true });
  });
});
