/** The last check before a link is rendered: validation already dropped unsafe links, this never trusts that it ran. */
import { isSafeUrl } from '../../data/schema.ts';

/** The link to render for `url`, or null unless it is an absolute `http:`/`https:` URL. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  return isSafeUrl(trimmed) ? new URL(trimmed).href : null;
}
