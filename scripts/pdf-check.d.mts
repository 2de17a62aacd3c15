/** Types of scripts/pdf-check.mjs for the TypeScript e2e specs. */
export interface PdfInfo {
  readonly pages: number;
  /** First page size in PDF points. */
  readonly width: number;
  readonly height: number;
}
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}
export interface PdfBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export function pdfInfo(file: string): PdfInfo;
export function pdfPageText(file: string, page: number, options?: { layout?: boolean }): string;
export function pdfPagesText(file: string, options?: { layout?: boolean }): string[];
export function pdfWords(file: string, page: number): PdfWord[];
export function pdfDarkness(file: string, page: number, options?: { box?: PdfBox; dpi?: number; threshold?: number }): number;
export function pdfLargeText(file: string, page: number, options?: { minHeight?: number }): string;
export function pdfLongestVerticalLine(file: string, page: number, options: { box: PdfBox; dpi?: number; threshold?: number }): { run: number; x: number; width: number };
