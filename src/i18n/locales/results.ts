export const results = {
  id: {},
  en: {},
} as const;
