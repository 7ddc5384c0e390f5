import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { argTypesFor, cssVariables, descriptionOf, wireActions } from './elements.js';
import './preview.css';

/**
 * Wraps every story in a page-like root, the way a host page wraps an element: the toolbar's
 * language as `lang` and its theme as `data-pantau-theme` (elements read both from an ancestor),
 * and the story's custom-property args as the root's style; the element's events go to Actions
 * from here. An element's own `theme` or `lang`,
 * when a story sets it, wins over the page's, as it would on a real page.
 */
const withPage: Decorator = (story, context) => {
  const lang = context.globals.locale === 'en' ? 'en' : 'id';
  const theme = ['dark', 'auto'].includes(context.globals.theme) ? context.globals.theme : 'light';
  return html`<div
    class="pantau-story"
    lang=${lang}
    data-pantau-theme=${theme}
    style=${styleMap(cssVariables(context.args))}
    ${wireActions(context.component)}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Bahasa / Language',
      toolbar: {
        title: 'Bahasa',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema halaman / Page theme',
      toolbar: {
        title: 'Tema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Terang / Light', icon: 'sun' },
          { value: 'dark', title: 'Gelap / Dark', icon: 'moon' },
          { value: 'auto', title: 'Sistem / System', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'id', theme: 'light' },
  decorators: [withPage],
  parameters: {
    controls: { expanded: true, sort: 'none' },
    docs: {
      // Every element's controls and tables come from custom-elements.json through one helper,
      // instead of Storybook's own reading (which lists each attribute twice, kebab and camel).
      extractArgTypes: argTypesFor,
      extractComponentDescription: descriptionOf,
    },
    // Any axe violation fails the story's a11y check.
    a11y: { test: 'error' },
  },
};

export default preview;
