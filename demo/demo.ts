// Page-level controls of the demo: the reading language and the theme of every element.
import '../src/index.js';

const langSelect = document.querySelector<HTMLSelectElement>('#demo-lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#demo-theme')!;

function applyTheme(theme: string) {
  document.documentElement.toggleAttribute('data-theme', theme !== '');
  if (theme) document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll('*')) {
    if (!el.tagName.startsWith('PANTAU-')) continue;
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
}

langSelect.value = document.documentElement.lang;
langSelect.addEventListener('change', () => {
  // Elements follow the document's lang on their own.
  document.documentElement.lang = langSelect.value;
});
themeSelect.addEventListener('change', () => applyTheme(themeSelect.value));
// Elements added later by sections pick up the chosen theme too.
new MutationObserver(() => themeSelect.value && applyTheme(themeSelect.value)).observe(document.body, {
  childList: true,
  subtree: true,
});
