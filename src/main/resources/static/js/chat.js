// Live chat on a room's page: the room's WebSocket (/ws/chat/{room}/, signed in by the page's own
// session) shows messages as they are sent and read receipts as they are given. While it is live,
// htmx polling of #messages is held back; when it drops, polling takes over until it reconnects.
// Without JavaScript the form posts and the page reloads. Message text is set as text, never HTML.
(function () {
  var form = document.getElementById('composer');
  if (!form || !('WebSocket' in window)) {
    return;
  }
  var data = form.dataset;
  var status = document.getElementById('chat-status');
  var field = document.getElementById('message');
  var csrf = form.querySelector('input[name=_csrf]');
  var english = document.documentElement.lang === 'en';
  var socket = null;
  var live = false;
  var retry = 1000;
  var pinger = null;

  function list() {
    return document.querySelector('#messages ol.chat');
  }

  function say(text) {
    status.textContent = text;
  }

  function seenMark() {
    var mark = document.createElement('span');
    mark.className = 'seen';
    mark.textContent = ' · ' + data.seen;
    return mark;
  }

  function markRead() {
    var headers = {};
    if (csrf) {
      headers['X-CSRF-TOKEN'] = csrf.value;
    }
    fetch(data.read, { method: 'POST', headers: headers, credentials: 'same-origin' });
  }

  function show(m) {
    var ol = list();
    if (!ol || document.getElementById('m-' + m.id)) {
      return;
    }
    var mine = m.sender_id === data.me;
    var bot = m.is_bot === true;
    var item = document.createElement('li');
    item.id = 'm-' + m.id;
    item.dataset.seq = m.seq;
    item.className = (mine ? 'mine' : '') + (bot ? ' bot' : '');
    var who = document.createElement('span');
    who.className = 'who';
    var name = document.createElement('span');
    name.textContent = bot ? data.bot : mine ? data.you : (m.sender_name || '');
    var time = document.createElement('time');
    time.dateTime = m.timestamp;
    time.textContent = new Date(m.timestamp).toLocaleString(english ? 'en-GB' : 'bn-BD',
      { timeZone: 'Asia/Dhaka', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    who.append(name, ' · ', time);
    var text = document.createElement(m.message_type === 'text' ? 'span' : 'a');
    text.className = 'text';
    text.textContent = m.message;
    if (m.message_type !== 'text' && m.file_url) {
      text.href = m.file_url;
      text.textContent = m.message || m.file_url;
    }
    item.append(who, text);
    ol.appendChild(item);
    var none = document.getElementById('no-messages');
    if (none) {
      none.remove();
    }
    if (!mine && document.visibilityState === 'visible') {
      markRead();
    }
  }

  function seen() {
    list().querySelectorAll('li.mine').forEach(function (item) {
      if (!item.querySelector('.seen')) {
        item.querySelector('.who').appendChild(seenMark());
      }
    });
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + data.socket);
    socket.onmessage = function (event) {
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (frame.type === 'ready') {
        live = true;
        retry = 1000;
        form.dataset.live = 'true';
        say(status.dataset.live);
        pinger = setInterval(function () { socket.send('{"type":"ping"}'); }, 240000);
      } else if (frame.type === 'error') {
        say(frame.error);
      } else if (frame.type === 'read') {
        if (frame.user_id !== data.me) {
          seen();
        }
      } else if (frame.id && frame.room_id) {
        show(frame);
      }
    };
    socket.onclose = function () {
      live = false;
      form.dataset.live = 'false';
      clearInterval(pinger);
      say(status.dataset.offline);
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    };
  }

  // htmx polling is the fallback only: while the socket is live it would just repeat what came
  document.body.addEventListener('htmx:beforeRequest', function (event) {
    if (live && event.detail.elt.id === 'messages') {
      event.preventDefault();
    }
  });

  form.addEventListener('submit', function (event) {
    if (!live || !field.value.trim()) {
      return; // the form posts as without JavaScript, and the server says what is wrong
    }
    event.preventDefault();
    socket.send(JSON.stringify({ message: field.value }));
    field.value = '';
  });

  connect();
})();
