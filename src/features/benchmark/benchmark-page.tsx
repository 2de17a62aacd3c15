/** Placeholder: the benchmarking view (peer groups, distributions, trends) replaces this. */
export default function BenchmarkPage({ focus }: { focus?: string }) {
  return (
    <section className="page">
      <h1 tabIndex={-1}>Pembanding {focus ?? ''}</h1>
    </section>
  );
}
