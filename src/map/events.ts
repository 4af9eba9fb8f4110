/** A small typed event emitter: the controller's one road out. */
export class Emitter<E extends object> {
  private readonly listeners = new Map<keyof E, Set<(value: never) => void>>();

  /** Call `cb` on every `type` event; returns the unsubscribe function. */
  on<K extends keyof E>(type: K, cb: (value: E[K]) => void): () => void {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    set.add(cb as (value: never) => void);
    return () => set.delete(cb as (value: never) => void);
  }

  emit<K extends keyof E>(type: K, value: E[K]) {
    for (const cb of this.listeners.get(type) ?? []) (cb as (value: E[K]) => void)(value);
  }

  count(type: keyof E): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  clear() {
    this.listeners.clear();
  }
}
