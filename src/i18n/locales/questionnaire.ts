export const questionnaire = {
  id: {},
  en: {},
} as const;
