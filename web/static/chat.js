// Bobine chat: the full-page chat (/chat) and the widget iframe (/widget).
// Speaks the /ws JSON protocol documented in web/api.md.
(function () {
  'use strict';
  var body = document.body;
  var lang = body.dataset.lang === 'en' ? 'en' : 'fr';
  var inWidget = body.dataset.widget === 'true';
  var T = {
    fr: { you: 'Vous', thinking: 'Bobine réfléchit…', offline: 'Connexion perdue, nouvelle tentative…',
      online: '', imdb: 'Voir sur IMDb', min: 'min', reset: 'Conversation recommencée. Quels films avez-vous aimés ?',
      films: 'Films proposés', choices: 'Précisez votre choix', noPoster: 'Pas d\'affiche',
      showing: 'À l\'affiche', like: 'J\'aime', dislike: 'Pas pour moi', liked: 'Noté : vous aimez.', disliked: 'Noté : je ne vous le proposerai plus.',
      likedFilms: 'Films aimés', filters: 'Filtres', remove: 'Retirer', removed: 'Retirer',
      lost: 'La connexion a été coupée deux fois pendant ce message : renvoyez-le.' },
    en: { you: 'You', thinking: 'Bobine is thinking…', offline: 'Connection lost, retrying…',
      online: '', imdb: 'See on IMDb', min: 'min', reset: 'Conversation restarted. Which films did you like?',
      films: 'Suggested films', choices: 'Pick one', noPoster: 'No poster',
      showing: 'Showing at the cinema', like: 'I like it', dislike: 'Not for me', liked: 'Noted: you like it.', disliked: 'Noted: I will not suggest it again.',
      likedFilms: 'Liked', filters: 'Filters', remove: 'Remove', removed: 'Remove',
      lost: 'The connection was cut twice during this message: please send it again.' }
  }[lang];

  if (/^#[0-9a-fA-F]{3,6}$/.test(body.dataset.color || '')) {
    document.documentElement.style.setProperty('--accent', body.dataset.color);
  }

  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var status = document.getElementById('chat-status');
  var resetBtn = document.getElementById('chat-reset');
  var closeBtn = document.getElementById('chat-close');
  var stateBar = document.getElementById('chat-state');

  // The session id survives reloads so the dialogue goes on.
  function sessionID() {
    var key = 'bobine.session';
    try {
      var s = localStorage.getItem(key);
      if (s && /^[A-Za-z0-9_-]{16,64}$/.test(s)) { return s; }
      var b = new Uint8Array(16);
      crypto.getRandomValues(b);
      s = Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
      localStorage.setItem(key, s);
      return s;
    } catch (e) { return ''; }
  }

  // The last reply's token holds the whole dialogue, signed by the server:
  // after a cut connection, a server restart or on another replica, the
  // first message on the new connection is {"type":"resume","token":...}.
  // It is kept per tab (sessionStorage), like the dialogue it holds.
  var tokenKey = 'bobine.token';
  function saveToken(t) {
    try { if (t) { sessionStorage.setItem(tokenKey, t); } else { sessionStorage.removeItem(tokenKey); } } catch (e) { /* private mode: no resume */ }
  }
  function loadToken() {
    try { return sessionStorage.getItem(tokenKey) || ''; } catch (e) { return ''; }
  }

  // inflight is the last message or chip removal sent whose answer has not
  // come: when the connection is cut before it does, it is sent again once
  // on the next connection, after the resume, so that no turn is lost.
  var ws = null, queue = [], retry = 0, typing = null, inflight = null, resent = false;
  function connect() {
    var sid = sessionID();
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws?lang=' + lang + (sid ? '&session=' + sid : '');
    ws = new WebSocket(url);
    ws.onopen = function () {
      retry = 0;
      status.textContent = T.online;
      var tok = loadToken();
      if (tok) { ws.send(JSON.stringify({ type: 'resume', token: tok })); }
      if (inflight) {
        if (!resent) { resent = true; ws.send(inflight); } else { inflight = null; resent = false; stopTyping(); addBubble('bot error', T.lost); enableChips(); }
      }
      while (queue.length) { transmit(queue.shift()); }
    };
    ws.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (m.type === 'resumed') { renderState(m.state); return; }
      if (m.type === 'error' && m.code === 'session_lost') { saveToken(''); addBubble('bot error', m.message || m.code); renderState(null); return; }
      inflight = null; resent = false;
      stopTyping();
      if (m.type === 'reply') { if (m.token) { saveToken(m.token); } renderReply(m); renderState(m.state); }
      else if (m.type === 'error') { addBubble('bot error', m.message || m.code); enableChips(); }
      else if (m.type === 'reset') { addBubble('bot', T.reset); renderState(null); }
    };
    ws.onclose = function () {
      status.textContent = T.offline;
      var wait = Math.min(15000, 1000 * Math.pow(2, retry++));
      setTimeout(connect, wait);
    };
  }

  function transmit(s) {
    var t = JSON.parse(s).type;
    if (t === 'message' || t === 'remove') { inflight = s; resent = false; }
    ws.send(s);
  }

  function send(obj) {
    var s = JSON.stringify(obj);
    if (ws && ws.readyState === WebSocket.OPEN) { transmit(s); } else { queue.push(s); }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function addBubble(cls, text) {
    var b = el('div', 'msg ' + cls, text);
    log.appendChild(b);
    scrollDown();
    return b;
  }

  function startTyping() {
    stopTyping();
    typing = addBubble('bot typing', T.thinking);
  }
  function stopTyping() {
    if (typing) { typing.remove(); typing = null; }
  }

  // placeholder draws a poster: a coloured panel with the title, for films
  // without a poster or whose image fails to load.
  function placeholder(title) {
    var NS = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 100 150');
    svg.setAttribute('class', 'poster placeholder');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', T.noPoster + ' : ' + title);
    var r = document.createElementNS(NS, 'rect');
    r.setAttribute('width', '100'); r.setAttribute('height', '150'); r.setAttribute('class', 'ph-bg');
    svg.appendChild(r);
    var words = title.split(/\s+/), lines = [], cur = '';
    words.forEach(function (w) {
      if ((cur + ' ' + w).trim().length > 12 && cur) { lines.push(cur); cur = w; } else { cur = (cur + ' ' + w).trim(); }
    });
    if (cur) { lines.push(cur); }
    lines = lines.slice(0, 6);
    var y0 = 75 - (lines.length - 1) * 7;
    lines.forEach(function (line, i) {
      var t = document.createElementNS(NS, 'text');
      t.setAttribute('x', '50'); t.setAttribute('y', String(y0 + i * 14));
      t.setAttribute('text-anchor', 'middle'); t.setAttribute('class', 'ph-text');
      t.textContent = line;
      svg.appendChild(t);
    });
    return svg;
  }

  function poster(url, title) {
    if (!url) { return placeholder(title); }
    var img = el('img', 'poster');
    img.alt = title;
    img.loading = 'lazy';
    img.addEventListener('error', function () { img.replaceWith(placeholder(title)); });
    img.src = url;
    return img;
  }

  function runtime(min) {
    if (!min) { return ''; }
    if (min < 60) { return min + ' ' + T.min; }
    var m = min % 60;
    return Math.floor(min / 60) + ' h ' + (m < 10 ? '0' : '') + m;
  }

  // feedback tells the server a card was opened, liked or disliked; it is
  // fire-and-forget (keepalive survives the page closing).
  function feedback(f, action) {
    var sid = sessionID();
    if (!sid || !window.fetch) { return; }
    try {
      fetch('/api/feedback', { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ session: sid, film: f.id, action: action, position: f.rank || 0 }) });
    } catch (e) { /* the chat goes on without it */ }
  }

  // opinion is a card's "J'aime" / "Pas pour moi" buttons, with words (not
  // only symbols) so that every reader and screen reader gets them.
  function opinion(f) {
    var box = el('div', 'film-opinion');
    var note = el('p', 'film-opinion-note');
    note.setAttribute('role', 'status');
    [['like', T.like, T.liked], ['dislike', T.dislike, T.disliked]].forEach(function (o) {
      var b = el('button', 'opinion ' + o[0], o[1]);
      b.type = 'button';
      b.dataset.action = o[0];
      b.addEventListener('click', function () {
        feedback(f, o[0]);
        box.querySelectorAll('button').forEach(function (x) { x.disabled = true; x.setAttribute('aria-pressed', x === b ? 'true' : 'false'); });
        note.textContent = o[2];
        if (o[0] === 'dislike') { box.parentNode.parentNode.classList.add('disliked'); }
      });
      box.appendChild(b);
    });
    box.appendChild(note);
    return box;
  }

  function renderReply(m) {
    var anchor = log.lastElementChild; // the customer's message
    if (m.text) { addBubble('bot', m.text); }
    if (m.films && m.films.length) {
      var list = el('ol', 'films');
      list.setAttribute('aria-label', T.films);
      m.films.forEach(function (f) {
        var li = el('li', 'film-card');
        li.dataset.id = f.id;
        li.appendChild(poster(f.poster_url, f.title));
        var info = el('div', 'film-info');
        var h = el('h3', 'film-title', f.title);
        info.appendChild(h);
        if (f.original_title && f.original_title !== f.title) { info.appendChild(el('p', 'film-orig', f.original_title)); }
        var meta = [f.year || '', runtime(f.runtime), (f.genres || []).join(', ')].filter(Boolean).join(' · ');
        info.appendChild(el('p', 'film-meta', meta));
        if (f.reason) { info.appendChild(el('p', 'film-reason', f.reason)); }
        if (f.showing && f.showing.length) {
          var sh = el('div', 'film-showing');
          sh.appendChild(el('p', 'film-showing-badge', T.showing));
          var times = el('ul', 'film-showtimes');
          f.showing.forEach(function (w) { times.appendChild(el('li', '', w)); });
          sh.appendChild(times);
          info.appendChild(sh);
        }
        var a = el('a', 'film-link', T.imdb);
        a.href = f.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
        a.addEventListener('click', function () { feedback(f, 'click'); });
        info.appendChild(a);
        info.appendChild(opinion(f));
        li.appendChild(info);
        list.appendChild(li);
      });
      log.appendChild(list);
    }
    if (m.choices && m.choices.length) {
      var group = el('div', 'choices');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', T.choices);
      m.choices.forEach(function (c) {
        var b = el('button', 'choice');
        b.type = 'button';
        if (c.poster_url) {
          var img = el('img', 'choice-poster'); img.alt = ''; img.src = c.poster_url;
          img.addEventListener('error', function () { img.remove(); });
          b.appendChild(img);
        }
        b.appendChild(el('span', '', c.label));
        b.addEventListener('click', function () {
          addBubble('user', c.label);
          startTyping();
          send({ type: 'message', text: String(c.index) });
          group.querySelectorAll('button').forEach(function (x) { x.disabled = true; });
          input.focus();
        });
        group.appendChild(b);
      });
      log.appendChild(group);
    }
    // Show the answer from its start, under the customer's message, rather
    // than the end of the last card.
    if (anchor) { log.scrollTop = Math.max(0, anchor.offsetTop - 8); } else { scrollDown(); }
  }

  // renderState shows what the bot works from — the liked films and the
  // filters — as chips; clicking one asks the bot to drop it.
  function renderState(st) {
    stateBar.textContent = '';
    var groups = [['liked', T.likedFilms], ['filters', T.filters]];
    var any = false;
    groups.forEach(function (g) {
      var chips = (st && st[g[0]]) || [];
      if (!chips.length) { return; }
      any = true;
      var group = el('div', 'chip-group ' + g[0]);
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', g[1]);
      group.appendChild(el('span', 'chip-group-label', g[1]));
      chips.forEach(function (c) {
        var b = el('button', 'chip');
        b.type = 'button';
        b.dataset.key = c.key;
        b.title = T.remove + ' « ' + c.label + ' »';
        b.setAttribute('aria-label', b.title);
        b.appendChild(el('span', 'chip-label', c.label));
        var x = el('span', 'chip-x', '×');
        x.setAttribute('aria-hidden', 'true');
        b.appendChild(x);
        b.addEventListener('click', function () {
          stateBar.querySelectorAll('button').forEach(function (o) { o.disabled = true; });
          addBubble('user', T.removed + ' « ' + c.label + ' »');
          startTyping();
          send({ type: 'remove', key: c.key });
        });
        group.appendChild(b);
      });
      stateBar.appendChild(group);
    });
    stateBar.hidden = !any;
  }
  function enableChips() {
    stateBar.querySelectorAll('button').forEach(function (o) { o.disabled = false; });
  }

  function submit() {
    var text = input.value.trim();
    if (!text) { return; }
    addBubble('user', text);
    input.value = '';
    input.style.height = '';
    startTyping();
    send({ type: 'message', text: text });
  }

  function autosize() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
  });
  input.addEventListener('input', autosize);
  resetBtn.addEventListener('click', function () {
    Array.prototype.slice.call(log.children).forEach(function (c) {
      if (!c.classList.contains('greeting')) { c.remove(); }
    });
    saveToken('');
    send({ type: 'reset' });
    renderState(null);
    input.focus();
  });

  function closeWidget() { parent.postMessage({ type: 'bobine:close' }, '*'); }
  if (inWidget) {
    if (closeBtn) { closeBtn.addEventListener('click', closeWidget); }
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeWidget(); } });
    window.addEventListener('message', function (e) {
      if (e.source === parent && e.data && e.data.type === 'bobine:focus') { input.focus(); }
    });
  }
  connect();
  if (!inWidget) { input.focus(); }
})();
