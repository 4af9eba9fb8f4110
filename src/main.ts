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
import '../styles/app.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
