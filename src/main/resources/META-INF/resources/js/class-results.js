// The score distribution on a paper's results page, drawn by Chart.js from the canvas's data-counts.
(function () {
  'use strict';
  var canvas = document.getElementById('distribution-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  var counts = JSON.parse(canvas.dataset.counts || '[]');
  var labels = ['< 0'];
  for (var i = 0; i < 10; i++) labels.push((i * 10) + '–' + (i * 10 + 10));
  new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [{ label: canvas.dataset.label, data: counts, backgroundColor: '#1f5fbf' }] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } }
    }
  });
})();
