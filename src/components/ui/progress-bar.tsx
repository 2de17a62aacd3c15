interface ProgressBarProps {
  readonly done: number;
  readonly total: number;
  /** Accessible name, e.g. "Kemajuan Smart Governance". */
  readonly label: string;
  readonly showText?: boolean;
}

/** A labelled progress bar ("9/12"). */
export function ProgressBar({ done, total, label, showText = true }: ProgressBarProps) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done}/${total}`}
      >
        <div className={`progress-fill${done === total && total > 0 ? ' done' : ''}`} style={{ width: `${pct}%` }} />
      </div>
      {showText && <span aria-hidden="true">{`${done}/${total}`}</span>}
    </div>
  );
}
