import type { ReactNode } from 'react';
import type { PaperSize } from '../../state/settings-store';

/** Sheet sizes in mm (portrait): ISO A4, and F4/Folio as Indonesian offices use it. */
const PAPER_MM: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  a4: { width: 210, height: 297 },
  f4: { width: 215, height: 330 },
};

/** CSS string literal: the text in double quotes with `"` and `\` escaped. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

interface PageRulesProps {
  readonly paper: PaperSize;
  /** Text before the page number and between the two numbers: "Halaman " and " dari ". */
  readonly before: string;
  readonly middle: string;
  /** Running header of every page but the first (e.g. "Kota Cirebon — 2026"). */
  readonly header: string;
  readonly brand: string;
}

/**
 * The report's `@page` rules: the chosen paper (A4 or F4) with fixed margins, a running header, and "Halaman X dari Y" in
 * the bottom margin box (CSS margin boxes, Chromium ≥ 131). Rendered as a `<style>` element
 * while the report route is mounted, so the rules — and their language — never leak into
 * printing other screens.
 */
export function PageRules({ paper, before, middle, header, brand }: PageRulesProps) {
  const { width, height } = PAPER_MM[paper];
  const box = "font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 8pt; color: #333;";
  const css = `@page {
  size: ${width}mm ${height}mm;
  margin: 16mm 15mm 17mm 15mm;
  @top-left { content: ${cssString(header)}; ${box} }
  @top-right { content: ${cssString(brand)}; ${box} }
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages); ${box} }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
}`;
  return <style data-report-page-rules="">{css}</style>;
}

/**
 * The draft watermark. `position: fixed` repeats on every printed page in Chromium; on screen it
 * sits over the viewport. Decorative for assistive technology: the status is also printed as text.
 */
export function DraftWatermark({ text }: { text: string }) {
  return (
    <div className="report-watermark" aria-hidden="true" data-testid="draft-watermark">
      <span>{text}</span>
    </div>
  );
}

/** One printed sheet: starts on a new page in print, a white paper-wide card on screen. */
export function Sheet({ children, className, labelledBy }: { children: ReactNode; className?: string; labelledBy: string }) {
  return (
    <section className={`report-sheet${className ? ` ${className}` : ''}`} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}
