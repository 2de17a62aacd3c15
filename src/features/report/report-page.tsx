/** Placeholder: the printable assessment report (issue 5) replaces this. */
export default function ReportPage({ id }: { id: string }) {
  return (
    <section className="page">
      <h1 tabIndex={-1}>Laporan {id}</h1>
    </section>
  );
}
