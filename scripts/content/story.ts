/**
 * Story content: parse src/story/steps.yaml and src/story/text/<lang>.md, and lint them against the
 * geodata. A curator's mistake fails the build with the file, the step and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isSeq, LineCounter } from 'yaml';
import { Lexer, marked, type Tokens, type Token } from 'marked';
import { stepSchema } from '../../src/story/schema.ts';
import { LAYER_IDS, layerDef } from '../../src/layers/registry.ts';
import { dayOf } from '../../src/time.ts';
import type { Story, StepSpec, Step, SourceRef } from '../../src/story/types.ts';
import type { GeodataResult, SourceEntry } from './geodata.ts';
import type { Problem } from './problems.ts';
import type { StoryText } from './story-text.ts';

export type { StepText, StoryText } from './story-text.ts';
import { expand, capitalise, type Figures, type MonthForms } from '../../src/i18n/tokens.ts';
import { compareText, lintBaseFigures, lintTokens, parseFigures } from './i18n.ts';
import { lintStepSources } from './sources.ts';
import { lintClaims, loadSeeds, type Seeds } from './seeds.ts';

/** Parse steps.yaml text into step specs, reporting problems with the step id and field. */
export function parseSteps(text: string, file = 'src/story/steps.yaml'): { problems: Problem[]; steps: StepSpec[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length) {
    return { problems: doc.errors.map((e) => ({ file, message: `YAML syntax error at line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]}` })), steps: [] };
  }
  const root = doc.get('steps', true);
  if (!isSeq(root)) return { problems: [{ file, message: 'must have a top-level "steps:" list' }], steps: [] };
  const problems: Problem[] = [];
  const steps: StepSpec[] = [];
  root.items.forEach((node, i) => {
    const raw = (node as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const line = range ? lc.linePos(range[0]).line : undefined;
    const item = typeof raw?.id === 'string' ? raw.id : `step #${i + 1}${line ? ` (line ${line})` : ''}`;
    const parsed = stepSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, item, field: issue.path.join('.') || undefined, message: issue.message });
      return;
    }
    steps.push(parsed.data);
  });
  return { problems, steps };
}

/** Escape anything a curator types that would be HTML: text is text. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderBody(tokens: Token[]): string {
  // Raw HTML in the text is shown as text, never injected; links open nothing in the kiosk, so
  // they render as their text.
  const renderer = new marked.Renderer();
  renderer.html = ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text);
  renderer.link = function ({ tokens: inner }: Tokens.Link) {
    return this.parser.parseInline(inner);
  };
  renderer.image = ({ text }: Tokens.Image) => escapeHtml(text);
  return marked.parser(tokens as never, { renderer, async: false }) as string;
}

/** Parse one language's text file. Format: optional YAML front matter (title, chapters), then per step
 *  `## <step-id>`, `### <title>`, paragraphs, and a paragraph starting `Alt:` with the map description. */
export function parseText(text: string, file: string): { problems: Problem[]; text: StoryText } {
  const problems: Problem[] = [];
  const out: StoryText = { title: '', chapters: {}, steps: {} };
  let body = text;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    const doc = parseDocument(fm[1]);
    if (doc.errors.length) problems.push({ file, item: 'front matter', message: `YAML error: ${doc.errors[0].message.split('\n')[0]}` });
    const meta = (doc.toJSON() ?? {}) as { title?: unknown; chapters?: unknown };
    if (typeof meta.title === 'string') out.title = meta.title;
    if (meta.chapters && typeof meta.chapters === 'object') {
      for (const [k, v] of Object.entries(meta.chapters)) if (typeof v === 'string') out.chapters[k] = v;
    }
    body = text.slice(fm[0].length);
  }
  const tokens = new Lexer().lex(body);
  let current: { id: string; title: string; alt: string; body: Token[]; claims: Token[] } | null = null;
  const finish = () => {
    if (!current) return;
    if (out.steps[current.id]) problems.push({ file, item: current.id, message: 'has two sections "## ' + current.id + '"' });
    if (current.claims.length > 1) problems.push({ file, item: current.id, field: 'claim', message: 'has more than one "Claim:" paragraph: a step shows one popular account beside the record' });
    // "Claim:" — a popular account beside the record — is one quiet element after the text.
    const claim = current.claims.length ? `\n<aside class="claim">${renderBody(current.claims).trim()}</aside>` : '';
    const claimText = current.claims.map((t) => (t as Tokens.Paragraph).text).join(' ');
    out.steps[current.id] = { title: current.title, alt: current.alt, html: renderBody(current.body).trim() + claim, ...(claimText ? { claim: claimText } : {}) };
  };
  for (const t of tokens) {
    if (t.type === 'heading' && (t as Tokens.Heading).depth === 2) {
      finish();
      current = { id: (t as Tokens.Heading).text.trim(), title: '', alt: '', body: [], claims: [] };
    } else if (!current) {
      if (t.type !== 'space') problems.push({ file, message: `text before the first "## <step-id>" heading: "${t.raw.trim().slice(0, 40)}"` });
    } else if (t.type === 'heading' && (t as Tokens.Heading).depth === 3) {
      current.title = (t as Tokens.Heading).text.trim();
    } else if (t.type === 'paragraph' && /^Alt:\s*/i.test((t as Tokens.Paragraph).text)) {
      current.alt = (t as Tokens.Paragraph).text
        .replace(/^Alt:\s*/i, '')
        .replace(/\s+/g, ' ')
        .trim();
    } else if (t.type === 'paragraph' && /^Claim:\s*/.test((t as Tokens.Paragraph).text)) {
      const p = t as Tokens.Paragraph;
      const text = p.text.replace(/^Claim:\s*/, '');
      current.claims.push({ ...p, raw: text, text, tokens: new Lexer().inlineTokens(text) } as Tokens.Paragraph);
    } else if (t.type !== 'space') {
      current.body.push(t);
    }
  }
  finish();
  return { problems, text: out };
}

