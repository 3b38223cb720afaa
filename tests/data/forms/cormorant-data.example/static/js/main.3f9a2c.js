/*! For license information please see main.3f9a2c.js.LICENSE.txt */
// A hand-written stand-in for a React bundle: the contact page is drawn by script, every input is
// "controlled" (its value lives in the component's state and only onChange — the input event —
// updates that state; each render writes the state back into the inputs), and the form is sent by
// fetch() as JSON.
(function () {
  "use strict";
  var state = { values: { name: "", email: "", company: "", message: "" }, errors: {}, status: "idle" };
  var root = null;
  var inputs = {};

  var FIELDS = [
    { name: "name", label: "Name", type: "text", required: true, autoComplete: "off" },
    { name: "email", label: "Work email", type: "email", required: true, autoComplete: "off" },
    { name: "company", label: "Company", type: "text", required: false, autoComplete: "off" },
    { name: "message", label: "How can we help?", type: "textarea", required: true }
  ];

  function h(tag, props, children) {
    var el = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "className") { el.className = props[key]; }
      else if (key === "htmlFor") { el.htmlFor = props[key]; }
      else if (key.slice(0, 2) === "on") { el.addEventListener(key.slice(2).toLowerCase(), props[key]); }
      else if (props[key] !== false && props[key] !== undefined) { el.setAttribute(key, props[key] === true ? "" : props[key]); }
    });
    (children || []).forEach(function (c) { el.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return el;
  }

  function setState(patch) {
    Object.keys(patch).forEach(function (k) { state[k] = patch[k]; });
    render();
  }

  function onChange(event) {
    var values = Object.assign({}, state.values);
    values[event.target.name] = event.target.value;
    var errors = Object.assign({}, state.errors);
    delete errors[event.target.name];
    state.values = values;
    state.errors = errors;
    // A re-render on each keystroke, as React does: the DOM follows the state.
    render();
  }

  function validate(values) {
    var errors = {};
    FIELDS.forEach(function (f) {
      if (f.required && !values[f.name].trim()) { errors[f.name] = f.label + " is required"; }
    });
    if (values.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) { errors.email = "Enter a valid email"; }
    return errors;
  }

  function onSubmit(event) {
    event.preventDefault();
    var errors = validate(state.values);
    if (Object.keys(errors).length) {
      setState({ errors: errors });
      return;
    }
    setState({ status: "sending" });
    fetch("/api/contact", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(state.values)
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (data) {
      setState({ status: data && data.ok ? "sent" : "error" });
    }).catch(function () {
      setState({ status: "error" });
    });
  }

  function build() {
    var form = h("form", { className: "ContactForm", noValidate: true, onSubmit: onSubmit });
    FIELDS.forEach(function (f) {
      var id = "contact-" + f.name;
      var control = f.type === "textarea"
        ? h("textarea", { id: id, name: f.name, rows: "6", onInput: onChange })
        : h("input", { id: id, name: f.name, type: f.type, autocomplete: f.autoComplete, onInput: onChange });
      inputs[f.name] = control;
      var wrap = h("div", { className: "Field", "data-field": f.name }, [
        h("label", { htmlFor: id }, [f.label + (f.required ? " *" : "")]),
        control,
        h("div", { className: "Field__error", role: "alert" })
      ]);
      form.appendChild(wrap);
    });
    form.appendChild(h("button", { className: "Button", type: "submit" }, ["Send message"]));
    return form;
  }

  var formEl = null;
  var successEl = null;
  var errorEl = null;

  function render() {
    if (state.status === "sent") {
      if (formEl && formEl.parentNode) { formEl.parentNode.removeChild(formEl); }
      if (!successEl) {
        successEl = h("div", { className: "Success", role: "status" }, [
          h("strong", {}, ["Thanks! We received your message."]),
          h("p", {}, ["We usually answer within one business day."])
        ]);
        root.querySelector(".ContactPage").appendChild(successEl);
      }
      return;
    }
    FIELDS.forEach(function (f) {
      var el = inputs[f.name];
      if (el.value !== state.values[f.name]) { el.value = state.values[f.name]; }
      var wrap = el.parentNode;
      wrap.className = "Field" + (state.errors[f.name] ? " Field--error" : "");
      wrap.querySelector(".Field__error").textContent = state.errors[f.name] || "";
    });
    var button = formEl.querySelector("button");
    button.disabled = state.status === "sending";
    button.textContent = state.status === "sending" ? "Sending…" : "Send message";
    errorEl.textContent = state.status === "error" ? "Something went wrong. Please try again." : "";
  }

  function mount() {
    root = document.getElementById("root");
    formEl = build();
    errorEl = h("p", { className: "FormError", role: "alert" });
    root.appendChild(h("section", { className: "ContactPage" }, [
      h("h1", {}, ["Talk to the Cormorant team"]),
      h("p", {}, ["Tell us which ports and which data you need. We reply within a business day."]),
      formEl,
      errorEl
    ]));
    render();
  }

  // The bundle hydrates a moment after the page (code splitting, data loading).
  document.addEventListener("DOMContentLoaded", function () { setTimeout(mount, 250); });
})();
