// The offline complaint queue. A complaint form submitted while the phone is offline is kept in
// IndexedDB (its photo too) and sent when the connection returns, with a fresh CSRF token of the
// current session; then its tracking number and link are shown. Without JavaScript, or online,
// the form simply posts. The form's own key (Idempotency-Key) goes with it: a resend after an
// answer was lost gets the complaint filed the first time, never a second one.
(function () {
  // pwa.js may load this script too: one copy per page, or a complaint could be sent twice
  if (window.ccQueue) {
    return;
  }
  window.ccQueue = true;
  var DB = 'cleancare', STORE = 'complaints', FLAG = 'cc-queue';
  var flushing = false;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function store(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function flag(on) {
    try {
      if (on) { localStorage.setItem(FLAG, '1'); } else { localStorage.removeItem(FLAG); }
    } catch (e) { /* storage off */ }
  }

  function texts(doc) {
    var node = doc.getElementById('queue-texts');
    return node ? node.dataset : {};
  }

  // a notice at the top of the page, written as text
  function tell(text, kind, link) {
    var main = document.getElementById('main');
    if (!main || !text) {
      return;
    }
    var box = document.getElementById('queue-notice');
    if (!box) {
      box = document.createElement('div');
      box.id = 'queue-notice';
      box.setAttribute('role', 'status');
      main.insertBefore(box, main.firstChild);
    }
    box.className = 'notice ' + (kind || '');
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = text;
    if (link) {
      p.append(' ');
      var strong = document.createElement('strong');
      strong.className = 'tracking';
      strong.textContent = link.number;
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.open;
      p.append(strong, ' — ', a);
    }
    box.appendChild(p);
  }

  // keeps the form (photo as bytes: a File may not survive storage in every browser)
  function keep(form) {
    var entries = [];
    var reads = [];
    new FormData(form).forEach(function (value, name) {
      if (name === '_csrf') {
        return;
      }
      if (value instanceof File) {
        if (value.size > 0) {
          reads.push(value.arrayBuffer().then(function (bytes) {
            entries.push([name, { file: true, name: value.name, type: value.type, bytes: bytes }]);
          }));
        }
      } else {
        entries.push([name, value]);
      }
    });
    return Promise.all(reads).then(function () {
      return store('readwrite', function (s) { return s.add({ at: Date.now(), fields: entries }); });
    }).then(function () { flag(true); });
  }

  function freshForm() {
    return fetch('/complaints/new', { credentials: 'same-origin' }).then(function (response) {
      return response.text().then(function (html) {
        return { response: response, doc: new DOMParser().parseFromString(html, 'text/html') };
      });
    });
  }

  function flush() {
    if (flushing || !navigator.onLine) {
      return;
    }
    flushing = true;
    // one tab at a time: two open tabs coming back online must not both send the same complaint
    var exclusive = navigator.locks ? function (work) { return navigator.locks.request('cc-queue', work); } : function (work) { return work(); };
    exclusive(sendAll).then(function () { flushing = false; }, function () { flushing = false; });
  }

  function sendAll() {
    return store('readonly', function (s) { return s.getAll(); }).then(function (items) {
      if (!items || items.length === 0) {
        flag(false);
        return;
      }
      return freshForm().then(function (page) {
        var say = texts(page.doc);
        var token = page.doc.querySelector('form[action="/complaints"] input[name=_csrf]');
        if (new URL(page.response.url).pathname === '/login' || !token) {
          tell(say.login || texts(document).login, 'error');
          return;
        }
        tell(say.sending);
        return items.reduce(function (chain, item) {
          return chain.then(function (go) { return go === false ? false : send(item, token.value, say); });
        }, Promise.resolve(true));
      });
    }).catch(function () { /* still unreachable: the next "online" tries again */ });
  }

  function send(item, token, say) {
    var body = new FormData();
    item.fields.forEach(function (entry) {
      var value = entry[1];
      if (value && value.file) {
        body.append(entry[0], new File([value.bytes], value.name, { type: value.type }), value.name);
      } else {
        body.append(entry[0], value);
      }
    });
    body.append('_csrf', token);
    return fetch('/complaints', { method: 'POST', body: body, credentials: 'same-origin' }).then(function (response) {
      var path = new URL(response.url).pathname;
      var filed = /^\/complaints\/[0-9a-f-]{36}$/.test(path);
      if (response.ok && filed) {
        return response.text().then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var number = doc.querySelector('.tracking');
          return remove(item).then(function () {
            tell(say.sent, 'ok', { number: number ? number.textContent : '', href: path, open: say.open });
            return true;
          });
        });
      }
      if (path === '/login') {
        tell(say.login, 'error');
        return false;
      }
      if (response.status === 400 || response.status === 422) {
        // refused by the rules (the same as for the form): sending it again would not help
        return remove(item).then(function () { tell(say.refused, 'error'); return true; });
      }
      return false;
    });
  }

  function remove(item) {
    return store('readwrite', function (s) { s.delete(item.id); }).then(function () {
      return store('readonly', function (s) { return s.count(); });
    }).then(function (left) { flag(left > 0); });
  }

  var started = false;
  function start() {
    if (started) {
      return;
    }
    started = true;
    var form = document.querySelector('form[data-queue]');
    if (form) {
      watch(form);
    }
    window.addEventListener('online', flush);
    flush();
  }

  function watch(form) {
    form.addEventListener('submit', function (event) {
      if (navigator.onLine || !('indexedDB' in window)) {
        return;
      }
      event.preventDefault();
      keep(form).then(function () {
        form.reset();
        tell(texts(document).saved, 'ok');
        window.scrollTo(0, 0);
      });
    });
    form.dataset.queueReady = 'true';
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
