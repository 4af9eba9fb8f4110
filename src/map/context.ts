/**
 * WebGL context loss (a GPU reset, a driver update, the browser reclaiming memory). MapLibre 6
 * destroys its style on loss and rebuilds it from a snapshot when the browser restores the context
 * (it prevents the loss event's default, which is what allows the restore). The snapshot keeps
 * sources, layers, filters and visibility, but not the values of global state (the map's date and
 * language, which labels read) nor feature state (the highlights): `restore` puts those back once
 * the rebuilt style has loaded. Meanwhile the controller waits. One map for the app's life.
 */
import type { Map as MLMap } from 'maplibre-gl';

export class ContextWatch {
  /** Resolves when the WebGL context is there; replaced while it is lost. */
  ready: Promise<void> = Promise.resolve();
  lost = false;

  constructor(map: MLMap, on: { lost: () => void; restore: () => void; changed: (lost: boolean) => void }) {
    let restored: () => void = () => {};
    map.on('webglcontextlost', () => {
      this.lost = true;
      this.ready = new Promise((ok) => (restored = ok));
      on.lost();
      on.changed(true);
    });
    map.on('webglcontextrestored', () => {
      const redo = () => {
        this.lost = false;
        on.restore();
        map.triggerRepaint();
        restored();
        on.changed(false);
      };
      if (map.isStyleLoaded()) redo();
      else map.once('style.load', redo);
    });
  }
}
