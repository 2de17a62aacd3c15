/** Bytes as kB / MB / GB (powers of 1000, as `Intl` units mean) in the UI locale: "1,5 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, size] =
    bytes >= 1e9 ? (['gigabyte', 1e9] as const) : bytes >= 1e6 ? (['megabyte', 1e6] as const) : (['kilobyte', 1e3] as const);
  const value = bytes / size;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
