// The timeline page: month sections, the step-through and the ordering
// exercise. Needs no network and no library. Every text comes from the JSON
// data block and is set with textContent, never as markup.
var TimelinePage = (function () {
  'use strict';
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var events = data.events;
  var byId = function (id) { return document.getElementById(id); };
  var entries = document.querySelectorAll('.entry');
  var current = 0;
  var listeners = [];

  // Month sections: a button folds each one; long stories start folded.
  function setOpen(sec, open) {
    sec.classList.toggle('collapsed', !open);
    var b = sec.querySelector('.month-toggle');
    if (b) { b.setAttribute('aria-expanded', open ? 'true' : 'false'); }
  }
  var sections = document.querySelectorAll('.month');
  Array.prototype.forEach.call(sections, function (sec, i) {
    var b = sec.querySelector('.month-toggle');
    b.addEventListener('click', function () {
      setOpen(sec, sec.classList.contains('collapsed'));
    });
    if (data.collapse && i > 0) { setOpen(sec, false); }
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(sections, function (sec) { setOpen(sec, true); });
  });

  // show opens the section of event i and scrolls its entry into view.
  function show(i) {
    var el = entries[i];
    if (!el) { return; }
    var sec = el.closest('.month');
    if (sec) { setOpen(sec, true); }
    el.scrollIntoView({ behavior: 'smooth', block: 'start' });
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }

  // fillMarked writes a sentence cut as [before, date, after] into el, the
  // date in a <mark>.
  function fillMarked(el, parts) {
    el.textContent = '';
    el.appendChild(document.createTextNode(parts[0] || ''));
    if (parts[1]) {
      var m = document.createElement('mark');
      m.textContent = parts[1];
      el.appendChild(m);
    }
    el.appendChild(document.createTextNode(parts[2] || ''));
  }

  // The step-through.
  function go(i) {
    if (!events.length) { return; }
    i = Math.max(0, Math.min(events.length - 1, i));
    if (entries[current]) { entries[current].classList.remove('current'); }
    current = i;
    var e = events[i];
    byId('step-pos').textContent = 'Event ' + (i + 1) + ' of ' + events.length;
    byId('step-date').textContent = e.date;
    byId('step-gap').textContent = e.gap || (i === 0 ? 'the first event' : '');
    byId('step-title').textContent = e.title;
    fillMarked(byId('step-summary'), e.summary);
    byId('step-link').setAttribute('href', '#' + encodeURIComponent(e.anchor));
    byId('step-prev').disabled = i === 0;
    byId('step-next').disabled = i === events.length - 1;
    if (entries[i]) { entries[i].classList.add('current'); }
    listeners.forEach(function (f) { f(i); });
  }
  if (events.length) {
    byId('step').hidden = false;
    byId('step-prev').addEventListener('click', function () { go(current - 1); });
    byId('step-next').addEventListener('click', function () { go(current + 1); });
    byId('step-link').addEventListener('click', function (ev) {
      ev.preventDefault();
      show(current);
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) { return; }
      var t = ev.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || (t.closest && t.closest('.order-list')))) { return; }
      if (ev.key === 'ArrowRight') { go(current + 1); ev.preventDefault(); }
      if (ev.key === 'ArrowLeft') { go(current - 1); ev.preventDefault(); }
    });
    go(0);
  }

  // The ordering exercise: a few events whose dates do not overlap, shuffled;
  // the reader moves them into order and checks.
  var ORDER_SIZE = 5;
  function day(s) { return Date.parse(s + 'T00:00:00Z'); }
  function shuffle(a) {
    for (var i = a.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = a[i]; a[i] = a[j]; a[j] = t;
    }
    return a;
  }
  function pickSet() {
    var idx = shuffle(events.map(function (_, i) { return i; }));
    var set = [];
    idx.forEach(function (i) {
      if (set.length >= ORDER_SIZE || !events[i].start) { return; }
      var s = day(events[i].start), e = day(events[i].end);
      var clash = set.some(function (j) {
        return !(e < day(events[j].start) || s > day(events[j].end));
      });
      if (!clash) { set.push(i); }
    });
    return set;
  }
  var orderList = byId('order-list');
  function orderItem(i) {
    var li = document.createElement('li');
    li.className = 'order-item';
    li.dataset.i = String(i);
    var text = document.createElement('div');
    text.className = 'order-text';
    var title = document.createElement('strong');
    title.textContent = events[i].title;
    var date = document.createElement('span');
    date.className = 'order-date';
    date.textContent = events[i].date;
    text.appendChild(title);
    text.appendChild(date);
    var up = document.createElement('button');
    up.type = 'button';
    up.className = 'move up';
    up.textContent = '\u2191';
    up.setAttribute('aria-label', 'Move up');
    var down = document.createElement('button');
    down.type = 'button';
    down.className = 'move down';
    down.textContent = '\u2193';
    down.setAttribute('aria-label', 'Move down');
    up.addEventListener('click', function () {
      if (li.previousElementSibling) { orderList.insertBefore(li, li.previousElementSibling); clearMarks(); up.focus(); }
    });
    down.addEventListener('click', function () {
      if (li.nextElementSibling) { orderList.insertBefore(li.nextElementSibling, li); clearMarks(); down.focus(); }
    });
    li.appendChild(up);
    li.appendChild(down);
    li.appendChild(text);
    return li;
  }
  function clearMarks() {
    orderList.classList.remove('checked');
    Array.prototype.forEach.call(orderList.children, function (li) { li.classList.remove('right', 'wrong'); });
    byId('order-result').textContent = '';
  }
  function newSet() {
    var set = pickSet();
    var sorted = set.slice().sort(cmp);
    // Never hand out the answer: shuffle until the order is wrong.
    for (var k = 0; k < 10 && set.join() === sorted.join(); k++) { shuffle(set); }
    orderList.textContent = '';
    set.forEach(function (i) { orderList.appendChild(orderItem(i)); });
    clearMarks();
  }
  function cmp(a, b) {
    var d = day(events[a].start) - day(events[b].start);
    return d !== 0 ? d : day(events[a].end) - day(events[b].end);
  }
  function check() {
    var items = Array.prototype.slice.call(orderList.children);
    var got = items.map(function (li) { return +li.dataset.i; });
    var want = got.slice().sort(cmp);
    var right = 0;
    items.forEach(function (li, k) {
      var ok = got[k] === want[k];
      if (ok) { right++; }
      li.classList.toggle('right', ok);
      li.classList.toggle('wrong', !ok);
    });
    orderList.classList.add('checked');
    byId('order-result').textContent = right === items.length ?
      'All ' + right + ' in the right order. Well done!' :
      right + ' of ' + items.length + ' in the right place. The dates are shown now: try again, or press New set.';
  }
  if (orderList && pickSet().length >= 3) {
    byId('order').hidden = false;
    byId('order-check').addEventListener('click', check);
    byId('order-new').addEventListener('click', newSet);
    newSet();
  }

  return {
    data: data,
    go: go,
    show: show,
    current: function () { return current; },
    onStep: function (f) { listeners.push(f); },
    // select is what a click on the chart does: step to the event and read it.
    select: function (i) { go(i); show(i); }
  };
})();
