// Page-level controls of the demo: the reading language and the theme of every element.
import '../src/index.js';

const langSelect = document.querySelector<HTMLSelectElement>('#demo-lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#demo-theme')!;

// The page-level switch: every element follows `data-pantau-theme` on <html> ("auto": the system).
function applyTheme(theme: string) {
  document.documentElement.toggleAttribute('data-theme', theme !== '');
  if (theme) document.documentElement.dataset.theme = theme;
  document.documentElement.dataset.pantauTheme = theme || 'auto';
}

langSelect.value = document.documentElement.lang;
langSelect.addEventListener('change', () => {
  // Elements follow the document's lang on their own.
  document.documentElement.lang = langSelect.value;
});
themeSelect.addEventListener('change', () => applyTheme(themeSelect.value));
applyTheme(themeSelect.value);
