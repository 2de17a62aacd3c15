import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { ExplainView } from './explain-view';
import { scoredReal, scoredWithNa } from './results-test-data';

beforeAll(() => {
  initI18n('id');
});

beforeEach(async () => {
  await i18next.changeLanguage('id');
});

function dimensionDetails(name: string): HTMLElement {
  const summary = screen.getAllByText(name).find((el) => el.closest('summary'));
  const details = summary?.closest('details');
  if (!(details instanceof HTMLElement)) throw new Error(`No details for ${name}`);
  return details;
}

function elementBlock(container: HTMLElement, elementId: string): HTMLElement {
  const heading = within(container).getByRole('heading', { level: 4, name: new RegExp(`^${elementId.replace('.', '\\.')} `) });
  const block = heading.parentElement;
  if (!block) throw new Error(`No block for ${elementId}`);
  return block;
}

describe('ExplainView', () => {
  it('writes out the §6.10 worked example: GOV.1 answered 3, 2, 4, 2 → 11 / 4 = 2,75', () => {
    const { instrument, score, evidence } = scoredReal();
    render(<ExplainView instrument={instrument} score={score} evidence={evidence} lang="id" />);
    const gov1 = elementBlock(dimensionDetails('Smart Governance'), 'GOV.1');
    expect(within(gov1).getByText('E = Σ w·s / Σ w = 11 / 4 = 2,75')).toBeInTheDocument();
    expect(gov1).toHaveTextContent('3 · Terdefinisi');
    // the indicator rows show id, question in Indonesian, level and weight
    const rows = within(gov1).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByRole('rowheader')).toHaveTextContent('GOV.1.1');
    expect(first.getByText(/layanan perizinan dan administrasi kependudukan/)).toBeInTheDocument();
    expect(first.getByText('3 · Terdefinisi')).toBeInTheDocument();
  });

  it('shows the same arithmetic with English number format and question text', async () => {
    await i18next.changeLanguage('en');
    const { instrument, score, evidence } = scoredReal();
    render(<ExplainView instrument={instrument} score={score} evidence={evidence} lang="en" />);
    const gov1 = elementBlock(dimensionDetails('Smart Governance'), 'GOV.1');
    expect(within(gov1).getByText('E = Σ w·s / Σ w = 11 / 4 = 2.75')).toBeInTheDocument();
    expect(within(gov1).getByText(/licensing and civil-registration services/)).toBeInTheDocument();
  });

  it('writes the index as the mean of the valid dimensions', () => {
    const { instrument, score, evidence } = scoredReal();
    render(<ExplainView instrument={instrument} score={score} evidence={evidence} lang="id" />);
    expect(
      screen.getByText('I = Σ W·D / Σ W = (2,75 + 2,75 + 2,75 + 2,75 + 2,75 + 2,75) / 6 = 2,75'),
    ).toBeInTheDocument();
    // One disclosure per dimension, plus the list of answers the evidence caps (none has evidence)
    expect(document.querySelectorAll('details:not(.sc-caps)')).toHaveLength(6);
    expect(screen.getByTestId('explain-evidence')).toHaveTextContent('dibatasi pada tingkat yang didukung buktinya: 0,00');
  });

  it('explains an unanswered item: excluded from the score, counted in coverage, 0 in the conservative variant', () => {
    // Given GOV.1.4 left empty → E = 9/3 = 3,00, coverage 3/4, conservative 9/4 = 2,25
    const { instrument, score, evidence } = scoredReal({ 'GOV.1.4': null });
    render(<ExplainView instrument={instrument} score={score} evidence={evidence} lang="id" />);
    const gov1 = elementBlock(dimensionDetails('Smart Governance'), 'GOV.1');
    expect(within(gov1).getByText('E = Σ w·s / Σ w = 9 / 3 = 3,00')).toBeInTheDocument();
    expect(within(gov1).getByText('Cakupan 3/4 = 75%')).toBeInTheDocument();
    expect(within(gov1).getByText('Konservatif (belum dijawab = 0): 9 / 4 = 2,25')).toBeInTheDocument();
    const row = within(gov1).getByRole('row', { name: /GOV\.1\.4/ });
    expect(within(row).getByText('Belum dijawab')).toBeInTheDocument();
    expect(within(row).getByText('tidak masuk skor, tetap dihitung dalam cakupan')).toBeInTheDocument();
  });

  it('explains NA (removed from numerator and denominator) and the dimension mean over valid elements', () => {
    // Given BRD.1 answered 3, 2, NA, NA → 5 / 2 = 2,50; and BRD.3 left with 1 of 4 (invalid)
    const { instrument, score, evidence } = scoredWithNa({ 'BRD.2.4': null, 'BRD.3.2': null, 'BRD.3.3': null, 'BRD.3.4': null });
    render(<ExplainView instrument={instrument} score={score} evidence={evidence} lang="id" />);
    const brd = dimensionDetails('Dimensi BRD');
    const brd1 = elementBlock(brd, 'BRD.1');
    expect(within(brd1).getByText('E = Σ w·s / Σ w = 5 / 2 = 2,50')).toBeInTheDocument();
    const naRow = within(brd1).getByRole('row', { name: /BRD\.1\.3/ });
    expect(within(naRow).getByText('Tidak relevan')).toBeInTheDocument();
    expect(within(naRow).getByText('dikeluarkan dari pembilang dan penyebut')).toBeInTheDocument();
    // BRD.2 = 9/3 = 3,00 (BRD.2.4 empty); D = (2,50 + 3,00) / 2 = 2,75; BRD.3 excluded
    expect(within(brd).getByText('D = Σ v·E / Σ v = (2,50 + 3,00) / 2 = 2,75')).toBeInTheDocument();
    expect(within(brd).getByText('BRD.3 Elemen BRD.3 tidak ikut dihitung: tidak valid.')).toBeInTheDocument();
  });

  it('says why an invalid dimension is left out of the index', () => {
    const { instrument, score, evidence } = scoredWithNa({ 'GOV.2.2': null, 'GOV.2.3': null, 'GOV.2.4': null, 'GOV.3.1': null, 'GOV.3.2': null, 'GOV.3.3': null });
    render(<ExplainView instrument={instrument} score={score} evidence={evidence} lang="id" />);
    expect(screen.getByText('Dimensi GOV tidak ikut dihitung (tidak valid).')).toBeInTheDocument();
    expect(within(dimensionDetails('Dimensi GOV')).getByText(/hanya 1 elemen valid/)).toBeInTheDocument();
  });

  it('starts with a legend: formulas and the band table with rubric names', () => {
    const { instrument, score, evidence } = scoredReal();
    render(<ExplainView instrument={instrument} score={score} evidence={evidence} lang="id" />);
    expect(screen.getByText(/Elemen: E = Σ w·s \/ Σ w/)).toBeInTheDocument();
    const bands = screen.getByRole('table', { name: 'Pita tingkat kematangan' });
    const rows = within(bands).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.textContent)).toEqual([
      '0 · Belum Ada< 0,5< 10',
      '1 · Rintisan0,5 – < 1,510 – < 30',
      '2 · Terkelola1,5 – < 2,530 – < 50',
      '3 · Terdefinisi2,5 – < 3,550 – < 70',
      '4 · Terpadu dan Terukur3,5 – < 4,570 – < 90',
      '5 · Optimum≥ 4,5≥ 90',
    ]);
  });
});
