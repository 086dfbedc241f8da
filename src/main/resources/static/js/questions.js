// The complaint form's category questions: without JavaScript every category's group shows, each marked with its
// category, and only the chosen category's answers count. With it, only the chosen category's group shows.
(function () {
  var category = document.getElementById('category');
  var groups = document.querySelectorAll('fieldset.questions[data-category]');
  if (!category || groups.length === 0) {
    return;
  }
  function show() {
    for (var i = 0; i < groups.length; i++) {
      groups[i].hidden = groups[i].getAttribute('data-category') !== category.value;
    }
  }
  category.addEventListener('change', show);
  show();
})();
