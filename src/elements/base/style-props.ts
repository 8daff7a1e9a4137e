/**
 * `styleProps`: like Lit's `styleMap`, but CSP-safe on the first render too.
 *
 * Lit's `styleMap` writes its first value as a `style="…"` attribute string (only later updates
 * go through the CSSOM), which a page with `style-src 'self'` refuses (a `style-src-attr`
 * violation, and the style is lost). This directive always sets properties through
 * `element.style.setProperty`, which no policy blocks. Server rendering has no element, so
 * `render()` still gives the attribute text there.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType, type AttributePart } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const dashed = (name: string) => (name.includes('-') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('styleProps() must be the whole value of a style attribute');
    }
  }

  render(props: StyleProps): string {
    return Object.entries(props)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => `${dashed(name)}:${value};`)
      .join('');
  }

  override update(part: AttributePart | ElementPart, [props]: [StyleProps]): unknown {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      const property = dashed(name);
      next.add(property);
      style.setProperty(property, String(value));
    }
    for (const property of this.previous) if (!next.has(property)) style.removeProperty(property);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
