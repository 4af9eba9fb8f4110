/**
 * Reading the address: `#step=<id>` opens a step. Anything else in the hash is ignored with a
 * notice; nothing from the URL is ever put into the page as HTML.
 */
export interface HashState {
  step?: string;
  /** Problems with the URL, to show to the visitor. */
  notices: string[];
}

const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseHash(hash: string, knownSteps: readonly string[]): HashState {
  const out: HashState = { notices: [] };
  const raw = hash.replace(/^#/, '');
  if (!raw) return out;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { notices: ['The link could not be read; showing the beginning of the story.'] };
  }
  for (const [key, value] of params) {
    if (key !== 'step') {
      out.notices.push(`The link setting "${clip(key)}" is not known and was ignored.`);
      continue;
    }
    if (!STEP_ID.test(value) || !knownSteps.includes(value)) {
      out.notices.push(`The link names a step "${clip(value)}" that does not exist; showing the beginning of the story.`);
      continue;
    }
    out.step = value;
  }
  return out;
}

/** Shorten untrusted text before showing it in a notice. */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export function stepHash(id: string): string {
  return `#step=${id}`;
}
