// The start form: keeps the suggested time limit in step with the number of questions until the
// aspirant sets a time of their own, and enables the custom marks only for custom marking.
(function () {
  'use strict';
  var form = document.getElementById('start-form');
  if (!form) return;
  var count = form.querySelector('#count');
  var minutes = form.querySelector('#minutes');
  var perQuestion = Number(minutes.value) / Number(count.value);
  var touched = false;

  minutes.addEventListener('input', function () { touched = true; });
  count.addEventListener('input', function () {
    var n = Number(count.value);
    if (!touched && n > 0 && isFinite(perQuestion)) {
      minutes.value = String(Math.round(n * perQuestion * 10) / 10);
    }
  });

  function customMarks() {
    var custom = form.querySelector('input[name=marking][value=custom]').checked;
    Array.prototype.forEach.call(form.querySelectorAll('.custom-marks input'), function (input) {
      input.disabled = !custom;
    });
  }
  Array.prototype.forEach.call(form.querySelectorAll('input[name=marking]'), function (radio) {
    radio.addEventListener('change', customMarks);
  });
  customMarks();
})();
