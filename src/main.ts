import { mount } from 'svelte';
// UI fonts: only the subsets the seven languages need (latin, latin-ext, cyrillic).
import '@fontsource/noto-serif/latin-400.css';
import '@fontsource/noto-serif/latin-400-italic.css';
import '@fontsource/noto-serif/latin-700.css';
import '@fontsource/noto-serif/latin-ext-400.css';
import '@fontsource/noto-serif/latin-ext-400-italic.css';
import '@fontsource/noto-serif/latin-ext-700.css';
import '@fontsource/noto-serif/cyrillic-400.css';
import '@fontsource/noto-serif/cyrillic-400-italic.css';
import '@fontsource/noto-serif/cyrillic-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import 'virtual:palette.css';
import '../styles/app.css';
import App from './App.svelte';
import { languages, loaders } from 'virtual:i18n';
import { i18n } from './i18n/i18n.svelte.ts';
import { startLanguage } from './i18n/choose.ts';

// The language is chosen before the first paint (?lang=, else the browser's languages), so the page
// never flashes in another language; the base language's messages back up any key a bundle lacks.
const codes = languages.map((l) => l.code);
const start = startLanguage(location.search, navigator.languages ?? [navigator.language], codes);
const [base, bundle] = await Promise.all([loaders[codes[0]](), start.code === codes[0] ? null : loaders[start.code]()]);
i18n.fallback = base.messages;
const shown = bundle ?? base;
i18n.set(shown.lang, shown.messages, shown.geo);
mount(App, { target: document.getElementById('app')!, props: { bundle: shown, badLang: start.bad } });
