// Counts the characters of an answer as the candidate types (the page shows the saved count without scripts).
document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
  var out = document.getElementById(area.getAttribute('data-counter'));
  if (!out) {
    return;
  }
  var update = function () {
    out.textContent = String(area.value.length);
  };
  area.addEventListener('input', update);
  update();
});
