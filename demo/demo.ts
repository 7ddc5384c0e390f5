// Page-level controls of the demo (the reading language and the theme of every element), and
// when each section's script loads.

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

/** Runs `load` once `el` comes near the viewport, or before printing (as `loading="lazy"`). */
function whenNear(el: Element | null, load: () => unknown): void {
  if (!el || typeof IntersectionObserver === 'undefined') return void load();
  const go = () => {
    observer.disconnect();
    removeEventListener('beforeprint', go);
    load();
  };
  const observer = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && go(), {
    rootMargin: '600px 0px',
  });
  observer.observe(el);
  addEventListener('beforeprint', go);
}

// The first screen is the page's own HTML: the sections' scripts (the elements' code with them)
// load once it is painted, each in its own task, so the text never waits for them. The
// elements below the fold have `loading="lazy"`: defined now, they read their data when near.
requestAnimationFrame(() =>
  setTimeout(() => {
    void import('./sections/stat.js');
    void import('./sections/complaint-trend.js');
    void import('./sections/compliance-map.js');
    void import('./sections/service-standard.js');
  }),
);
// The embed builder (every element, for its preview) waits for its section.
whenNear(document.querySelector('#embed'), () => import('./sections/embed-builder.js'));
