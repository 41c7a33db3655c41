// KPI page: fetches /api/kpi (with the filter bar's query) and draws one
// ECharts chart (or two) per section. No inline script or style: the page
// runs under a strict Content-Security-Policy, so tooltips use ECharts'
// richText mode (drawn on the canvas, no HTML) and lists are built with
// textContent.
(function () {
  'use strict';

  var nf = new Intl.NumberFormat('fr-FR');
  var pf = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
  var charts = {};
  var state = { renders: 0, ready: false, error: '' };
  window.bobineKPI = state;

  var palette = ['#8a1c2b', '#2f5d8a', '#d08c2f', '#3f8a5a', '#6b4c9a', '#c0504d', '#4bacc6', '#9b8b3f',
    '#7f7f7f', '#e377c2', '#17becf', '#bcbd22'];

  function el(id) { return document.getElementById(id); }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(el(id), null, { renderer: 'canvas' });
    }
    return charts[id];
  }

  function draw(id, option, empty) {
    option.color = option.color || palette;
    option.tooltip = Object.assign({ renderMode: 'richText', confine: true }, option.tooltip || {});
    option.animationDuration = 300;
    if (empty) {
      option.title = { text: 'Aucune donnée pour ce filtre', left: 'center', top: 'middle',
        textStyle: { color: '#5b5b6e', fontSize: 14, fontWeight: 'normal' } };
    }
    chart(id).setOption(option, true);
  }

  function money(v) {
    if (Math.abs(v) >= 1e6) { return nf.format(Math.round(v / 1e5) / 10) + ' M$'; }
    return nf.format(Math.round(v / 1e3)) + ' k$';
  }

  function grid(left) { return { left: left || 50, right: 20, top: 30, bottom: 40, containLabel: true }; }

  function node(tag, text, cls) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) { n.textContent = text; }
    if (cls) { n.className = cls; }
    return n;
  }

  function list(title, items) {
    var box = node('div');
    box.appendChild(node('h3', title));
    var ol = node('ol');
    items.forEach(function (t) { ol.appendChild(node('li', t)); });
    if (!items.length) { ol.appendChild(node('li', '—')); }
    box.appendChild(ol);
    return box;
  }

  function table(title, head, rows) {
    var box = node('div');
    box.appendChild(node('h3', title));
    var t = node('table');
    var tr = node('tr');
    head.forEach(function (h) { tr.appendChild(node('th', h)); });
    t.appendChild(tr);
    rows.forEach(function (r) {
      var row = node('tr');
      r.forEach(function (c) { row.appendChild(node('td', c, typeof c === 'number' || /^[\d\s,.+-]+[\s%xM$k]*$/.test(c) ? 'num' : '')); });
      t.appendChild(row);
    });
    box.appendChild(t);
    return box;
  }

  function fill(id, children) {
    var box = el(id);
    box.replaceChildren.apply(box, children);
  }

  var render = {
    types: function (s) {
      draw('chart-types', {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '70%'], data: s.counts.map(function (c) { return { name: c.label, value: c.count }; }),
          label: { formatter: '{b} : {c}' } }]
      }, !s.counts.length);
    },
    genres: function (s) {
      var cs = s.counts.slice().reverse();
      draw('chart-genres', {
        tooltip: { trigger: 'axis' }, grid: grid(90),
        xAxis: { type: 'value', name: 'films' },
        yAxis: { type: 'category', data: cs.map(function (c) { return c.label; }) },
        series: [{ type: 'bar', name: 'Films', data: cs.map(function (c) { return c.count; }) }]
      }, !cs.length);
      document.querySelector('[data-note="genres"]').textContent = s.footnote || '';
    },
    decades: function (s) {
      draw('chart-decades', {
        tooltip: { trigger: 'axis' }, grid: grid(),
        xAxis: { type: 'category', data: s.counts.map(function (c) { return String(c.decade); }) },
        yAxis: { type: 'value', name: 'films' },
        series: [{ type: 'bar', name: 'Films', data: s.counts.map(function (c) { return c.count; }) }]
      }, !s.counts.length);
    },
    runtime: function (s) {
      draw('chart-runtime', {
        tooltip: { trigger: 'axis' }, grid: grid(),
        xAxis: { type: 'category', name: 'min', data: s.bins.map(function (b) { return b.label; }) },
        yAxis: { type: 'value', name: 'films' },
        series: [{ type: 'bar', name: 'Films', barCategoryGap: '5%', data: s.bins.map(function (b) { return b.count; }) }]
      }, !s.films);
    },
    runtime_by_year: function (s) {
      var ys = s.years || [];
      draw('chart-runtime_by_year', {
        tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: grid(),
        xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', axisLabel: { formatter: function (v) { return String(v); } } },
        yAxis: { type: 'value', name: 'min', min: function (v) { return Math.max(0, Math.floor(v.min / 10) * 10 - 10); } },
        series: [
          { type: 'line', name: 'Durée moyenne', showSymbol: false, data: ys.map(function (y) { return [y.year, y.mean]; }) },
          { type: 'line', name: 'Durée médiane', showSymbol: false, data: ys.map(function (y) { return [y.year, y.median]; }) }
        ]
      }, !ys.length);
    },
    french: function (s) {
      var ds = s.by_decade || [];
      draw('chart-french', {
        tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: grid(),
        xAxis: { type: 'category', data: ds.map(function (d) { return String(d.decade); }) },
        yAxis: [{ type: 'value', name: 'films' }, { type: 'value', name: '% français', max: 100, splitLine: { show: false } }],
        series: [
          { type: 'bar', name: 'Films français', stack: 'f', data: ds.map(function (d) { return d.french; }) },
          { type: 'bar', name: 'Autres films', stack: 'f', data: ds.map(function (d) { return d.films - d.french; }) },
          { type: 'line', name: 'Part française (%)', yAxisIndex: 1, data: ds.map(function (d) { return Math.round(d.share * 1000) / 10; }) }
        ]
      }, !ds.length);
    },
    actors: function (s) {
      var top = (s.top || []).slice().reverse();
      var dated = top.filter(function (a) { return a.first; });
      var minYear = dated.length ? Math.min.apply(null, dated.map(function (a) { return a.first; })) : 1900;
      var byName = {};
      top.forEach(function (a) { byName[a.name] = a; });
      draw('chart-actors', {
        title: { text: 'Période d\'activité (premier et dernier film)', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          var a = byName[ps[0].name];
          var g = a.genres.map(function (x) { return x.label + ' ' + x.count; }).join(', ');
          return a.name + '\n' + a.films + ' films, ' + (a.first ? a.first + '–' + a.last : 'années inconnues') + '\n' + g;
        } },
        grid: grid(130),
        xAxis: { type: 'value', min: Math.floor(minYear / 10) * 10, axisLabel: { formatter: function (v) { return String(v); } } },
        yAxis: { type: 'category', data: top.map(function (a) { return a.name; }) },
        series: [
          { type: 'bar', stack: 'p', itemStyle: { color: 'transparent' }, data: top.map(function (a) { return a.first || minYear; }), silent: true },
          { type: 'bar', stack: 'p', name: 'Carrière', data: top.map(function (a) { return a.first ? Math.max(1, a.last - a.first) : 0; }),
            label: { show: true, position: 'right', formatter: function (p) { return byName[p.name].films + ' films'; } } }
        ]
      }, !top.length);
      var bins = s.per_actor || [];
      draw('chart-actors_per', {
        title: { text: 'Nombre de films par acteur', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis' }, grid: grid(),
        xAxis: { type: 'category', name: 'films', data: bins.map(function (b) { return b.label; }) },
        yAxis: { type: 'log', name: 'acteurs', min: 1 },
        series: [{ type: 'bar', name: 'Acteurs', data: bins.map(function (b) { return b.count || null; }) }]
      }, !s.actors);
    },
    films_vs_series: function (s) {
      draw('chart-films_vs_series', {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '70%'], label: { formatter: '{b}\n{c} ({d} %)' }, data: [
          { name: 'Cinéma et séries', value: s.both }, { name: 'Cinéma seulement', value: s.films_only },
          { name: 'Séries seulement', value: s.series_only }] }]
      }, !(s.both + s.films_only + s.series_only));
      var fmtP = function (p) { return p.name + ' (' + p.films + ' films, ' + p.series + ' séries)'; };
      fill('list-films_vs_series', [
        list('Cinéma et séries', s.top_both.map(fmtP)),
        list('Cinéma seulement', s.top_films_only.map(function (p) { return p.name + ' (' + p.films + ' films)'; })),
        list('Séries seulement', s.top_series_only.map(function (p) { return p.name + ' (' + p.series + ')'; }))
      ]);
    },
    ages: function (s) {
      var gs = (s.by_genre || []).slice().reverse();
      draw('chart-ages', {
        title: { text: 'Par genre (ans)', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis', formatter: function (ps) { var g = gs[ps[0].dataIndex]; return g.label + ' : ' + g.mean + ' ans (' + nf.format(g.roles) + ' rôles)'; } },
        grid: grid(110),
        xAxis: { type: 'value', name: 'ans', min: function (v) { return Math.max(0, Math.floor(v.min / 5) * 5 - 5); } },
        yAxis: { type: 'category', data: gs.map(function (g) { return g.label; }) },
        series: [{ type: 'bar', name: 'Âge moyen', data: gs.map(function (g) { return g.mean; }) }]
      }, !gs.length);
      var ds = s.by_decade || [];
      draw('chart-ages_decade', {
        title: { text: 'Par décennie (ans) — âge inconnu : ' + nf.format(s.unknown) + ' rôles', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis' }, grid: grid(),
        xAxis: { type: 'category', data: ds.map(function (d) { return d.key; }) },
        yAxis: { type: 'value', name: 'ans', min: function (v) { return Math.max(0, Math.floor(v.min / 5) * 5 - 5); } },
        series: [{ type: 'line', name: 'Âge moyen', data: ds.map(function (d) { return d.mean; }) }]
      }, !ds.length);
    },
    top_rated: function (s) {
      var top = (s.top || []).slice(0, 20).reverse();
      draw('chart-top_rated', {
        title: { text: '20 premiers (moyenne bayésienne)', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis', formatter: function (ps) { var f = top[ps[0].dataIndex];
          return f.title + ' (' + (f.year || '?') + ')\nnote ' + f.rating + ', ' + nf.format(f.votes) + ' votes\nscore ' + f.score + '\n' + (f.directors || []).join(', '); } },
        grid: grid(180),
        xAxis: { type: 'value', min: function (v) { return Math.floor(v.min - 0.5); }, max: 10 },
        yAxis: { type: 'category', data: top.map(function (f) { return f.title + (f.year ? ' (' + f.year + ')' : ''); }),
          axisLabel: { width: 170, overflow: 'truncate' } },
        series: [{ type: 'bar', name: 'Score', data: top.map(function (f) { return f.score; }) }]
      }, !top.length);
      var c = s.compare || {};
      var gs = (c.genres || []).slice(0, 10);
      draw('chart-top_rated_compare', {
        title: { text: 'Genres : top ' + (c.size || 0) + ' contre ensemble (%)', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis' }, legend: { top: 20 }, grid: { left: 50, right: 20, top: 60, bottom: 40, containLabel: true },
        xAxis: { type: 'category', data: gs.map(function (g) { return g.label; }), axisLabel: { rotate: 30 } },
        yAxis: { type: 'value', name: '%' },
        series: [
          { type: 'bar', name: 'Top ' + (c.size || 0), data: gs.map(function (g) { return Math.round(g.top * 1000) / 10; }) },
          { type: 'bar', name: 'Ensemble', data: gs.map(function (g) { return Math.round(g.all * 1000) / 10; }) }
        ]
      }, !gs.length);
      var parts = [];
      if (s.rated) {
        parts.push('m = ' + nf.format(s.m) + ' votes (' + s.m_rule + '), C = ' + nf.format(s.c) + '.');
        parts.push('Durée médiane : ' + nf.format(c.top_runtime_median) + ' min dans le top, ' + nf.format(c.all_runtime_median) + ' min en tout.');
        if (c.top_budget_known) { parts.push('Budget médian : ' + money(c.top_budget_median) + ' dans le top (' + c.top_budget_known + ' connus), ' + money(c.all_budget_median) + ' en tout.'); }
        var dirs = (c.directors || []).slice(0, 5).map(function (d) { return d.label + ' (' + d.count + ')'; });
        if (dirs.length) { parts.push('Réalisateurs les plus présents : ' + dirs.join(', ') + '.'); }
        var cs = (c.countries || []).slice(0, 5).map(function (x) { return x.label + ' ' + pf.format(x.top) + ' (' + pf.format(x.all) + ')'; });
        if (cs.length) { parts.push('Pays (top / ensemble) : ' + cs.join(', ') + '.'); }
        var dec = (c.decades || []).filter(function (d) { return d.top_count; }).map(function (d) { return d.key + ' ' + d.top_count; });
        if (dec.length) { parts.push('Décennies du top : ' + dec.join(', ') + '.'); }
      }
      el('note-top_rated').textContent = parts.join(' ');
    },
    money: function (s) {
      var byGenre = {};
      (s.points || []).forEach(function (p) { var g = p.genre || '—'; (byGenre[g] = byGenre[g] || []).push([p.budget, p.revenue, p.title, p.year]); });
      var names = Object.keys(byGenre).sort(function (a, b) { return byGenre[b].length - byGenre[a].length; });
      var series = names.slice(0, 8).map(function (g) { return { type: 'scatter', name: g, symbolSize: 5, data: byGenre[g], large: true }; });
      var rest = [];
      names.slice(8).forEach(function (g) { rest = rest.concat(byGenre[g]); });
      if (rest.length) { series.push({ type: 'scatter', name: 'Autres', symbolSize: 5, data: rest }); }
      series.push({ type: 'line', name: 'Recettes = budget', showSymbol: false, silent: true, lineStyle: { type: 'dashed', color: '#999' },
        data: [[1e3, 1e3], [1e9, 1e9]] });
      draw('chart-money', {
        title: { text: 'Budget et recettes ($, échelle log) — ' + (s.points || []).length + ' films les plus votés sur ' + nf.format(s.films), textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'item', formatter: function (p) { if (!p.data || p.data.length < 3) { return ''; }
          return p.data[2] + ' (' + (p.data[3] || '?') + ')\nbudget ' + money(p.data[0]) + '\nrecettes ' + money(p.data[1]); } },
        legend: { top: 20, type: 'scroll' }, grid: { left: 60, right: 20, top: 60, bottom: 40, containLabel: true },
        xAxis: { type: 'log', name: 'budget', min: 1e3, axisLabel: { formatter: money } },
        yAxis: { type: 'log', name: 'recettes', min: 1e3, axisLabel: { formatter: money } },
        series: series
      }, !s.films);
      var gs = (s.by_genre || []).slice(0, 14).reverse();
      draw('chart-money_genre', {
        title: { text: 'Recettes / budget (médiane) par genre', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis', formatter: function (ps) { var g = gs[ps[0].dataIndex];
          return g.label + ' : ' + g.films + ' films\nmédiane ' + g.median_ratio + ' x\nbudget total ' + money(g.budget) + '\nrecettes totales ' + money(g.revenue); } },
        grid: grid(100),
        xAxis: { type: 'value', name: 'x budget' },
        yAxis: { type: 'category', data: gs.map(function (g) { return g.label; }) },
        series: [{ type: 'bar', name: 'Recettes / budget', data: gs.map(function (g) { return g.median_ratio; }) }]
      }, !gs.length);
      var row = function (p) { return [p.title + (p.year ? ' (' + p.year + ')' : ''), money(p.budget), money(p.revenue), nf.format(p.ratio) + ' x', money(p.profit)]; };
      var head = ['Film', 'Budget', 'Recettes', 'Ratio', 'Bénéfice'];
      fill('list-money', [table('Les plus rentables (recettes / budget)', head, (s.by_ratio || []).map(row)),
        table('Les plus gros bénéfices (recettes − budget)', head, (s.by_profit || []).map(row))]);
    },
    cube: function (s) {
      var bars = s.bars || [];
      var maxN = bars.reduce(function (m, b) { return Math.max(m, b[2]); }, 1);
      draw('chart-cube', {
        title: { text: 'Décennie × genre × nombre de films', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { formatter: function (p) { var v = p.value; return s.genre_labels[v[1]] + ', années ' + s.decades[v[0]] + ' : ' + v[2] + ' films'; } },
        visualMap: { max: maxN, calculable: true, right: 0, bottom: 10, itemHeight: 100,
          inRange: { color: ['#f4e3c1', '#d08c2f', '#8a1c2b', '#3d0a12'] } },
        xAxis3D: { type: 'category', name: '', data: (s.decades || []).map(String) },
        yAxis3D: { type: 'category', name: '', data: s.genre_labels || [] },
        zAxis3D: { type: 'value', name: 'films' },
        grid3D: { boxWidth: 160, boxDepth: 120, viewControl: { alpha: 25, beta: 40, distance: 260 }, light: { main: { intensity: 1.2 }, ambient: { intensity: 0.3 } } },
        series: [{ type: 'bar3D', data: bars.map(function (b) { return { value: b }; }), shading: 'lambert', bevelSize: 0.2,
          emphasis: { label: { show: false } } }]
      }, !bars.length);
      var pts = s.scatter || [];
      var byGenre = {};
      pts.forEach(function (p) { var g = p.genre || '—'; (byGenre[g] = byGenre[g] || []).push([p.year, p.runtime, p.rating, p.title]); });
      var names = Object.keys(byGenre).sort(function (a, b) { return byGenre[b].length - byGenre[a].length; });
      var series = names.slice(0, 8).map(function (g) { return { type: 'scatter3D', name: g, symbolSize: 4, data: byGenre[g] }; });
      var rest = [];
      names.slice(8).forEach(function (g) { rest = rest.concat(byGenre[g]); });
      if (rest.length) { series.push({ type: 'scatter3D', name: 'Autres', symbolSize: 4, data: rest }); }
      draw('chart-cube_scatter', {
        title: { text: 'Année × durée × note (' + pts.length + ' films les plus votés, couleur = genre)', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { formatter: function (p) { var v = p.value; return v[3] + '\n' + v[0] + ', ' + v[1] + ' min, note ' + v[2]; } },
        legend: { top: 20, type: 'scroll' },
        xAxis3D: { type: 'value', name: 'année', min: 'dataMin', max: 'dataMax' },
        yAxis3D: { type: 'value', name: 'durée', min: 0, max: 240 },
        zAxis3D: { type: 'value', name: 'note', min: 1, max: 10 },
        grid3D: { viewControl: { alpha: 20, beta: 30, distance: 230 } },
        series: series
      }, !pts.length);
    },
    quality: function (q) {
      if (!q) { return; }
      var files = (q.files || []).slice().reverse();
      draw('chart-quality', {
        title: { text: 'Lignes lues, utilisées et rejetées par fichier', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis' }, legend: { top: 20 }, grid: { left: 60, right: 20, top: 60, bottom: 40, containLabel: true },
        xAxis: { type: 'log', min: 1 },
        yAxis: { type: 'category', data: files.map(function (f) { return f.file; }), axisLabel: { width: 170, overflow: 'truncate' } },
        series: [
          { type: 'bar', name: 'Lues', data: files.map(function (f) { return f.rows || null; }) },
          { type: 'bar', name: 'Utilisées', data: files.map(function (f) { return f.used || null; }) },
          { type: 'bar', name: 'Rejetées', data: files.map(function (f) { return f.rejected || null; }) }
        ]
      }, !files.length);
      var miss = (q.missing || []).slice(0, 15).reverse();
      draw('chart-quality_missing', {
        title: { text: 'Données manquantes dans le catalogue (sur ' + nf.format(q.films) + ' titres)', textStyle: { fontSize: 12, fontWeight: 'normal' } },
        tooltip: { trigger: 'axis' }, grid: grid(120),
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: miss.map(function (m) { return m.key; }), axisLabel: { width: 160, overflow: 'truncate' } },
        series: [{ type: 'bar', name: 'Manquants', data: miss.map(function (m) { return m.count; }) }]
      }, !miss.length);
      var kv = function (xs) { return (xs || []).map(function (x) { return [x.key, nf.format(x.count)]; }); };
      fill('list-quality', [
        table('Lignes rejetées (règle, exemples)', ['Fichier', 'Règle', 'Lignes', 'Exemple'],
          (q.rejected || []).map(function (r) { return [r.file, r.rule, nf.format(r.count), (r.examples || [])[0] || '']; })),
        table('Valeurs corrigées', ['Champ', 'Nombre'], kv(q.fixed)),
        table('Valeurs complétées', ['Champ', 'Nombre'], kv(q.filled)),
        table('Doublons fusionnés', ['Clé', 'Nombre'], kv(q.duplicates)),
        table('Écartés par les options', ['Règle', 'Nombre'], kv(q.filtered))
      ]);
    }
  };

  // Charts are drawn when their section comes near the viewport: the first
  // screen is ready sooner, and echarts-gl (the 3D charts) is only loaded
  // when the 3D section is reached. Takeaways are all updated at once.
  var current = null;
  var drawnFor = {};
  var glLoading = null;
  var needsGL = { cube: true };

  function loadGL() {
    if (!glLoading) {
      glLoading = new Promise(function (resolve, reject) {
        var sc = document.createElement('script');
        sc.src = '/kpi/static/vendor/echarts-gl.min.js';
        sc.onload = function () { glReady = true; resolve(); };
        sc.onerror = function () { reject(new Error('echarts-gl indisponible')); };
        document.head.appendChild(sc);
      });
    }
    return glLoading;
  }

  function near(node) {
    var r = node.getBoundingClientRect();
    return r.bottom > -300 && r.top < window.innerHeight + 300;
  }

  function pending() {
    return Object.keys(render).filter(function (n) { return current && current[n] && drawnFor[n] !== current; }).length;
  }

  function drawSection(name) {
    var report = current;
    if (!report || !report[name] || drawnFor[name] === report) { return; }
    if (needsGL[name] && !glLoaded()) {
      loadGL().then(function () { drawSection(name); }, function (err) { console.error('KPI:', err); });
      return;
    }
    drawnFor[name] = report;
    render[name](report[name]);
    state.pending = pending();
  }

  var glReady = false;
  function glLoaded() { return glReady; }

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) { if (e.isIntersecting) { drawSection(e.target.id.replace(/^sec-/, '')); } });
  }, { rootMargin: '300px 0px' });

  function apply(report) {
    current = report;
    Object.keys(render).forEach(function (name) {
      var s = report[name];
      if (!s) { return; }
      document.querySelectorAll('[data-title="' + name + '"]').forEach(function (n) { n.textContent = s.title; });
      document.querySelectorAll('[data-takeaway="' + name + '"]').forEach(function (n) { n.textContent = s.takeaway; });
      if (near(el('sec-' + name))) { drawSection(name); }
    });
    state.pending = pending();
    el('summary').textContent = nf.format(report.titles) + ' titres, dont ' + nf.format(report.films) + ' films' +
      (describe(report.filter) ? ' — ' + describe(report.filter) : '') + '.';
  }

  function describe(f) {
    if (!f) { return ''; }
    var parts = [];
    if (f.from || f.to) { parts.push((f.from || '…') + '–' + (f.to || '…')); }
    if (f.genres && f.genres.length) { parts.push(f.genres.join(', ')); }
    if (f.french_only) { parts.push('films français'); }
    return parts.join(', ');
  }

  function query() {
    var form = el('filters');
    var q = new URLSearchParams();
    if (form.from.value) { q.set('from', form.from.value); }
    if (form.to.value) { q.set('to', form.to.value); }
    var gs = Array.prototype.filter.call(form.genres.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
    if (gs.length) { q.set('genres', gs.join(',')); }
    if (form.french.checked) { q.set('french', '1'); }
    return q.toString();
  }

  function load(qs) {
    var main = el('kpi');
    main.classList.add('loading');
    el('status').textContent = 'Calcul…';
    var t0 = performance.now();
    var t1 = t0;
    return fetch('/api/kpi' + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error((body.error && body.error.message) || body.message || r.statusText); }
          return body;
        });
      })
      .then(function (report) {
        t1 = performance.now();
        apply(report);
        // Timings for the load benchmark: fetch+parse, then drawing; start
        // is the time since navigation when the first fetch began.
        state.timings = { start: t0, fetch: t1 - t0, draw: performance.now() - t1 };
        state.renders++;
        state.ready = true;
        state.error = '';
        el('status').textContent = '';
        history.replaceState(null, '', '/kpi' + (qs ? '?' + qs : ''));
      })
      .catch(function (err) {
        state.error = String(err.message || err);
        console.error('KPI:', err);
        el('status').textContent = 'Erreur : ' + state.error;
      })
      .finally(function () { main.classList.remove('loading'); });
  }

  function restore() {
    var q = new URLSearchParams(location.search);
    var form = el('filters');
    form.from.value = q.get('from') || '';
    form.to.value = q.get('to') || '';
    var gs = (q.get('genres') || '').split(',');
    Array.prototype.forEach.call(form.genres.options, function (o) { o.selected = gs.indexOf(o.value) >= 0; });
    form.french.checked = q.get('french') === '1';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = el('filters');
    Object.keys(render).forEach(function (name) { observer.observe(el('sec-' + name)); });
    restore();
    form.addEventListener('submit', function (ev) { ev.preventDefault(); load(query()); });
    form.addEventListener('reset', function () { setTimeout(function () { load(''); }, 0); });
    window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
    load(query());
  });
}());
