// Placeholder until the keyboard shortcuts land.
export function KeyboardShortcuts() {
  return null;
}
