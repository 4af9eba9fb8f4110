/**
 * Which language the app starts in: `?lang=<code>` when it names a shipped language, else the first of
 * the browser's languages that is shipped (pl-PL → pl), else the base language. Pure and DOM-free.
 */
export function startLanguage(search: string, preferred: readonly string[], shipped: readonly string[]): { code: string; bad?: string } {
  let asked: string | null;
  try {
    asked = new URLSearchParams(search).get('lang');
  } catch {
    asked = null;
  }
  if (asked !== null) {
    const code = asked.trim().toLowerCase().split(/[-_]/)[0];
    if (shipped.includes(code)) return { code };
    const fallback = fromBrowser(preferred, shipped);
    return { code: fallback, bad: asked.slice(0, 40) };
  }
  return { code: fromBrowser(preferred, shipped) };
}

function fromBrowser(preferred: readonly string[], shipped: readonly string[]): string {
  for (const tag of preferred) {
    const code = String(tag).toLowerCase().split(/[-_]/)[0];
    if (shipped.includes(code)) return code;
  }
  return shipped[0];
}

/** The address with `lang` set (or removed for the base language), keeping everything else. */
export function withLanguage(href: string, code: string, base: string): string {
  const u = new URL(href);
  if (code === base) u.searchParams.delete('lang');
  else u.searchParams.set('lang', code);
  return u.toString();
}
