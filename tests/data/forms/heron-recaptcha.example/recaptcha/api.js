/* Offline stand-in for Google's reCAPTCHA v2 loader: it draws an inert "I'm not a robot" box in every
   .g-recaptcha element and never hands out a token. */
(function () {
  var widgets = [];
  function render(container) {
    var box = document.createElement('div');
    box.setAttribute('style', 'width:300px;height:74px;border:1px solid #d3d3d3;border-radius:3px;background:#f9f9f9;font:14px Roboto,Arial,sans-serif;display:flex;align-items:center;justify-content:space-between;padding:0 12px;box-sizing:border-box');
    box.innerHTML = '<span>I\'m not a robot</span><span style="font-size:10px;color:#555">reCAPTCHA<br>Privacy - Terms</span>';
    container.appendChild(box);
    widgets.push(container);
    return widgets.length - 1;
  }
  window.grecaptcha = {
    ready: function (cb) { setTimeout(cb, 0); },
    render: function (container) { return render(typeof container === 'string' ? document.getElementById(container) : container); },
    getResponse: function () { return ''; },
    reset: function () {},
    execute: function () {}
  };
  function auto() { document.querySelectorAll('.g-recaptcha').forEach(function (c) { render(c); }); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', auto); } else { auto(); }
})();
