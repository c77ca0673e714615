// Entry of every WalkBreak window: global styles and the shared messages, the language setting, then the view named
// by `?view=` (a view with safety messages also waits for the emergency region: lib/emergency.svelte.ts).
import { mount } from 'svelte';
import './app.css';
import './i18n/common';
import App from './App.svelte';
import { followLanguageSetting } from './lib/language-setting';
import { viewFromLocation } from './lib/views';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

void followLanguageSetting().then(() =>
  mount(App, { target, props: { view: viewFromLocation(window.location.search) } }),
);
