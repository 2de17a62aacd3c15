import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar';
import type { DimensionDef, Lang } from '../../domain/instrument/types';

interface ElementNavBarProps {
  readonly dimension: DimensionDef | undefined;
  readonly elementId: string;
  /** 1-based position of the element in the questionnaire, and the number of elements. */
  readonly position: number;
  readonly count: number;
  /** Overall progress: indicators done of all. */
  readonly done: number;
  readonly total: number;
  readonly lang: Lang;
  /** The full element list (ElementNav), shown in the drawer. */
  readonly children: ReactNode;
}

/**
 * Below the wide breakpoint (questionnaire.css) the side navigation gives way to this compact bar:
 * where you are (dimension, element, n of N) and the overall progress, with a button that opens the
 * full list in a modal drawer. The bar sits in the flow above the questions, so it never covers them;
 * picking an element (the route changes) closes the drawer. The list is rendered only while the
 * drawer is open: closed (and on wide screens, where the side list shows) it costs no render.
 */
export const ElementNavBar = memo(function ElementNavBar({ dimension, elementId, position, count, done, total, lang, children }: ElementNavBarProps) {
  const { t } = useTranslation('questionnaire');
  // The list re-renders this bar after every answer: its text changes only with the element.
  const text = useMemo(
    () => ({ position: t('elementPosition', { n: position, total: count }), overall: t('overall'), open: t('navOpen'), label: t('navLabel'), close: t('navClose') }),
    [t, position, count],
  );
  const drawer = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    drawer.current?.close?.();
  }, [elementId]);
  return (
    <div className="q-compact-nav">
      <div className="q-compact-nav__where">
        <span className="q-compact-nav__dimension">{dimension?.name[lang]}</span>
        <span className="q-compact-nav__element">{text.position}</span>
        <ProgressBar done={done} total={total} label={text.overall} />
      </div>
      <button type="button" className="btn q-compact-nav__open" aria-haspopup="dialog" onClick={() => {
        setOpen(true);
        drawer.current?.showModal?.();
      }}>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01" />
        </svg>
        {text.open}
      </button>
      <dialog ref={drawer} className="q-drawer" aria-label={text.label} onClose={() => setOpen(false)}>
        <div className="q-drawer__head">
          <p className="q-drawer__title">{text.label}</p>
          <button type="button" className="btn" onClick={() => drawer.current?.close()}>{text.close}</button>
        </div>
        {open && children}
      </dialog>
    </div>
  );
});
