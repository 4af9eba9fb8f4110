/**
 * Content problems: every message names the file, the feature or step, and the field, so a curator
 * can find and fix it without reading code.
 */
export interface Problem {
  /** Path relative to the project root, e.g. `geodata/camps.geojson`. */
  file: string;
  /** Feature id, step id or other item inside the file. */
  item?: string;
  /** Dotted field path, e.g. `from` or `figures.shot.value`. */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.item && `"${p.item}"`, p.field && `field "${p.field}"`].filter(Boolean).join(': ');
  return `${where}: ${p.message}`;
}

/** Thrown by the build when content is bad; its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `  - ${formatProblem(p)}`).join('\n'));
    this.name = 'ContentError';
  }
}
