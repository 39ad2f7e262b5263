/** The text cut at ascending offsets: what a failing break test prints, readable at a glance. */
export function cutAt(text: string, breaks: readonly number[]): string[] {
  return [0, ...breaks].map((from, i) => text.slice(from, breaks[i] ?? text.length));
}
