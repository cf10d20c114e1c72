// What an app does once: load the typings of our tags.
import type {} from 'france-russia-relations/svelte';
