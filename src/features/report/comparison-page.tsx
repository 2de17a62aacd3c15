/** Placeholder: the comparison report (issue 5) replaces this. */
export default function ComparisonPage({ ids }: { ids: readonly string[] }) {
  return (
    <section className="page">
      <h1 tabIndex={-1}>Perbandingan {ids.length}</h1>
    </section>
  );
}
