import { describe, it, expect } from 'vitest';
import { parseHash, stepHash } from '../../src/config.ts';

const steps = ['pact', 'camps', 'totals'];

describe('deep links', () => {
  it('opens a known step', () => {
    expect(parseHash('#step=camps', steps)).toEqual({ step: 'camps', notices: [] });
    expect(parseHash(stepHash('totals'), steps).step).toBe('totals');
    expect(parseHash('', steps)).toEqual({ notices: [] });
  });

  it('ignores unknown steps and settings with a notice, never throwing', () => {
    const r = parseHash('#step=atlantis&zoom=NaN', steps);
    expect(r.step).toBeUndefined();
    expect(r.notices).toHaveLength(2);
    expect(r.notices[0]).toMatch(/step "atlantis" that does not exist/);
    expect(r.notices[1]).toMatch(/setting "zoom" is not known/);
  });

  it('treats hostile text as text and shortens it', () => {
    const evil = '#step=' + encodeURIComponent('<img src=x onerror=alert(1)>' + 'x'.repeat(200));
    const r = parseHash(evil, steps);
    expect(r.step).toBeUndefined();
    expect(r.notices[0].length).toBeLessThan(160);
    expect(r.notices[0]).toContain('<img src=x onerror=alert(1)>'); // shown as text by the UI, not parsed
    expect(() => parseHash('#%E0%A4%A', steps)).not.toThrow();
  });
});
