import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_STORAGE_KEY, useSettingsStore } from './settings-store';

afterEach(() => localStorage.clear());

describe('settings store', () => {
  it('migrates version 1 settings (language only): the translation stays shown', async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ state: { lang: 'en' }, version: 1 }));
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState()).toMatchObject({ lang: 'en', showTranslation: true });
  });

  it('remembers the translation switch across a reload', async () => {
    useSettingsStore.getState().setShowTranslation(false);
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY) ?? '{}')).toEqual({ state: { lang: 'en', showTranslation: false }, version: 2 });
    useSettingsStore.setState({ showTranslation: true });
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ state: { lang: 'id', showTranslation: false }, version: 2 }));
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState()).toMatchObject({ lang: 'id', showTranslation: false });
  });
});
