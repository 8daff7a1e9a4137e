/**
 * Guarded registration: a page may load the bundle twice (a CMS plugin and an article embed).
 * The second definition is skipped with one console warning per tag, never an exception.
 */
const warned = new Set<string>();

export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`<${tag}> is already defined: a second copy of migration-widgets was loaded and is ignored.`);
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Another copy can win a race between get() and define(): still never break the page.
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`<${tag}> could not be defined: ${(error as Error).message}`);
    }
  }
}
