// Installs the service worker (offline shell, see /sw.js) once the page has loaded, and loads
// queue.js when a complaint filed offline is waiting to be sent. Pages work the same without it.
(function () {
  var me = document.getElementById('pwa-js');
  function register() {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* pages work without it */ });
    }
  }
  // htmx 2 (loaded async) waits for DOMContentLoaded when it runs after that event but before the
  // load event, and then never starts: a page served fast from the service worker's cache does
  // exactly that. By the load event every async script has run, so an htmx that has not processed
  // the body yet is still waiting: give it the event it waits for.
  function startHtmx() {
    if (window.htmx && document.body && !document.body['htmx-internal-data']) {
      document.dispatchEvent(new Event('DOMContentLoaded'));
    }
  }
  function loaded() {
    startHtmx();
    register();
  }
  if (document.readyState === 'complete') {
    loaded();
  } else {
    window.addEventListener('load', loaded);
  }
  var waiting = false;
  try {
    waiting = !!localStorage.getItem('cc-queue');
  } catch (e) { /* storage off: nothing can be waiting */ }
  if (waiting && me && !document.getElementById('queue-js')) {
    var script = document.createElement('script');
    script.id = 'queue-js';
    script.async = true;
    script.src = me.dataset.queue;
    document.head.appendChild(script);
  }
})();
