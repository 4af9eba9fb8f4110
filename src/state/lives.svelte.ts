/**
 * Which life is open and at which station. Loading a life fetches its own chunk (virtual:lives/<id>)
 * once. The map is a function of this state: LifeMode applies stationState(life, station).
 */
import { index, loaders } from 'virtual:lives';
import type { Life } from '../lives/types.ts';
import { NO_PADDING, type Padding } from '../map/state.ts';

export class LivesState {
  /** The life shown (null: the picker). */
  life = $state.raw<Life | null>(null);
  /** Station index, from 0. */
  station = $state(0);
  /** Whether the last change was a step along the path (Next) rather than a jump (link, Back). */
  travelling = $state(false);
  /** Space the panel covers (LifeMode measures it): the camera centres on the rest. */
  padding = $state.raw<Padding>(NO_PADDING);
  private readonly cache = new Map<string, Life>();

  get index() {
    return index;
  }

  has(id: string): boolean {
    return Object.hasOwn(loaders, id);
  }

  async open(id: string, station = 0): Promise<boolean> {
    if (!this.has(id)) return false;
    const life = this.cache.get(id) ?? (await loaders[id]());
    this.cache.set(id, life);
    this.travelling = false;
    this.life = life;
    this.station = Math.min(life.stations.length - 1, Math.max(0, station));
    return true;
  }

  go(n: number, travelling = false) {
    if (!this.life) return;
    const next = Math.min(this.life.stations.length - 1, Math.max(0, n));
    this.travelling = travelling && next === this.station + 1;
    this.station = next;
  }

  next() {
    this.go(this.station + 1, true);
  }

  back() {
    this.go(this.station - 1);
  }

  close() {
    this.life = null;
    this.station = 0;
  }
}
