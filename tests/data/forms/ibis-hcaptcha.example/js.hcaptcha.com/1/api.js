/* Offline stand-in for hCaptcha's api.js: an inert checkbox box in each .h-captcha, no token ever. */
(function () {
  function draw(container) {
    var box = document.createElement('div');
    box.setAttribute('style', 'width:303px;height:78px;border:1px solid #e0e0e0;border-radius:4px;background:#fafafa;font:14px sans-serif;display:flex;align-items:center;padding:0 14px;box-sizing:border-box');
    box.textContent = 'I am human — hCaptcha';
    container.appendChild(box);
  }
  window.hcaptcha = { render: function (c) { draw(typeof c === 'string' ? document.getElementById(c) : c); return 0; }, getResponse: function () { return ''; }, reset: function () {}, execute: function () {} };
  function auto() { document.querySelectorAll('.h-captcha').forEach(draw); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', auto); } else { auto(); }
})();
