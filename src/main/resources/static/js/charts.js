// The dashboard's charts: loads Chart.js (served by the application) only on pages that have a
// canvas.chart, and draws each from its data-labels / data-values ("|"-separated) attributes.
(function () {
  var canvases = document.querySelectorAll('canvas.chart[data-labels]');
  if (canvases.length === 0) {
    return;
  }
  var COLOURS = ['#0b6e4f', '#d97706', '#2563eb', '#b91c1c', '#7c3aed', '#4b5563'];

  function draw() {
    canvases.forEach(function (canvas) {
      var labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
      var values = canvas.dataset.values ? canvas.dataset.values.split('|').map(Number) : [];
      var kind = canvas.dataset.kind || 'bar';
      new Chart(canvas, {
        type: kind,
        data: { labels: labels, datasets: [{ label: canvas.getAttribute('aria-label'), data: values, backgroundColor: COLOURS }] },
        options: { responsive: true, animation: false, plugins: { legend: { display: kind !== 'bar' } } }
      });
      canvas.dataset.drawn = 'true';
    });
  }

  if (window.Chart) {
    draw();
    return;
  }
  var script = document.createElement('script');
  script.src = canvases[0].dataset.chartJs;
  script.onload = draw;
  document.head.appendChild(script);
})();
