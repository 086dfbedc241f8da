// Installs the service worker (offline shell, see /sw.js) once the page has loaded, and loads
// queue.js when a complaint filed offline is waiting to be sent. Pages work the same without it.
(function () {
  var me = document.getElementById('pwa-js');
  function register() {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* pages work without it */ });
    }
  }
  if (document.readyState === 'complete') {
    register();
  } else {
    window.addEventListener('load', register);
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
