// Package kpipage serves the KPI page of Bobine: the catalogue as
// interactive Apache ECharts charts (one per section of indexer/kpi, two of
// them in 3D with echarts-gl), each with its French takeaway, a filter bar
// (period, genres, French films only) and the data-quality panel, plus the
// same figures as JSON. It is part of the web layer and may import Echo.
//
// Routes mounted by Register:
//
//	GET /kpi                  the page (French)
//	GET /api/kpi              every section; ?from=&to=&genres=Action,Adventure&french=1 filter it
//	GET /api/kpi/:section     one section (names in kpi.Sections), same filters
//	GET /kpi/static/*         kpi.js, kpi.css and vendor/ (ECharts, echarts-gl)
//
// The unfiltered report is the one `bobine index` wrote (kpi.json); filtered
// ones are computed on request (a few to tens of milliseconds) and the last
// few are cached. ECharts and echarts-gl are installed from npm by
// web/assets.sh (`make assets`) into static/vendor and embedded in the
// binary; the page never loads anything from a CDN (echarts-gl is loaded
// only when the 3D section is scrolled to, and charts are drawn as their
// section nears the viewport). Before they are
// installed the page says what to run instead of drawing charts.
package kpipage
