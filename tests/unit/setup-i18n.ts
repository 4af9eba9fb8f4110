/**
 * Unit tests run against the English interface texts: modules that call t() (config notices, feature
 * details, layer sections…) need the catalogue the app loads through the build. Registered as a
 * setupFiles entry of the unit project in vite.config.ts.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { i18n, type Messages } from '../../src/i18n/i18n.svelte.ts';

const messages = parse(readFileSync(new URL('../../src/i18n/ui/en.yaml', import.meta.url), 'utf8')) as Messages;
i18n.set('en', messages);
