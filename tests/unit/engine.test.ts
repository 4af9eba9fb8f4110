import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { resolve, type MapState } from '../../src/map/resolve.ts';
import { diff, applyOps } from '../../src/map/diff.ts';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { loadStory } from '../../scripts/content/story.ts';
import type { Story, StepSpec } from '../../src/story/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let story: Story;
let index: ReturnType<typeof loadGeodata>['index'];
let states: MapState[];

beforeAll(() => {
  const geo = loadGeodata(`${root}geodata`);
  const loaded = loadStory(`${root}src/story`, geo);
  expect(loaded.problems).toEqual([]);
  story = loaded.story!;
  index = geo.index;
  states = story.steps.map((s) => resolve(s, index));
});

const base: StepSpec = { id: 'a', chapter: 'c', date: '1940-04-05', camera: { center: [30, 54], zoom: 5 }, layers: ['camps', 'places'], sources: ['shelepin'] };

describe('resolve', () => {
  it('declares the whole state of a step', () => {
    const s = resolve({ ...base, layers: ['places', 'camps', 'places'], highlight: ['mednoye', 'katyn-forest'] }, index);
    expect(s.visible).toEqual(['camps', 'places']);
    expect(s.highlight).toEqual(['katyn-forest', 'mednoye']);
    expect(s.camera).toEqual({ kind: 'view', center: [30, 54], zoom: 5, bearing: 0, pitch: 0 });
    expect(s.animation).toBeNull();
  });

  it('turns a fit into the union of the features’ boxes', () => {
    const s = resolve({ ...base, camera: { fit: ['katyn-forest', 'mednoye'], padding: 50 } }, index);
    expect(s.camera.kind).toBe('bounds');
    if (s.camera.kind !== 'bounds') return;
    const [w, south, e, n] = s.camera.bounds;
    expect(w).toBeCloseTo(31.79, 2); // Katyn is the westernmost
    expect(e).toBeCloseTo(35.438, 2); // Mednoye the easternmost
    expect(south).toBeCloseTo(54.774, 2);
    expect(n).toBeCloseTo(56.937, 2);
    expect(s.camera.padding).toBe(50);
  });

  it('throws on an unknown fit feature instead of guessing a camera', () => {
    expect(() => resolve({ ...base, camera: { fit: ['atlantis'] } }, index)).toThrow(/unknown feature "atlantis"/);
  });

  it('gives the animation the step date as its end', () => {
    const t = story.steps.find((s) => s.id === 'transports')!;
    const s = resolve(t, index);
    expect(s.animation?.routes).toHaveLength(3);
    expect(s.animation!.toDay).toBe(s.day);
    expect(s.animation!.fromDay).toBeLessThan(s.day);
  });
});

describe('diff and applyOps', () => {
  it('takes states built of proxies (Svelte $state), which structuredClone cannot copy', () => {
    const proxied = <T extends object>(v: T): T => new Proxy(v, {});
    const next: MapState = {
      ...states[0],
      camera: proxied({ kind: 'view' as const, center: proxied([25, 53] as [number, number]), zoom: 4.6, bearing: 0, pitch: 0 }),
      padding: proxied({ ...states[0].padding }),
    };
    expect(() => structuredClone(next.camera)).toThrow();
    const end = applyOps(null, diff(null, next));
    expect(end.camera).toEqual({ kind: 'view', center: [25, 53], zoom: 4.6, bearing: 0, pitch: 0 });
    expect(end.padding).toEqual(states[0].padding);
  });

  it('from nothing, produces every part of the state', () => {
    const ops = diff(null, states[0]);
    expect(ops.map((o) => o.type)).toEqual(expect.arrayContaining(['visibility', 'date', 'highlight', 'camera']));
    expect(applyOps(null, ops)).toEqual(states[0]);
  });

  it('emits nothing between equal states', () => {
    for (const s of states) expect(diff(s, structuredClone(s))).toEqual([]);
  });

  it('jumping from any step to any other gives the same state as arriving in order', () => {
    // In order: walk 0 → 1 → … → j. Jump: i → j. Both must equal resolve(step j).
    let walked: MapState | null = null;
    for (let j = 0; j < states.length; j++) {
      walked = applyOps(walked, diff(walked, states[j]));
      expect(walked).toEqual(states[j]);
      for (let i = 0; i < states.length; i++) {
        expect(applyOps(states[i], diff(states[i], states[j]))).toEqual(states[j]);
      }
    }
    // And backwards, as a reader scrolling up.
    let back: MapState | null = states[states.length - 1];
    for (let j = states.length - 2; j >= 0; j--) {
      back = applyOps(back, diff(back, states[j]));
      expect(back).toEqual(states[j]);
    }
  });

  it('hides exactly the layers the next step does not show', () => {
    const a = resolve({ ...base, layers: ['camps', 'places', 'routes'] }, index);
    const b = resolve({ ...base, layers: ['places', 'sites'] }, index);
    const vis = diff(a, b).filter((o) => o.type === 'visibility');
    expect(vis).toEqual([
      { type: 'visibility', layer: 'sites', visible: true },
      { type: 'visibility', layer: 'camps', visible: false },
      { type: 'visibility', layer: 'routes', visible: false },
    ]);
  });

  it('runs an animation when entering its step, and records its absence when leaving', () => {
    const t = states[story.steps.findIndex((s) => s.id === 'transports')];
    const still = resolve({ ...base, date: '1940-03-05' }, index); // a step without animation
    expect(diff(still, t).some((o) => o.type === 'animate' && o.animation !== null)).toBe(true);
    expect(diff(t, still)).toContainEqual({ type: 'animate', animation: null });
    expect(diff(t, t)).toEqual([]);
  });
});
