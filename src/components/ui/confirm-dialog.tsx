import { useEffect, useRef } from 'react';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A modal confirmation on the native <dialog> (focus trap and Escape for free). */
export function ConfirmDialog(p: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (p.open && !d.open) d.showModal?.();
    if (!p.open && d.open) d.close();
  }, [p.open]);
  return (
    <dialog ref={ref} aria-labelledby="confirm-title" aria-describedby="confirm-message" onCancel={p.onCancel}>
      <h2 id="confirm-title">{p.title}</h2>
      <p id="confirm-message">{p.message}</p>
      <div className="row">
        <button type="button" className="btn" onClick={p.onCancel}>
          {p.cancelLabel}
        </button>
        <button type="button" className={`btn ${p.danger ? 'btn-danger-solid' : 'btn-primary'}`} onClick={p.onConfirm}>
          {p.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
