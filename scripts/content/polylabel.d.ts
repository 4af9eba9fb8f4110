declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (rings of [x, y]); the result carries its distance to the outline. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
