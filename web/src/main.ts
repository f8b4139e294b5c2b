import { mount } from 'svelte';
import { loadLocale, locale } from '$lib/i18n';
import App from './shell/App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The page is drawn once the words of its language are there.
await loadLocale(locale.current);
export default mount(App, { target });
