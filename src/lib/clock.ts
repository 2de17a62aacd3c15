/** The only place that reads the wall clock. Domain code takes time as a parameter. */
export function nowIso(): string {
  return new Date(Date.now()).toISOString();
}

export function currentYear(): number {
  return new Date(Date.now()).getFullYear();
}
