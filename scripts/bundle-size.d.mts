/** Types of scripts/bundle-size.mjs for the TypeScript test beside it. */
export interface FileSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}
export interface PartSize {
  readonly files: readonly FileSize[];
  readonly raw: number;
  readonly gzip: number;
}
export interface BuildSizes {
  readonly initial: PartSize;
  readonly precache: PartSize;
}
export interface Budgets {
  readonly initialGzip: number;
  readonly precacheGzip: number;
}
export interface BudgetRow {
  readonly name: string;
  readonly measured: number;
  readonly budget: number;
  readonly ok: boolean;
  readonly raw: number;
  readonly count: number;
  readonly biggest: readonly FileSize[];
}
export const BUDGETS: Budgets;
export function eagerAssets(html: string): string[];
export function staticImports(code: string): string[];
export function initialRouteFiles(html: string, read: (file: string) => string | undefined): string[];
export function precacheUrls(swCode: string): string[];
export function measureFiles(dir: string, files: readonly string[]): PartSize;
export function measureBuild(dir: string): BuildSizes;
export function checkBudgets(sizes: BuildSizes, budgets?: Budgets): BudgetRow[];
export function bytes(n: number): string;
