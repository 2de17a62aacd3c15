/** Placeholder: the home-screen backup panel (export everything, reminder) replaces this. */
export function BackupPanel() {
  return null;
}
