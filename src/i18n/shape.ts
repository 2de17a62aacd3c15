/**
 * The shape of a locale object with every string widened: the English text is typed as
 * `Shape<typeof id>`, so a key missing in either language is a type error.
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
