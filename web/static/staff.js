// Staff pages: autocomplete on search boxes and a drawn placeholder for
// posters that fail to load.
(function () {
  'use strict';
  function placeholder(img) {
    var d = document.createElement('div');
    d.className = 'poster placeholder';
    d.setAttribute('role', 'img');
    d.setAttribute('aria-label', "Pas d'affiche pour " + (img.dataset.title || img.alt));
    var s = document.createElement('span');
    s.textContent = img.dataset.title || img.alt;
    d.appendChild(s);
    img.replaceWith(d);
  }
  document.querySelectorAll('img.poster').forEach(function (img) {
    if (img.complete && img.naturalWidth === 0) { placeholder(img); return; }
    img.addEventListener('error', function () { placeholder(img); });
  });

  document.querySelectorAll('input[data-autocomplete]').forEach(function (input) {
    var list = document.createElement('ul');
    list.className = 'ac-list';
    list.id = (input.id || 'q') + '-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.parentNode.appendChild(list);
    var timer = null, seq = 0, active = -1;
    function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; }
    function item(href, label, sub) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      var a = document.createElement('a');
      a.href = href; a.textContent = label;
      if (sub) { var s = document.createElement('span'); s.className = 'muted'; s.textContent = ' ' + sub; a.appendChild(s); }
      li.appendChild(a);
      list.appendChild(li);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var my = ++seq;
        fetch('/api/autocomplete?q=' + encodeURIComponent(q)).then(function (r) { return r.ok ? r.json() : null; }).then(function (res) {
          if (!res || my !== seq) { return; }
          list.textContent = '';
          res.films.forEach(function (f) { item(f.page, f.title, f.year ? '(' + f.year + ')' : ''); });
          res.people.forEach(function (p) { item(p.page, p.name, (p.professions || []).slice(0, 2).join(', ')); });
          list.hidden = !list.children.length;
          input.setAttribute('aria-expanded', String(!list.hidden));
          active = -1;
        }).catch(function () {});
      }, 150);
    });
    input.addEventListener('keydown', function (e) {
      var items = list.querySelectorAll('a');
      if (list.hidden || !items.length) { return; }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items[active].focus();
      } else if (e.key === 'Escape') { close(); }
    });
    list.addEventListener('keydown', function (e) {
      var items = list.querySelectorAll('a');
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items[active].focus();
      } else if (e.key === 'Escape') { close(); input.focus(); }
    });
    document.addEventListener('click', function (e) { if (!list.contains(e.target) && e.target !== input) { close(); } });
  });
})();
