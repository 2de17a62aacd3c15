/** Placeholder: persistent-storage status and usage panel replaces this. */
export function StoragePanel() {
  return null;
}
