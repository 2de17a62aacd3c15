/** Placeholder: export/import of assessments in the exchange format replaces this. */
export default function DataPage() {
  return (
    <section className="page">
      <h1 tabIndex={-1}>Data</h1>
    </section>
  );
}
