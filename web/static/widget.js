// Bobine widget: one <script src=".../widget.js" data-lang="fr"
// data-color="#b3262e" data-title="Ciné Creuse" data-logo="..."> tag adds
// a chat bubble that opens Bobine's chat in an iframe. Styles are set
// through the CSSOM so the host page's CSP need not allow inline styles.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__bobineWidget) { return; }
  window.__bobineWidget = true;
  var base = new URL(script.src, location.href).origin;
  var d = script.dataset;
  // The page's language: data-lang, else the browser's when it lists no
  // French and prefers English (a French cinema's site: French first). It
  // is the dialogue's language until the customer's messages say otherwise.
  var lang = d.lang === 'en' || d.lang === 'fr' ? d.lang : browserLang();
  function browserLang() {
    var ls = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < ls.length; i++) { if (/^fr\b/i.test(ls[i])) { return 'fr'; } }
    return /^en\b/i.test(ls[0]) ? 'en' : 'fr';
  }
  var color = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(d.color || '') ? d.color : '#b3262e';
  var title = (d.title || 'Bobine').slice(0, 60);
  var logo = d.logo || '';
  var left = d.position === 'left';
  var T = lang === 'en'
    ? { open: 'Open the film chat', close: 'Close the film chat', frame: 'Film recommendations chat' }
    : { open: 'Ouvrir le chat de recommandation de films', close: 'Fermer le chat de recommandation', frame: 'Chat de recommandation de films' };

  function css(e, s) { Object.keys(s).forEach(function (k) { e.style[k] = s[k]; }); return e; }

  var btn = document.createElement('button');
  btn.type = 'button';
  btn.id = 'bobine-widget-button';
  btn.setAttribute('aria-label', T.open + ' — ' + title);
  btn.setAttribute('aria-expanded', 'false');
  btn.setAttribute('aria-controls', 'bobine-widget-panel');
  btn.title = title;
  css(btn, {
    position: 'fixed', bottom: '20px', width: '60px', height: '60px', borderRadius: '50%',
    border: '0', padding: '0', cursor: 'pointer', background: color, color: '#fff', zIndex: '2147483000',
    boxShadow: '0 4px 14px rgba(0,0,0,.3)', display: 'flex', alignItems: 'center', justifyContent: 'center'
  });
  btn.style[left ? 'left' : 'right'] = '20px';
  if (logo) {
    var img = document.createElement('img');
    img.src = logo; img.alt = '';
    css(img, { width: '40px', height: '40px', borderRadius: '50%', objectFit: 'cover' });
    btn.appendChild(img);
  } else {
    var NS = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24'); svg.setAttribute('width', '30'); svg.setAttribute('height', '30');
    svg.setAttribute('aria-hidden', 'true'); svg.setAttribute('focusable', 'false');
    var p = document.createElementNS(NS, 'path');
    p.setAttribute('fill', 'currentColor');
    p.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z');
    svg.appendChild(p);
    btn.appendChild(svg);
  }

  var panel = document.createElement('div');
  panel.id = 'bobine-widget-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.hidden = true;
  css(panel, {
    position: 'fixed', zIndex: '2147483001', background: '#fff', overflow: 'hidden',
    boxShadow: '0 8px 30px rgba(0,0,0,.35)', display: 'none'
  });
  var frame = null;
  var mobile = window.matchMedia('(max-width: 600px)');
  function layout() {
    if (mobile.matches) {
      css(panel, { top: '0', bottom: '0', left: '0', right: '0', width: '100%', height: '100%', borderRadius: '0' });
    } else {
      css(panel, { top: 'auto', bottom: '90px', width: '380px', height: 'min(620px, calc(100vh - 110px))', borderRadius: '12px' });
      panel.style[left ? 'left' : 'right'] = '20px';
      panel.style[left ? 'right' : 'left'] = 'auto';
    }
  }
  layout();
  if (mobile.addEventListener) { mobile.addEventListener('change', layout); }

  var open = false;
  function focusChat() {
    if (frame && frame.contentWindow) { frame.focus(); frame.contentWindow.postMessage({ type: 'bobine:focus' }, base); }
  }
  function show() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.id = 'bobine-widget-frame';
      frame.title = T.frame + ' — ' + title;
      var q = new URLSearchParams({ lang: lang, color: color, title: title });
      if (logo) { q.set('logo', logo); }
      frame.src = base + '/widget?' + q.toString();
      frame.setAttribute('allow', 'clipboard-write');
      css(frame, { border: '0', width: '100%', height: '100%', display: 'block' });
      frame.addEventListener('load', focusChat);
      panel.appendChild(frame);
    }
    open = true;
    panel.hidden = false;
    panel.style.display = 'block';
    btn.setAttribute('aria-expanded', 'true');
    btn.setAttribute('aria-label', T.close + ' — ' + title);
    focusChat();
  }
  function hide() {
    open = false;
    panel.hidden = true;
    panel.style.display = 'none';
    btn.setAttribute('aria-expanded', 'false');
    btn.setAttribute('aria-label', T.open + ' — ' + title);
    btn.focus();
  }
  btn.addEventListener('click', function () { if (open) { hide(); } else { show(); } });
  document.addEventListener('keydown', function (e) { if (open && e.key === 'Escape') { hide(); } });
  window.addEventListener('message', function (e) {
    if (e.origin === base && e.data && e.data.type === 'bobine:close' && open) { hide(); }
  });

  function mount() { document.body.appendChild(panel); document.body.appendChild(btn); }
  if (document.body) { mount(); } else { document.addEventListener('DOMContentLoaded', mount); }
})();
