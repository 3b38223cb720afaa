/* Offline stand-in for Cloudflare Turnstile's api.js: an inert "Verify you are human" box in each
   .cf-turnstile element; the token never comes. */
(function () {
  function draw(container) {
    var box = document.createElement('div');
    box.setAttribute('style', 'width:300px;height:65px;border:1px solid #e0e0e0;background:#fafafa;font:14px sans-serif;display:flex;align-items:center;padding:0 12px;box-sizing:border-box');
    box.textContent = 'Verify you are human — Cloudflare';
    container.appendChild(box);
  }
  window.turnstile = { render: function (c) { draw(typeof c === 'string' ? document.querySelector(c) : c); return 'cf-0'; }, getResponse: function () { return undefined; }, reset: function () {}, remove: function () {} };
  function auto() { document.querySelectorAll('.cf-turnstile').forEach(draw); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', auto); } else { auto(); }
})();
