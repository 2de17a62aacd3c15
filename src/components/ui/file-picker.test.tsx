import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { FilePicker } from './file-picker';

const i18n = initI18n('id');
const file = new File(['{}'], 'cadangan-2026.json', { type: 'application/json' });

describe('FilePicker', () => {
  it('is the labelled file input, says no file is chosen, then names the file it hands over', async () => {
    const onFile = vi.fn();
    render(<FilePicker id="f" label="Berkas JSON Siap Cerdas" hint="Paling besar 128 MiB" onFile={onFile} />);
    const input = screen.getByLabelText('Berkas JSON Siap Cerdas');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleName('Berkas JSON Siap Cerdas');
    expect(input).toHaveAccessibleDescription('Belum ada berkas dipilih Paling besar 128 MiB');
    expect(screen.getByText('Pilih berkas')).toBeVisible();

    await userEvent.upload(input, file);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(input).toHaveAccessibleDescription('cadangan-2026.json Paling besar 128 MiB');
    // Emptied, so picking the same file again reads it again.
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('speaks the active language and takes nothing while disabled', async () => {
    await i18n.changeLanguage('en');
    const onFile = vi.fn();
    render(<FilePicker id="f" label="Work package file" disabled onFile={onFile} />);
    expect(screen.getByText('No file chosen')).toBeVisible();
    expect(screen.getByText('Choose file')).toBeVisible();
    const input = screen.getByLabelText('Work package file');
    expect(input).toBeDisabled();
    await userEvent.upload(input, file);
    expect(onFile).not.toHaveBeenCalled();
    await i18n.changeLanguage('id');
  });
});
