// Entry of every WalkBreak window: global styles and the shared messages, the language setting and the emergency
// region, then the view named by `?view=`.
import { mount } from 'svelte';
import './app.css';
import './i18n/common';
import App from './App.svelte';
import { loadEmergencyRegion } from './lib/emergency.svelte';
import { followLanguageSetting } from './lib/language-setting';
import { viewFromLocation } from './lib/views';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

void Promise.all([followLanguageSetting(), loadEmergencyRegion()]).then(() =>
  mount(App, { target, props: { view: viewFromLocation(window.location.search) } }),
);
