// Receipts: a "print" button where scripts run (without them the browser's own print works the same; app.css has the print rules).
(function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
