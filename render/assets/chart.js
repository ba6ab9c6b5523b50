// The timeline chart. The options come from go-echarts and hold only
// numbers: each item is [start ms, end ms, lane, event index, kind]. Every
// text is looked up in the page's data block and escaped here.
var TimelineChart = (function () {
  'use strict';
  var PALETTE = ['#2f6690', '#b5452f', '#3a7d44', '#c17c1a', '#6c4f9c', '#1d8a8a', '#a33b6f'];
  var OTHER = '#8c8a84';
  var AGGREGATE_OVER = 400; // more visible events than this are counted per day, week or month
  var DAY = 86400000;
  var data = TimelinePage.data;
  var chart = null;
  var full = [];
  var dataIndex = {};
  var aggregated = false;

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function short(s, n) {
    s = String(s);
    return s.length > n ? s.slice(0, n - 1) + '\u2026' : s;
  }
  function laneColor(l) {
    if (data.other && l === data.lanes.length - 1) { return OTHER; }
    return PALETTE[l % PALETTE.length];
  }
  function dayString(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function renderItem(params, api) {
    var lane = api.value(2), idx = api.value(3), kind = api.value(4);
    var a = api.coord([api.value(0), lane]);
    var b = api.coord([api.value(1), lane]);
    var cs = params.coordSys;
    var color = laneColor(lane);
    if (kind === 0 || kind === 2) {
      if (a[0] < cs.x - 10 || a[0] > cs.x + cs.width + 10) { return null; }
      if (kind === 2) {
        var n = api.value(5);
        return {
          type: 'circle', z2: 10,
          shape: { cx: a[0], cy: a[1], r: Math.min(5 + Math.sqrt(n) * 1.6, 18) },
          style: { fill: color, opacity: 0.8, stroke: '#fff', lineWidth: 1 },
          textContent: { style: { text: String(n), fill: '#fff', fontSize: 10, fontWeight: 'bold' } },
          textConfig: { position: 'inside' }
        };
      }
      return {
        type: 'circle', z2: 10,
        shape: { cx: a[0], cy: a[1], r: 6 },
        style: { fill: color, stroke: '#fff', lineWidth: 1.5 },
        textContent: { style: { text: short(data.events[idx].title, 34), fill: '#2b2b2b', fontSize: 11 } },
        textConfig: { position: a[0] > cs.x + cs.width * 0.72 ? 'left' : 'right', distance: 5 }
      };
    }
    var rect = echarts.graphic.clipRectByRect(
      { x: a[0], y: a[1] - 6, width: Math.max(b[0] - a[0], 3), height: 12 },
      { x: cs.x, y: cs.y, width: cs.width, height: cs.height });
    if (!rect) { return null; }
    rect.r = 3;
    var right = rect.x + rect.width / 2 > cs.x + cs.width * 0.72;
    return {
      type: 'rect', z2: 1, shape: rect,
      style: { fill: color, opacity: 0.45, stroke: color, lineWidth: 1 },
      textContent: { style: { text: short(data.events[idx].title, 34), fill: '#2b2b2b', fontSize: 11, align: right ? 'right' : 'left', verticalAlign: 'bottom' } },
      textConfig: { position: [right ? rect.width : 0, -2] }
    };
  }

  function tooltip(p) {
    var v = p.value || p.data.value;
    var box = '<div style="max-width:320px;white-space:normal;line-height:1.35">';
    if (v[4] === 2) {
      var titles = [];
      for (var i = v[6]; i < data.events.length && titles.length < 3; i++) {
        var e0 = data.events[i];
        if (e0.lane === v[2] && Date.parse(e0.start) <= v[1] - DAY && Date.parse(e0.end) >= v[0]) { titles.push(esc(short(e0.title, 60))); }
      }
      return box + '<b>' + v[5] + ' events</b>, ' + esc(dayString(v[0])) + ' to ' + esc(dayString(v[1] - DAY)) +
        '<br>' + titles.join('<br>') + (v[5] > titles.length ? '<br>\u2026' : '') + '<br><i>Click to zoom in.</i></div>';
    }
    var e = data.events[v[3]];
    return box + '<b>' + esc(e.date) + '</b>' + (e.gap ? ' <span style="color:#777">\u00b7 ' + esc(e.gap) + '</span>' : '') +
      '<br>' + esc(e.title) +
      '<br><span style="color:#777">Sources: ' + e.sources.map(esc).join('; ') + '</span></div>';
  }

  function laneLabel(v) {
    var name = data.lanes[+v];
    return name === undefined ? '' : short(name, 20);
  }

  // visibleRange returns the time window the zoom shows.
  function visibleRange() {
    var dz = chart.getOption().dataZoom[0];
    var lo = Infinity, hi = -Infinity;
    full.forEach(function (d) { lo = Math.min(lo, d.value[0]); hi = Math.max(hi, d.value[1]); });
    if (typeof dz.startValue === 'number' && typeof dz.endValue === 'number') { return [dz.startValue, dz.endValue]; }
    var w = hi - lo;
    return [lo + w * (dz.start || 0) / 100, lo + w * (dz.end === undefined ? 100 : dz.end) / 100];
  }

  // regroup counts events per lane and per day, week or month when more
  // than AGGREGATE_OVER of them are visible, and shows them one by one again
  // when zoomed in.
  function regroup() {
    if (full.length <= AGGREGATE_OVER) { return; }
    var r = visibleRange();
    var visible = full.filter(function (d) { return d.value[1] >= r[0] && d.value[0] <= r[1]; });
    if (visible.length <= AGGREGATE_OVER) {
      if (aggregated) { aggregated = false; chart.setOption({ series: [{ id: 'events', data: full }] }); }
      return;
    }
    var span = (r[1] - r[0]) / DAY;
    var bin = span <= 200 ? 1 : span <= 1400 ? 7 : span <= 6000 ? 30.4375 : 365.25;
    var bins = {};
    var out = [];
    full.forEach(function (d) {
      var v = d.value;
      var mid = (v[0] + v[1]) / 2;
      var k = Math.floor(mid / (bin * DAY));
      var key = v[2] + ':' + k;
      var b = bins[key];
      if (!b) {
        var s = Math.floor(k * bin) * DAY;
        b = bins[key] = { value: [s, Math.floor((k + 1) * bin) * DAY, v[2], -1, 2, 0, v[3]] };
        out.push(b);
      }
      b.value[5]++;
    });
    out.forEach(function (b) {
      if (b.value[5] === 1) { b.value = full[dataIndex[b.value[6]]].value; }
      else { b.value[0] = b.value[0] + (b.value[1] - b.value[0]) / 2; b.value[1] = b.value[0]; }
    });
    aggregated = true;
    chart.setOption({ series: [{ id: 'events', data: out }] });
  }

  // focusWindow zooms in at the start when a few outlying events would
  // squeeze the rest into a corner: it shows the shortest window holding
  // 80% of the events if that is less than a quarter of the whole.
  function focusWindow() {
    if (full.length < 5) { return; }
    var starts = full.map(function (d) { return d.value[0]; }).sort(function (x, y) { return x - y; });
    var lo = starts[0], hi = -Infinity;
    full.forEach(function (d) { hi = Math.max(hi, d.value[1]); });
    var k = Math.ceil(full.length * 0.8), best = null;
    for (var i = 0; i + k - 1 < starts.length; i++) {
      var w = starts[i + k - 1] - starts[i];
      if (best === null || w < best[1] - best[0]) { best = [starts[i], starts[i + k - 1]]; }
    }
    var whole = hi - lo;
    if (!best || whole <= 0 || best[1] - best[0] > whole / 4) { return; }
    var pad = Math.max((best[1] - best[0]) * 0.08, 3 * DAY);
    var from = best[0] - pad, to = best[1] + pad * 1.5;
    var outside = full.filter(function (d) { return d.value[1] < from || d.value[0] > to; }).length;
    chart.dispatchAction({ type: 'dataZoom', startValue: from, endValue: to });
    var note = document.getElementById('chart-outside');
    if (note && outside > 0) {
      note.textContent = outside === 1 ? '1 event lies outside this view: drag the slider or zoom out to see it.' :
        outside + ' events lie outside this view: drag the slider or zoom out to see them.';
      note.hidden = false;
    }
  }

  function focus(i) {
    if (!chart || aggregated || dataIndex[i] === undefined) { return; }
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: dataIndex[i] });
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: dataIndex[i] });
  }

  function start(el, option) {
    if (typeof echarts === 'undefined') {
      document.getElementById('chart-notice').hidden = false;
      el.classList.add('missing');
      return;
    }
    full = option.series[0].data || [];
    full.forEach(function (d, k) { dataIndex[d.value[3]] = k; });
    chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    chart.on('click', function (p) {
      var v = p.value || (p.data && p.data.value);
      if (!v) { return; }
      if (v[4] === 2) {
        chart.dispatchAction({ type: 'dataZoom', startValue: v[0] - 45 * DAY, endValue: v[0] + 45 * DAY });
        return;
      }
      TimelinePage.select(v[3]);
    });
    var timer = null;
    chart.on('datazoom', function () {
      clearTimeout(timer);
      timer = setTimeout(regroup, 120);
    });
    focusWindow();
    regroup();
    window.addEventListener('resize', function () { chart.resize(); });
    TimelinePage.onStep(focus);
  }

  return {
    start: start,
    renderItem: renderItem,
    tooltip: tooltip,
    laneLabel: laneLabel,
    instance: function () { return chart; },
    itemCount: function () {
      if (!chart) { return 0; }
      var s = chart.getModel().getSeriesByIndex(0);
      return s ? s.getData().count() : 0;
    }
  };
})();
