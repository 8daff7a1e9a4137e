/**
 * Projects grouped under each name of a facet (a donor, a theme) written in any language or
 * script: a project counts once however often it repeats a name. Fed one project at a time, so
 * that one pass over a dataset fills every facet.
 */
import type { Project, Text } from '../../data/types.ts';
import { canonicalText, foldKey } from './text-keys.ts';

export interface FacetGroup {
  /** Canonical name (the filter value). */
  readonly value: string;
  /** The Text it was first written as (labelled in the locale by the caller). */
  readonly text: Text;
  readonly projects: readonly Project[];
}

export class FacetCounter {
  private readonly byKey = new Map<string, { value: string; text: Text; projects: Project[] }>();
  /** The same names recur across a thousand projects: each distinct string is folded once. */
  private readonly keyOfString = new Map<string, { value: string; key: string }>();

  add(texts: readonly Text[], project: Project): void {
    for (const text of texts) {
      const { value, key } = this.keyOf(text);
      if (!key) continue;
      const group = this.byKey.get(key);
      if (!group) this.byKey.set(key, { value, text, projects: [project] });
      // Projects come one at a time: a repeated name is the same project as the last one counted.
      else if (group.projects[group.projects.length - 1] !== project) group.projects.push(project);
    }
  }

  /** The groups in the order their names first appeared. */
  groups(): FacetGroup[] {
    return [...this.byKey.values()];
  }

  private keyOf(text: Text): { value: string; key: string } {
    if (typeof text !== 'string') {
      const value = canonicalText(text).trim();
      return { value, key: foldKey(value) };
    }
    let known = this.keyOfString.get(text);
    if (!known) {
      const value = text.trim();
      known = { value, key: foldKey(value) };
      this.keyOfString.set(text, known);
    }
    return known;
  }
}
