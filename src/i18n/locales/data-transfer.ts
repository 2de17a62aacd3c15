const id = {
  placeholder: '',
};
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
const en: Shape<typeof id> = {
  placeholder: '',
};
export const dataTransfer = { id, en } as const;
