// Entry of every WalkBreak window: global styles, then the view named by `?view=`.
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { viewFromLocation } from './lib/views';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

export default mount(App, { target, props: { view: viewFromLocation(window.location.search) } });
