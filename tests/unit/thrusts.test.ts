/** Thrust arrows that grow with the date (src/map/thrusts.ts): share of the line by day, the head's shape. */
import { describe, it, expect } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import { arrow, lineKm, thrustShare, thrustsAt, HEAD_HALF_KM, HEAD_KM, MIN_KM, type ThrustProps } from '../../src/map/thrusts.ts';
import { dayOf } from '../../src/time.ts';

// Due east along 52°N for about 275 km (4°), vertices every 0.5°.
const coords = Array.from({ length: 9 }, (_, i) => [20 + i * 0.5, 52]);
const props: ThrustProps = { id: 't', kind: 'german-thrust', fromDay: dayOf('1939-09-01'), toDay: dayOf('1939-10-07'), reach: '1939-09-10' };
const feature: Feature<LineString, ThrustProps> = { type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: coords } };

describe('thrust arrows', () => {
  const total = lineKm(coords);

  it('measures the line in km', () => {
    expect(total).toBeGreaterThan(270);
    expect(total).toBeLessThan(280);
  });

  it('draws a share of the line that grows by the day, at least MIN_KM, whole from the day of the objective', () => {
    expect(thrustShare(props, props.fromDay - 1, total)).toBe(0);
    expect(thrustShare(props, props.fromDay, total)).toBeCloseTo(MIN_KM / total, 5);
    expect(thrustShare(props, props.fromDay + 5, total)).toBeCloseTo(6 / 10, 5);
    expect(thrustShare(props, props.fromDay + 5.5, total)).toBeCloseTo(6.5 / 10, 5); // fractional days glide
    expect(thrustShare(props, dayOf('1939-09-10'), total)).toBe(1);
    expect(thrustShare(props, props.toDay - 1, total)).toBe(1);
    expect(thrustShare(props, props.toDay, total)).toBe(0);
  });

  it('ends the shaft at the base of a head whose point is the end of the line', () => {
    const { shaft, head } = arrow(coords);
    expect(head[0]).toEqual(coords[coords.length - 1]);
    expect(head[head.length - 1]).toEqual(head[0]);
    expect(total - lineKm(shaft)).toBeCloseTo(HEAD_KM, 0);
    // Due east: the base is perpendicular to the line, 2 × HEAD_HALF_KM wide, at the shaft's end.
    const [, left, right] = head;
    expect(left[0]).toBeCloseTo(right[0], 6);
    expect(lineKm([left, right])).toBeCloseTo(2 * HEAD_HALF_KM, 0);
    expect(left[0]).toBeCloseTo(shaft[shaft.length - 1][0], 6);
  });

  it('gives the shaft, the head and, while under way, the axis to the objective, all with the thrust id', () => {
    const under = thrustsAt([feature], props.fromDay + 2).features;
    expect(under.map((f) => [f.geometry.type, f.properties?.part ?? 'shaft'])).toEqual([
      ['LineString', 'axis'],
      ['LineString', 'shaft'],
      ['Polygon', 'shaft'],
    ]);
    expect(under.every((f) => f.properties?.id === 't')).toBe(true);
    const head = under[2].geometry as Polygon;
    expect(head.coordinates[0][0][0]).toBeCloseTo(20 + (4 * 3) / 10, 1); // 3 of 10 days: 30% along
    expect(thrustsAt([feature], dayOf('1939-09-10')).features.map((f) => f.geometry.type)).toEqual(['LineString', 'Polygon']);
    expect(thrustsAt([feature], props.toDay).features).toEqual([]);
  });
});