function inBox([x, y]: [number, number], b: [number, number, number, number]) {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/** Cross-check steps and text against the geodata: every name resolves, dates run in order, the
 *  camera looks at the data, every step has a title, body and alt text. */
export function lintStory(
  steps: StepSpec[],
  text: StoryText,
  geo: Pick<GeodataResult, 'index' | 'bboxes'>,
  sourceKeys: ReadonlySet<string>,
  files = { steps: 'src/story/steps.yaml', text: 'src/story/text/en.md' },
): Problem[] {
  const problems: Problem[] = [];
  const p = (item: string, field: string, message: string, file = files.steps) => problems.push({ file, item, field, message });
  const ids = new Set<string>();
  let lastDay = -Infinity;
  // "Inside the data": the camera centre must lie within the box of the layers the step shows
  // (with a margin), so a typo in a coordinate cannot send the reader to an empty ocean.
  const dataBox = (layers: string[]): [number, number, number, number] => {
    const boxes = layers.map((l) => geo.bboxes[l]).filter(Boolean);
    if (!boxes.length) return [-180, -85, 180, 85];
    return [Math.min(...boxes.map((b) => b[0])) - 3, Math.min(...boxes.map((b) => b[1])) - 3, Math.max(...boxes.map((b) => b[2])) + 3, Math.max(...boxes.map((b) => b[3])) + 3];
  };
  for (const s of steps) {
    if (ids.has(s.id)) p(s.id, 'id', 'is used by two steps');
    ids.add(s.id);
    const day = dayOf(s.date);
    if (day < lastDay) p(s.id, 'date', `(${s.date}) is earlier than the previous step's date: steps must run in date order`);
    lastDay = Math.max(lastDay, day);
    for (const l of s.layers) if (!LAYER_IDS.has(l)) p(s.id, 'layers', `unknown layer "${l}" (known: ${[...LAYER_IDS].join(', ')})`);
    const feature = (field: string, id: string) => {
      const entry = geo.index[id];
      if (!entry) p(s.id, field, `unknown feature "${id}" (no feature with this id in geodata/)`);
      return entry;
    };
    for (const id of s.highlight ?? []) {
      const e = feature('highlight', id);
      if (e && !s.layers.includes(e.layer)) p(s.id, 'highlight', `feature "${id}" is in layer "${e.layer}", which this step does not show`);
    }
    if ('fit' in s.camera) {
      for (const id of s.camera.fit) feature('camera.fit', id);
    } else {
      const box = dataBox(s.layers);
      if (!inBox(s.camera.center, box)) p(s.id, 'camera.center', `[${s.camera.center.join(', ')}] is outside the data of the layers shown (${box.map((n) => n.toFixed(1)).join(', ')})`);
    }
    if (s.animate) {
      for (const id of s.animate.routes ?? []) {
        const e = feature('animate.routes', id);
        if (e && !layerDef(e.layer)?.reveal) p(s.id, 'animate.routes', `feature "${id}" is not in a layer that can be drawn out (reveal)`);
        else if (e && !s.layers.includes(e.layer)) p(s.id, 'animate.routes', `route "${id}" is in layer "${e.layer}", which this step does not show`);
        else if (e && (dayOf(e.from) > day || (e.to && dayOf(e.to) <= day))) p(s.id, 'animate.routes', `route "${id}" (${e.from} to ${e.to}) is not on the map on the step's date ${s.date}`);
      }
      if (dayOf(s.animate.from) > day) p(s.id, 'animate.from', `(${s.animate.from}) must not be after the step's date (${s.date})`);
    }
    for (const c of s.counts ?? []) {
      const e = feature('counts', c.feature);
      if (e && !e.figures?.[c.figure]) p(s.id, 'counts', `feature "${c.feature}" has no figure "${c.figure}" (has: ${Object.keys(e.figures ?? {}).join(', ') || 'none'})`);
    }
    for (const key of s.sources) if (!sourceKeys.has(key)) p(s.id, 'sources', `unknown source key "${key}" (not in geodata/sources.json)`);
    const t = text.steps[s.id];
    if (!t) {
      p(s.id, 'text', `has no section "## ${s.id}"`, files.text);
      continue;
    }
    if (!t.title) p(s.id, 'title', 'is missing (a "### Title" line under the step heading)', files.text);
    if (!t.html) p(s.id, 'body', 'is empty', files.text);
    if (!t.alt) p(s.id, 'alt', 'is missing (a paragraph starting "Alt:" describing the map)', files.text);
    if (!text.chapters[s.chapter]) p(s.id, 'chapter', `chapter "${s.chapter}" has no title in the front matter`, files.text);
  }
  for (const id of Object.keys(text.steps)) if (!ids.has(id)) p(id, 'step', 'has text but no step in steps.yaml', files.text);
  if (!steps.length) problems.push({ file: files.steps, message: 'has no steps' });
  return problems;
}

export interface StoryLanguage {
  /** Formatted into every text: src/story/figures.yaml. */
  figures: Figures;
  /** Month names in the forms a sentence needs, per language (src/i18n/ui/<lang>.months.yaml). */
  months?: MonthForms;
  /** The base language's text, which a translation must match fact for fact (absent for the base). */
  base?: StoryText;
  /** The seed texts that "Claim:" quotations must match (default: ../shared/seeds; null skips). */
  seeds?: Seeds | null;
}

/** Load, lint and assemble the story in one language, its fact tokens formatted for that language. */
export function loadStory(storyDir: string, geo: GeodataResult & { sources: SourceEntry[] }, lang = 'en', opts?: StoryLanguage): { problems: Problem[]; story?: Story; text?: StoryText } {
  const files = { steps: 'src/story/steps.yaml', text: `src/story/text/${lang}.md` };
  const read = (f: string) => {
    try {
      return readFileSync(join(storyDir, f), 'utf8');
    } catch {
      return null;
    }
  };
  const stepsText = read('steps.yaml');
  const textText = read(`text/${lang}.md`);
  if (stepsText == null) return { problems: [{ file: files.steps, message: 'is missing' }] };
  if (textText == null) return { problems: [{ file: files.text, message: `is missing: the story has no text in "${lang}"` }] };
  let figures = opts?.figures;
  if (!figures) {
    const f = parseFigures(read('figures.yaml') ?? '', 'src/story/figures.yaml');
    if (f.problems.length) return { problems: f.problems };
    figures = f.figures;
  }
  const parsed = parseSteps(stepsText, files.steps);
  const text = parseText(textText, files.text);
  const keys = new Set(geo.sources.map((s) => s.key));
  const problems = [...parsed.problems, ...text.problems];
  if (problems.length) return { problems };
  problems.push(...lintStory(parsed.steps, text.text, geo, keys, files));
  if (!opts?.base) problems.push(...lintStepSources(parsed.steps, geo.sources, files.steps));
  problems.push(...lintClaims(text.text.steps, opts?.seeds === undefined ? loadSeeds() : opts.seeds, files.text));
  problems.push(...lintTokens(text.text, figures, files.text));
  problems.push(...(opts?.base ? compareText(opts.base, text.text, lang, files.text) : lintBaseFigures(text.text, files.text)));
  if (problems.length) return { problems };
  const fmt = (s: string) => expand(s, lang, figures, opts?.months ?? {});
  const fmtHtml = (s: string) => expand(s, lang, figures, opts?.months ?? {}, escapeHtml);
  const steps: Step[] = parsed.steps.map((s, index) => {
    const t = text.text.steps[s.id];
    return { ...s, index, title: capitalise(fmt(t.title), lang), html: fmtHtml(t.html), alt: fmt(t.alt) };
  });
  const cited = new Set(steps.flatMap((s) => s.sources));
  for (const layer of Object.values(geo.layers))
    for (const f of layer.features) {
      for (const k of f.properties.sources) cited.add(k);
      for (const fig of Object.values(f.properties.figures ?? {})) for (const k of fig.sources) cited.add(k);
    }
  // An alias (an old key kept for older references) brings in the entry it stands for.
  for (const s of geo.sources) if (cited.has(s.key) && s.alias_of) cited.add(s.alias_of);
  const sources: Record<string, SourceRef> = {};
  for (const s of geo.sources) if (cited.has(s.key)) sources[s.key] = s;
  const chapters = [...new Set(steps.map((s) => s.chapter))].map((id) => ({ id, title: capitalise(fmt(text.text.chapters[id]), lang) }));
  return { problems: [], story: { lang, title: fmt(text.text.title), chapters, steps, sources }, text: text.text };
}
