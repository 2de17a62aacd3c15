import type { Shape } from '../shape';

/** Small texts of the home backup panel (the data page registers its own namespace lazily). */
const id = {
  title: 'Cadangan data',
  empty: 'Belum ada penilaian untuk dicadangkan.',
  never: 'Data di perangkat ini belum pernah dicadangkan.',
  changed: 'Data berubah sejak cadangan terakhir ({{date}}).',
  current: 'Cadangan terakhir: {{date}}. Tidak ada perubahan sejak itu.',
  why: 'Data hanya tersimpan di browser ini. Simpan berkas cadangan di tempat lain (flashdisk atau drive kantor) agar tidak hilang bila browser dibersihkan atau perangkat rusak.',
  backupNow: 'Cadangkan sekarang',
  working: 'Menyiapkan cadangan…',
  done: 'Cadangan berisi {{count, number}} penilaian telah diunduh ({{file}}).',
  done_one: 'Cadangan berisi {{count, number}} penilaian telah diunduh ({{file}}).',
  failed: 'Cadangan gagal dibuat. Coba lagi.',
  dataLink: 'Ekspor, impor, dan pemulihan data',
};
const en: Shape<typeof id> = {
  title: 'Data backup',
  empty: 'No assessments to back up yet.',
  never: 'The data on this device has never been backed up.',
  changed: 'Data changed since the last backup ({{date}}).',
  current: 'Last backup: {{date}}. No changes since.',
  why: 'Data is stored in this browser only. Keep the backup file somewhere else (a USB stick or the office drive) so it survives a cleared browser or a broken device.',
  backupNow: 'Back up now',
  working: 'Preparing the backup…',
  done: 'A backup of {{count, number}} assessments was downloaded ({{file}}).',
  done_one: 'A backup of {{count, number}} assessment was downloaded ({{file}}).',
  failed: 'The backup could not be created. Try again.',
  dataLink: 'Export, import and restore data',
};
export const dataTransfer = { id, en } as const;
