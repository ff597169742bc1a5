// The score trend on the history page, drawn by Chart.js from the canvas's data-trend attribute.
(function () {
  'use strict';
  var canvas = document.getElementById('trend-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  var points = JSON.parse(canvas.dataset.trend || '[]');
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: points.map(function (p) { return p.label; }),
      datasets: [{
        label: canvas.dataset.label,
        data: points.map(function (p) { return p.percent; }),
        borderColor: '#1f5fbf',
        backgroundColor: 'rgba(31, 95, 191, 0.12)',
        fill: true,
        tension: 0.2,
        pointRadius: 4
      }]
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { suggestedMin: 0, suggestedMax: 100, title: { display: true, text: canvas.dataset.label } } },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: function (item) {
              var p = points[item.dataIndex];
              return p.score + ' / ' + p.maxScore + ' (' + p.percent + '%)';
            }
          }
        }
      }
    }
  });
})();
