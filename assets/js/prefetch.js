// Starts fetching the data the opened address needs while the web app downloads and compiles,
// so that the first view does not wait for the app to ask: the index of events, and when the
// address names an event (#/e/<id>…), that event's data file. The preload link #parallax-index
// names the index and, in data-events, every event's id and file beside it ("id file id file …",
// written by the build). The responses wait in window.__parallaxPrefetch, by address, for src/data.rs.
(() => {
  const link = document.getElementById('parallax-index');
  // Nothing to do if the app has started fetching already (it leaves an empty stash).
  if (!link || !window.fetch || !window.URL || window.__parallaxPrefetch) return;
  const stash = (window.__parallaxPrefetch = {});
  const get = (url) => {
    stash[url] = fetch(url);
    // A failure is the app's to report (it retries); not an unhandled rejection.
    stash[url].catch(() => {});
  };
  get(link.href);
  const route = /^#\/e\/([^/?#]+)/.exec(location.hash);
  const events = (link.dataset.events || '').split(' ');
  if (!route) return;
  try {
    const at = events.indexOf(decodeURIComponent(route[1]));
    if (at >= 0 && at % 2 === 0 && events[at + 1]) get(new URL(events[at + 1], link.href).href);
  } catch {
    // A malformed address: the app says so.
  }
})();
