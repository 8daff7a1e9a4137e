/**
 * Keeps `top` the `count` first items seen, in `compare` order: each item goes in its place or is
 * passed over, so picking the few largest of thousands needs no sort of them all.
 */
export function keepFirst<T>(top: T[], item: T, count: number, compare: (a: T, b: T) => number): void {
  if (count <= 0 || (top.length === count && compare(item, top[count - 1]!) >= 0)) return;
  let index = Math.min(top.length, count - 1);
  while (index > 0 && compare(item, top[index - 1]!) < 0) index -= 1;
  top.splice(index, 0, item);
  if (top.length > count) top.pop();
}
