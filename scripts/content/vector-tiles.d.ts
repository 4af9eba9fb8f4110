declare module 'geojson-vt' {
  interface Tile {
    features: unknown[];
  }
  interface Index {
    getTile(z: number, x: number, y: number): Tile | null;
  }
  export default class GeoJSONVT implements Index {
    constructor(data: unknown, options?: Record<string, number | boolean>);
    getTile(z: number, x: number, y: number): Tile | null;
  }
}
declare module 'vt-pbf' {
  const vtpbf: { fromGeojsonVt(layers: Record<string, unknown>, options?: { version?: number; extent?: number }): Uint8Array };
  export default vtpbf;
}
