// The contact form's three steps: one is shown at a time; Next checks the step's fields first.
(function () {
  var form = document.getElementById('wren-contact');
  var steps = Array.prototype.slice.call(form.querySelectorAll('.msf-step'));
  var current = 0;

  function show(index) {
    steps.forEach(function (step, i) { step.style.display = i === index ? '' : 'none'; });
    form.querySelector('.msf-current').textContent = String(index + 1);
    current = index;
  }

  function stepIsValid(step) {
    var fields = step.querySelectorAll('input, select, textarea');
    for (var i = 0; i < fields.length; ++i) {
      if (!fields[i].checkValidity()) {
        fields[i].reportValidity();
        return false;
      }
    }
    return true;
  }

  form.querySelectorAll('.msf-next').forEach(function (button) {
    button.addEventListener('click', function () {
      if (stepIsValid(steps[current])) {
        show(Math.min(current + 1, steps.length - 1));
      }
    });
  });
  form.querySelectorAll('.msf-prev').forEach(function (button) {
    button.addEventListener('click', function () { show(Math.max(current - 1, 0)); });
  });
  form.addEventListener('submit', function (event) {
    if (!stepIsValid(steps[current])) {
      event.preventDefault();
    }
  });
  show(0);
})();
