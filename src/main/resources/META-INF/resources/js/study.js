// The study page: shows due cards one at a time (space shows the back, keys 1-4 grade it), keeps every
// review in a localStorage outbox until the server has stored it, and sends the outbox again when back
// online. Each review carries an id made here, so a batch sent twice is stored once.
(function () {
  'use strict';
  var root = document.getElementById('study');
  if (!root) return;
  var OUTBOX = 'study.outbox';
  var QUEUE = 'study.queue.' + (root.dataset.query || '');
  var $ = function (id) { return document.getElementById(id); };
  var queue = [];
  var current = null;
  var syncing = false;

  function read(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
  }
  function write(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage full or off: keep going */ }
  }
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }

  function showPending() {
    var n = read(OUTBOX, []).length;
    $('pending-count').textContent = String(n);
    $('sync-state').hidden = n === 0 || navigator.onLine !== false && !syncFailed;
  }
  var syncFailed = false;

  function post(reviews) {
    return fetch('/api/study/reviews', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reviews: reviews })
    });
  }
  function forget(ids) {
    var left = read(OUTBOX, []).filter(function (r) { return ids.indexOf(r.id) < 0; });
    write(OUTBOX, left);
  }

  // Sends the outbox; resolves once it is empty or the network failed.
  function sync() {
    if (syncing) return Promise.resolve();
    var batch = read(OUTBOX, []).slice(0, 500);
    if (batch.length === 0) { syncFailed = false; showPending(); return Promise.resolve(); }
    syncing = true;
    return post(batch).then(function (r) {
      if (r.ok) {
        forget(batch.map(function (x) { return x.id; }));
      } else if (r.status === 400) {
        // one bad review (a card gone from the deck) must not hold back the others: send each alone
        return batch.reduce(function (p, one) {
          return p.then(function () {
            return post([one]).then(function (r1) { if (r1.ok || r1.status === 400) forget([one.id]); });
          });
        }, Promise.resolve());
      }
      syncFailed = false;
    }).catch(function () { syncFailed = true; }).then(function () {
      syncing = false;
      showPending();
      if (!syncFailed && read(OUTBOX, []).length > 0) return sync();
    });
  }

  function load() {
    $('study-loading').hidden = false;
    return fetch('/api/study/queue' + (root.dataset.query ? '?' + root.dataset.query : ''), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (r) {
      if (!r.ok) throw new Error('queue ' + r.status);
      return r.json();
    }).then(function (q) {
      queue = q.items;
      write(QUEUE, queue);
      $('study-counts').textContent = $('study-counts').textContent.replace(/^\d+/, String(q.due)).replace(/\d+(\D*)$/, q.fresh + '$1');
    }).catch(function () {
      var done = read(OUTBOX, []).map(function (r) { return r.card; });
      queue = read(QUEUE, []).filter(function (c) { return done.indexOf(c.card) < 0; });
    }).then(next);
  }

  function next() {
    $('study-loading').hidden = true;
    current = queue.shift() || null;
    $('study-card').hidden = !current;
    $('study-done').hidden = !!current;
    if (!current) return;
    $('card-front').textContent = current.front;
    $('card-answer').textContent = current.answer;
    $('card-statement').textContent = current.statement;
    $('card-citation').textContent = current.citation;
    $('card-back').hidden = true;
    $('grades').hidden = true;
    $('show-answer').hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll('#grades .grade'), function (b) {
      b.querySelector('.ivl').textContent = current.intervals[b.dataset.rating] || '';
    });
  }

  function reveal() {
    if (!current) return;
    $('card-back').hidden = false;
    $('grades').hidden = false;
    $('show-answer').hidden = true;
    document.querySelector('#grades .good').focus();
  }

  function rate(rating) {
    if (!current || $('grades').hidden) return;
    var outbox = read(OUTBOX, []);
    outbox.push({ id: newId(), card: current.card, rating: rating, at: Date.now() });
    write(OUTBOX, outbox);
    write(QUEUE, queue);
    showPending();
    if (queue.length > 0) {
      next();
      sync();
    } else {
      current = null;
      $('study-card').hidden = true;
      $('study-loading').hidden = false;
      sync().then(load);
    }
  }

  $('show-answer').addEventListener('click', reveal);
  $('grades').addEventListener('click', function (e) {
    var b = e.target.closest('.grade');
    if (b) rate(Number(b.dataset.rating));
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === ' ' || e.key === 'Spacebar') {
      if (current && $('card-back').hidden) { e.preventDefault(); reveal(); }
    } else if (/^[1-4]$/.test(e.key)) {
      e.preventDefault();
      rate(Number(e.key));
    }
  });
  window.addEventListener('online', function () { sync(); });

  showPending();
  sync().then(load);
})();

// The progress charts, drawn by Chart.js from each canvas's data-points attribute.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  ['reviews-chart', 'forecast-chart'].forEach(function (id) {
    var canvas = document.getElementById(id);
    if (!canvas) return;
    var points = JSON.parse(canvas.dataset.points || '[]');
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: points.map(function (p) { return p.label; }),
        datasets: [{ label: canvas.dataset.label, data: points.map(function (p) { return p.count; }), backgroundColor: '#1f5fbf' }]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false }, title: { display: true, text: canvas.dataset.label } }
      }
    });
  });
})();
