/** The reasons a file was refused, announced at once (role="alert"); nothing was changed. */
export function RefusalAlert({ title, errors }: { title: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="import-errors">
      <p>
        <strong>{title}</strong>
      </p>
      <ul className="plan-errors">
        {errors.map((e, i) => <li key={i}>{e}</li>)}
      </ul>
    </div>
  );
}
