/**
 * src/story/schema.ts is the only definition of a step: the field list in steps.yaml's header and in
 * README.md name exactly its fields, and every limit they state is the schema's.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { stepSchema } from '../../src/story/schema.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const header = read('src/story/steps.yaml').split(/^steps:/m)[0];

/** The objects a field's value can be (a union's options, a list's element), without optional wrappers. */
function objects(s: z.ZodType): z.ZodObject[] {
  if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) return objects(s.unwrap() as z.ZodType);
  if (s instanceof z.ZodArray) return objects(s.element as z.ZodType);
  if (s instanceof z.ZodUnion) return (s.options as z.ZodType[]).flatMap(objects);
  if (s instanceof z.ZodObject) return [s];
  return [];
}
const bare = (s: z.ZodType): z.ZodType => (s instanceof z.ZodOptional || s instanceof z.ZodNullable ? bare(s.unwrap() as z.ZodType) : s);

/** Header lines by field: "#   camera     {center: …}" and its continuation lines. */
function headerFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last = '';
  for (const line of text.slice(text.indexOf('# Fields')).split('\n').slice(1)) {
    const m = /^# {3}([a-z]\w*) {2,}(.*)$/.exec(line);
    if (m) fields.set((last = m[1]), m[2]);
    else if (last && /^# {4,}\S/.test(line)) fields.set(last, `${fields.get(last)} ${line.slice(1).trim()}`);
    else if (!line.startsWith('#')) break;
  }
  return fields;
}

describe('the step schema and its documentation', () => {
  const fields = headerFields(header);

  it("steps.yaml's header lists exactly the schema's fields, in its order", () => {
    expect([...fields.keys()]).toEqual(Object.keys(stepSchema.shape));
  });

  it("the header's {…} forms list exactly the keys of the field's objects", () => {
    for (const [field, text] of fields) {
      const forms = [...text.matchAll(/\{([^{}]*:[^{}]*)\}/g)].map((m) => [...m[1].matchAll(/(\w+):/g)].map((k) => k[1]).sort());
      const shapes = objects(stepSchema.shape[field as keyof typeof stepSchema.shape] as z.ZodType).map((o) => Object.keys(o.shape).sort());
      expect(forms, field).toEqual(shapes);
    }
  });

  it('every limit the header states (key: min..max) is the schema’s', () => {
    let stated = 0;
    for (const [field, text] of fields) {
      const objs = objects(stepSchema.shape[field as keyof typeof stepSchema.shape] as z.ZodType);
      for (const [, key, min, max] of text.matchAll(/(\w+): (-?[\d.]+)\.\.(-?[\d.]+)/g)) {
        const n = objs.map((o) => o.shape[key]).find(Boolean);
        expect(n, `${field}.${key} in the schema`).toBeDefined();
        const num = bare(n as z.ZodType) as z.ZodNumber;
        expect([num.minValue, num.maxValue], `${field}.${key}`).toEqual([Number(min), Number(max)]);
        stated++;
      }
    }
    expect(stated, 'the header states the camera and animation limits').toBeGreaterThanOrEqual(5);
  });

  it('every bounded number in the schema has its limits in the header', () => {
    for (const [field, text] of fields) {
      for (const o of objects(stepSchema.shape[field as keyof typeof stepSchema.shape] as z.ZodType)) {
        for (const [key, s] of Object.entries(o.shape)) {
          const num = bare(s as z.ZodType);
          if (num instanceof z.ZodNumber && Number.isFinite(num.minValue) && Number.isFinite(num.maxValue)) expect(text, `${field}.${key}`).toContain(`${key}: ${num.minValue}..${num.maxValue}`);
        }
      }
    }
  });

  it("README.md's list of a step's fields is the schema's", () => {
    const m = /steps\.yaml` — one entry per step: ([^.]*)\./.exec(read('README.md'));
    expect(m, 'the list in README.md').not.toBeNull();
    expect([...m![1].matchAll(/`(\w+)`/g)].map((x) => x[1])).toEqual(Object.keys(stepSchema.shape));
  });
});
