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
  var current = [];
  var labels = {}; // event index -> [dx, dy] of its label from its anchor; no entry: no label
  var measure = document.createElement('canvas').getContext('2d');
  measure.font = '11px sans-serif';

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
          textContent: n > 1 ? { style: { text: String(n), fill: '#fff', fontSize: 10, fontWeight: 'bold' } } : undefined,
          textConfig: { position: 'inside' }
        };
      }
      return {
        type: 'circle', z2: 10,
        shape: { cx: a[0], cy: a[1], r: 6 },
        style: { fill: color, stroke: '#fff', lineWidth: 1.5 },
        textContent: labels[idx] ? { style: { text: labelText(idx), fill: '#2b2b2b', fontSize: 11, align: 'left', verticalAlign: 'middle' } } : undefined,
        textConfig: labels[idx] ? { position: [labels[idx][0] + 6, labels[idx][1] + 13] } : undefined
      };
    }
    var rect = echarts.graphic.clipRectByRect(
      { x: a[0], y: a[1] - 6, width: Math.max(b[0] - a[0], 3), height: 12 },
      { x: cs.x, y: cs.y, width: cs.width, height: cs.height });
    if (!rect) { return null; }
    rect.r = 3;
    var where = labels[idx];
    return {
      type: 'rect', z2: 1, shape: rect,
      style: { fill: color, opacity: 0.45, stroke: color, lineWidth: 1 },
      textContent: where ? { style: { text: labelText(idx), fill: '#2b2b2b', fontSize: 11, align: 'left', verticalAlign: 'middle' } } : undefined,
      textConfig: where ? { position: [where[0], where[1] + 13] } : undefined
    };
  }

  function labelText(i) { return short(data.events[i].title, 34); }

  function overlaps(r, q) {
    return r[0] < q[0] + q[2] && q[0] < r[0] + r[2] && r[1] < q[1] + q[3] && q[1] < r[1] + r[3];
  }

  // layoutLabels decides which events get a label and where, so that no
  // label covers another label or an event: events told by more sources
  // first, then in order; each tries right, left, above and below its
  // point (a bar: above its start, then right of its end). The rest show
  // their title on hover.
  function layoutLabels() {
    labels = {};
    if (aggregated || !current.length) { return; }
    var g;
    try { g = chart.getModel().getComponent('grid').coordinateSystem.getRect(); } catch (e) { return; }
    var items = [], boxes = [];
    current.forEach(function (d) {
      var v = d.value;
      var a = chart.convertToPixel({ seriesIndex: 0 }, [v[0], v[2]]);
      var b = chart.convertToPixel({ seriesIndex: 0 }, [v[1], v[2]]);
      if (!a || b[0] < g.x || a[0] > g.x + g.width) { return; }
      var x0 = Math.max(a[0], g.x), x1 = Math.min(b[0], g.x + g.width);
      var it = { i: v[3], span: v[4] === 1, x0: x0, x1: Math.max(x1, x0 + 3), y: a[1] };
      items.push(it);
      boxes.push(it.span ? [x0, a[1] - 6, it.x1 - x0, 12] : [a[0] - 7, a[1] - 7, 14, 14]);
    });
    items.sort(function (p, q) {
      return (data.events[q.i].sources.length - data.events[p.i].sources.length) || (p.i - q.i);
    });
    var right = g.x + g.width + 24;
    items.forEach(function (it) {
      var w = measure.measureText(labelText(it.i)).width + 2, h = 14, x = it.x0, y = it.y;
      var tries = it.span ?
        [[x, y - 8 - h], [it.x1 - w, y - 8 - h], [it.x1 + 4, y - h / 2], [x, y + 8], [it.x1 - w, y + 8]] :
        [[x + 11, y - h / 2], [x - 11 - w, y - h / 2], [x - w / 2, y - 10 - h], [x - w / 2, y + 10],
          [x - 4, y - 10 - h], [x + 4 - w, y - 10 - h], [x - 4, y + 10], [x + 4 - w, y + 10]];
      for (var k = 0; k < tries.length; k++) {
        var r = [tries[k][0], tries[k][1], w, h];
        if (r[0] < g.x - 2 || r[0] + r[2] > right || r[1] < g.y - 12 || r[1] + r[3] > g.y + g.height + 4) { continue; }
        if (boxes.some(function (q) { return overlaps(r, q); })) { continue; }
        // Where the label goes, from the event's anchor: its point, or the
        // left end of its bar.
        labels[it.i] = [r[0] - x, r[1] - y];
        boxes.push(r);
        return;
      }
    });
  }

  // refresh regroups the events for the zoom, lays out the labels and
  // draws again.
  function refresh() {
    regroup();
    chart.setOption({ series: [{ id: 'events', data: current }] });
    layoutLabels();
    chart.setOption({ series: [{ id: 'events', data: current }] });
  }

  function tooltip(p) {
    var v = p.value || p.data.value;
    var box = '<div style="max-width:320px;white-space:normal;line-height:1.35">';
    if (v[4] === 2) {
      var titles = [];
      for (var i = v[6]; i < data.events.length && titles.length < 3; i++) {
        var mid = (Date.parse(data.events[i].start) + Date.parse(data.events[i].end) + DAY) / 2;
        if (data.events[i].lane === v[2] && mid >= v[7] && mid < v[8]) { titles.push(esc(short(data.events[i].title, 60))); }
      }
      var head = v[5] === 1 ? esc(data.events[v[6]].date) : v[5] + ' events, ' + esc(dayString(v[7])) + ' to ' + esc(dayString(v[8] - DAY));
      return box + '<b>' + head + '</b><br>' + titles.join('<br>') + (v[5] > titles.length ? '<br>\u2026' : '') +
        '<br><i>' + (v[5] === 1 ? 'Click to read it.' : 'Click to zoom in.') + '</i></div>';
    }
    var e = data.events[v[3]];
    return box + '<b>' + esc(e.date) + '</b>' + (e.gap ? ' <span style="color:#777">\u00b7 ' + esc(e.gap) + '</span>' : '') +
      '<br>' + esc(e.title) +
      '<br><span style="color:#777">Sources: ' + e.sources.map(esc).join('; ') + '</span></div>';
  }

  function laneLabel(v) {
    var name = data.lanes[+v];
    return name === undefined ? '' : short(name, 24);
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
    current = full;
    if (full.length <= AGGREGATE_OVER) { return; }
    var r = visibleRange();
    var visible = full.filter(function (d) { return d.value[1] >= r[0] && d.value[0] <= r[1]; });
    if (visible.length <= AGGREGATE_OVER) {
      aggregated = false;
      current = full;
      return;
    }
    // The smallest of a day, a week, a month, a quarter or a year that
    // keeps the counts 18 pixels apart.
    var perDay = Math.max(chart.getWidth() - 190, 200) / Math.max((r[1] - r[0]) / DAY, 1);
    var bin = [1, 7, 30.4375, 91.3125, 365.25].filter(function (b) { return b * perDay >= 18; })[0] || 365.25;
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
        var e = Math.floor((k + 1) * bin) * DAY;
        b = bins[key] = { value: [(s + e) / 2, (s + e) / 2, v[2], -1, 2, 0, v[3], s, e] };
        out.push(b);
      }
      b.value[5]++;
    });
    aggregated = true;
    current = out;
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
    if (!chart || dataIndex[i] === undefined) { return; }
    // Bring the event into view, keeping the zoom's width.
    var v = full[dataIndex[i]].value, r = visibleRange();
    if (v[1] < r[0] || v[0] > r[1]) {
      var w = r[1] - r[0], mid = (v[0] + v[1]) / 2;
      chart.dispatchAction({ type: 'dataZoom', startValue: mid - w / 2, endValue: mid + w / 2 });
      refresh();
    }
    if (aggregated) { return; }
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: dataIndex[i] });
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: dataIndex[i] });
  }

  function start(el, option) {
    if (typeof echarts === 'undefined') {
      var notice = document.getElementById('chart-notice');
      if (notice) notice.hidden = false;
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
      if (v[4] === 2 && v[5] > 1) {
        var w = Math.max(v[8] - v[7], 20 * DAY);
        chart.dispatchAction({ type: 'dataZoom', startValue: v[7] - w, endValue: v[8] + w });
        return;
      }
      if (v[4] === 2) {
        TimelinePage.select(v[6]);
        return;
      }
      TimelinePage.select(v[3]);
    });
    var timer = null;
    var started = false;
    chart.on('datazoom', function () {
      if (started) { document.getElementById('chart-outside').hidden = true; }
      clearTimeout(timer);
      timer = setTimeout(refresh, 120);
    });
    focusWindow();
    refresh();
    window.addEventListener('resize', function () { chart.resize(); });
    TimelinePage.onStep(focus);
    started = true;
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
