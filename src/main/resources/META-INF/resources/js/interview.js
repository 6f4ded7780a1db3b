// The answer page's character counter and countdown. The page works without it: the server counts the
// time (a late answer is marked late) and the textarea's maxlength bounds the answer.
(function () {
  var answer = document.getElementById('answer');
  var count = document.getElementById('char-count');
  if (answer && count) {
    var max = count.getAttribute('data-max');
    var update = function () { count.textContent = answer.value.length + ' of ' + max + ' characters'; };
    answer.addEventListener('input', update);
    update();
  }
  var left = document.getElementById('time-left');
  if (left) {
    var deadline = Number(left.getAttribute('data-deadline')) * 1000;
    var tick = function () {
      var ms = deadline - Date.now();
      if (ms <= 0) {
        left.textContent = 'Time is up: your answer will be marked late';
        return;
      }
      var s = Math.floor(ms / 1000);
      left.textContent = Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
