// Clean Care's service worker: the app shell (offline page, scripts, htmx, the Bengali font, icons)
// is cached at install; versioned assets are served from the cache first; pages come from the
// network, with the last copy of the home page and the complaint form (or the offline page) when
// there is none. Signing out empties the cached pages. Never caches the API or anything posted.
var VERSION = '__VERSION__';
var SHELL = __SHELL__;
var ASSETS = 'cc-assets-' + VERSION;
var PAGES = 'cc-pages';
var KEPT_PAGES = ['/', '/complaints/new'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(ASSETS).then(function (cache) {
    // without cookies: the offline page is the same for everyone, with no one's session in it
    return cache.addAll(SHELL.map(function (url) { return new Request(url, { credentials: 'omit' }); }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== ASSETS && name !== PAGES; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === 'POST' && url.pathname === '/logout') {
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method !== 'GET' || url.pathname.indexOf('/api/') === 0 || url.pathname.indexOf('/ws/') === 0) {
    return;
  }
  if (/^\/(js|css|vendor|icons)\//.test(url.pathname)) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(ASSETS).then(function (cache) { cache.put(request, copy); });
        }
        return response;
      });
    }));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && response.type === 'basic' && !response.redirected && KEPT_PAGES.indexOf(url.pathname) >= 0 && !url.search) {
        var copy = response.clone();
        caches.open(PAGES).then(function (cache) { cache.put(url.pathname, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(url.pathname, { cacheName: PAGES }).then(function (page) {
        return page || caches.match('/offline');
      });
    }));
  }
});
