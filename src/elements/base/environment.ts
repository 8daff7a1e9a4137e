/**
 * Page-wide observers shared by every widget instance: one MutationObserver for `lang`
 * changes, one ResizeObserver for widths and one media query for reduced motion, instead of
 * one of each per element. Each subscribe() returns its unsubscribe, called on disconnect so
 * attach/detach cycles leave nothing behind.
 */
import { normaliseLocale } from '../../core/text/locale.ts';

/** The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots), else the document's. */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return normaliseLocale(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return normaliseLocale(document.documentElement.getAttribute('lang'));
}

const languageListeners = new Set<() => void>();
let languageObserver: MutationObserver | undefined;

/** Call `listener` whenever any `lang` attribute in the document changes. */
export function onLanguageChange(listener: () => void): () => void {
  if (!languageObserver) {
    languageObserver = new MutationObserver(() => languageListeners.forEach((notify) => notify()));
    languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  languageListeners.add(listener);
  return () => {
    languageListeners.delete(listener);
    if (languageListeners.size === 0) {
      languageObserver?.disconnect();
      languageObserver = undefined;
    }
  };
}

const sizeListeners = new Map<Element, (width: number, height: number) => void>();
let resizeObserver: ResizeObserver | undefined;
/** Sizes measured but not yet told: delivered on the next frame, the newest per element. */
const pendingSizes = new Map<Element, [number, number]>();
let sizeFrame: number | undefined;

function deliverSizes(): void {
  sizeFrame = undefined;
  const sizes = [...pendingSizes];
  pendingSizes.clear();
  for (const [element, [width, height]] of sizes) sizeListeners.get(element)?.(width, height);
}

/**
 * Call `listener` with the element's content-box size whenever it changes. Sizes are told on
 * the next animation frame, not inside the observer's delivery: a listener that redraws (and so
 * changes the height) there would make the browser report a ResizeObserver loop error to the page.
 */
export function onResize(element: Element, listener: (width: number, height: number) => void): () => void {
  if (!resizeObserver) {
    resizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const { width, height } = entry.contentRect;
        pendingSizes.set(entry.target, [Math.round(width), Math.round(height)]);
      }
      if (sizeFrame === undefined && pendingSizes.size) sizeFrame = requestAnimationFrame(deliverSizes);
    });
  }
  sizeListeners.set(element, listener);
  resizeObserver.observe(element);
  return () => {
    resizeObserver?.unobserve(element);
    sizeListeners.delete(element);
    pendingSizes.delete(element);
    if (sizeListeners.size === 0) {
      resizeObserver?.disconnect();
      resizeObserver = undefined;
      if (sizeFrame !== undefined) cancelAnimationFrame(sizeFrame);
      sizeFrame = undefined;
    }
  };
}

/** Run `task` when the page is idle (soon, where idle callbacks are missing); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 50);
  return () => clearTimeout(timer);
}

const motionListeners = new Set<(reduced: boolean) => void>();
let motionQuery: MediaQueryList | undefined;
const notifyMotion = (event: MediaQueryListEvent) => motionListeners.forEach((notify) => notify(event.matches));

/** Whether the reader asked for reduced motion; `listener` hears changes. */
export function onReducedMotion(listener: (reduced: boolean) => void): { reduced: boolean; unsubscribe: () => void } {
  if (!motionQuery && typeof matchMedia === 'function') {
    motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
    motionQuery.addEventListener('change', notifyMotion);
  }
  motionListeners.add(listener);
  return {
    reduced: motionQuery?.matches ?? false,
    unsubscribe: () => {
      motionListeners.delete(listener);
      if (motionListeners.size === 0 && motionQuery) {
        motionQuery.removeEventListener('change', notifyMotion);
        motionQuery = undefined;
      }
    },
  };
}
