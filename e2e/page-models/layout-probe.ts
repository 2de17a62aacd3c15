import type { Locator, Page } from '@playwright/test';

/** A text control whose content, in its own font, is wider than its inner box. */
export interface ClippedControl {
  readonly control: string;
  readonly text: string;
  readonly textWidth: number;
  readonly innerWidth: number;
}

/**
 * Layout measurements a person would notice on a small screen: sideways scrolling, controls covered
 * by something else, text cut inside its control.
 */
export class LayoutProbe {
  constructor(private readonly page: Page) {}

  /**
   * How far the page scrolls sideways, in CSS px. `clientWidth` of the root is the layout viewport
   * (with mobile emulation `innerWidth` grows to the content's width, so it would always match).
   */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth - document.documentElement.clientWidth;
    });
  }

  /**
   * Scrolls `target` to the middle of the viewport, as a person scrolling to it would, then asks which
   * element is on top at its centre: true when that is the target or one of its descendants.
   */
  async isHitTestable(target: Locator): Promise<boolean> {
    return target.evaluate((el) => {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === el || el.contains(hit));
    });
  }

  /** Text of every chart label (SVG text in a Recharts surface) that runs past its chart's edge. */
  cutChartLabels(): Promise<string[]> {
    return this.page.evaluate(() => {
      const cut: string[] = [];
      for (const svg of document.querySelectorAll('svg.recharts-surface')) {
        const frame = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          const r = text.getBoundingClientRect();
          if (r.width === 0) continue;
          if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5) {
            cut.push(`${text.textContent ?? ''} (${Math.round(r.left - frame.left)}…${Math.round(r.right - frame.left)} of ${Math.round(frame.width)})`);
          }
        }
      }
      return cut;
    });
  }

  /** Width and height of `target` in CSS px. */
  async size(target: Locator): Promise<{ width: number; height: number }> {
    const box = await target.boundingBox();
    return { width: box?.width ?? 0, height: box?.height ?? 0 };
  }

  /**
   * Every visible `<select>` and text-like `<input>` whose selected option text (select) or value or
   * placeholder (input), measured with a canvas in the control's own font, is wider than the control's
   * inner width (a select also keeps room for its arrow).
   */
  clippedTextControls(): Promise<ClippedControl[]> {
    return this.page.evaluate(() => {
      const SELECT_ARROW = 20;
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) throw new Error('no canvas');
      const controls = document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        'select, input:not([type]), input[type="text"], input[type="search"], input[type="number"], input[type="url"], input[type="email"], input[type="tel"]',
      );
      const clipped: { control: string; text: string; textWidth: number; innerWidth: number }[] = [];
      for (const el of controls) {
        if (el.getClientRects().length === 0 || el.clientWidth === 0) continue;
        const text = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : el.value || el.placeholder;
        if (!text) continue;
        const style = getComputedStyle(el);
        ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const textWidth = ctx.measureText(text).width;
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        const innerWidth = el.clientWidth - padding - (el instanceof HTMLSelectElement ? SELECT_ARROW : 0);
        if (textWidth > innerWidth + 0.5) {
          const name = el.labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label') || el.name || el.id;
          clipped.push({ control: `${el.tagName.toLowerCase()} "${name}"`, text, textWidth: Math.round(textWidth), innerWidth: Math.round(innerWidth) });
        }
      }
      return clipped;
    });
  }
}
