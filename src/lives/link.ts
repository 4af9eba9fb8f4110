/** Deep links to a life: #life=<id>&station=<n> (n counts from 1). Pure. */
export interface LifeLink {
  life: string;
  /** Station index from 0. */
  station: number;
}

/** The life link in a hash, or null when the hash is not one (then the story's own parser reads it). */
export function parseLifeHash(hash: string): LifeLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const life = params.get('life');
  if (life == null) return null;
  const n = Number(params.get('station') ?? '1');
  return { life, station: Number.isInteger(n) && n >= 1 ? n - 1 : 0 };
}

export function lifeHash(life: string, station: number): string {
  return `#life=${encodeURIComponent(life)}&station=${station + 1}`;
}
