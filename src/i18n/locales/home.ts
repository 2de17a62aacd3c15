export const home = {
  id: {},
  en: {},
} as const;
