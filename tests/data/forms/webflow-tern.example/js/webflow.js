/*!
 * Webflow: Front-end site library (excerpt rewritten without jQuery for this site)
 * Forms: data-name fields sent to the Webflow form API, success and failure blocks.
 */
(function () {
  'use strict';
  var html = document.documentElement;
  var siteId = html.getAttribute('data-wf-site');
  var FORM_API = '/api/v1/form/';

  function findFields(form, result) {
    var status = null;
    result = result || {};
    form.querySelectorAll(':scope input:not([type="submit"]):not([type="file"]), :scope textarea, :scope select').forEach(function (field, i) {
      var type = field.getAttribute('type');
      var name = field.getAttribute('data-name') || field.getAttribute('name') || 'Field ' + (i + 1);
      var value = field.value;
      if (type === 'checkbox') {
        value = field.checked;
      } else if (type === 'radio') {
        if (result[name] === null || typeof result[name] === 'string') { return; }
        value = form.querySelector('input[name="' + field.getAttribute('name') + '"]:checked');
        value = value ? value.value : null;
      }
      if (typeof value === 'string') { value = value.trim(); }
      result[name] = value;
      if (!status && field.required && !value) { status = 'Please fill out the required field: ' + name; }
    });
    return status;
  }

  function encode(data) {
    var parts = [];
    Object.keys(data).forEach(function (key) {
      var value = data[key];
      if (value !== null && typeof value === 'object') {
        Object.keys(value).forEach(function (inner) {
          parts.push(encodeURIComponent(key + '[' + inner + ']') + '=' + encodeURIComponent(value[inner] === null ? '' : value[inner]));
        });
      } else {
        parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(value));
      }
    });
    return parts.join('&').replace(/%20/g, '+');
  }

  function bind(form) {
    var wrap = form.closest('.w-form');
    var done = wrap.querySelector('.w-form-done');
    var fail = wrap.querySelector('.w-form-fail');
    var button = form.querySelector('input[type="submit"]');
    var label = button.value;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      fail.style.display = 'none';
      var payload = {
        name: form.getAttribute('data-name') || form.getAttribute('name') || 'Untitled Form',
        pageId: form.getAttribute('data-wf-page-id') || html.getAttribute('data-wf-page'),
        elementId: form.getAttribute('data-wf-element-id') || '',
        domain: html.getAttribute('data-wf-domain'),
        source: location.href,
        test: false,
        fields: {},
        dolphin: /pass[\s-_]?(word|code)|secret|login|credentials/i.test(form.innerHTML)
      };
      var error = findFields(form, payload.fields);
      if (error) {
        alert(error);
        return;
      }
      button.value = button.getAttribute('data-wait') || label;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', FORM_API + siteId);
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
      xhr.setRequestHeader('Accept', 'application/json, text/javascript, */*; q=0.01');
      xhr.onload = function () {
        button.value = label;
        if (xhr.status >= 200 && xhr.status < 300) {
          form.style.display = 'none';
          done.style.display = 'block';
        } else {
          fail.style.display = 'block';
        }
      };
      xhr.onerror = function () {
        button.value = label;
        fail.style.display = 'block';
      };
      xhr.send(encode(payload));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.w-form form').forEach(bind);
  });
  if (document.readyState !== 'loading') {
    document.querySelectorAll('.w-form form').forEach(bind);
  }
})();
