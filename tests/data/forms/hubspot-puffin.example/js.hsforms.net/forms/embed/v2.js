/* A local stand-in for HubSpot's forms embed (v2): hbspt.forms.create() fetches the form's
   definition, draws the hs-form markup where the embed script stands, and sends the answers to the
   Forms API as JSON. Here the definition is built in and the drawing waits 400 ms, like the real one. */
(function () {
    'use strict';
    var definitions = {
        'abcd-ef': {
            groups: [
                [
                    { name: 'firstname', label: 'First name', type: 'text', fieldtype: 'text', required: true, autocomplete: 'given-name' },
                    { name: 'lastname', label: 'Last name', type: 'text', fieldtype: 'text', required: true, autocomplete: 'family-name' }
                ],
                [{ name: 'email', label: 'Email', type: 'email', fieldtype: 'text', required: true, autocomplete: 'email', inputmode: 'email' }],
                [
                    { name: 'company', label: 'Company name', type: 'text', fieldtype: 'text', required: false, autocomplete: 'organization' },
                    { name: 'jobtitle', label: 'Job title', type: 'text', fieldtype: 'text', required: false }
                ],
                [{ name: 'phone', label: 'Phone number', type: 'tel', fieldtype: 'phonenumber', required: false, autocomplete: 'tel', inputmode: 'tel' }],
                [{ name: 'message', label: 'Message', type: 'textarea', fieldtype: 'textarea', required: true }]
            ],
            submitText: 'Submit',
            inlineMessage: 'Thanks for submitting the form.'
        }
    };

    function escapeHtml(text) {
        return String(text).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
    }

    function fieldHtml(formId, f) {
        var id = f.name + '-' + formId;
        var input;
        if (f.type === 'textarea') {
            input = '<textarea id="' + id + '" class="hs-input hs-fieldtype-textarea" name="' + f.name + '"' + (f.required ? ' required=""' : '') + '></textarea>';
        } else {
            input = '<input id="' + id + '" name="' + f.name + '"' + (f.required ? ' required=""' : '') + ' placeholder="" type="' + f.type + '" class="hs-input"'
                + ' inputmode="' + (f.inputmode || 'text') + '"' + (f.autocomplete ? ' autocomplete="' + f.autocomplete + '"' : '') + ' value="">';
        }
        return '<div class="hs_' + f.name + ' hs-' + f.name + ' hs-fieldtype-' + f.fieldtype + ' field hs-form-field">'
            + '<label id="label-' + id + '" class="" placeholder="Enter your ' + escapeHtml(f.label) + '" for="' + id + '"><span>' + escapeHtml(f.label) + '</span>'
            + (f.required ? '<span class="hs-form-required">*</span>' : '') + '</label>'
            + '<legend class="hs-field-desc" style="display: none;"></legend>'
            + '<div class="input">' + input + '</div></div>';
    }

    function formHtml(options, def) {
        var formId = options.formId;
        var html = '<form novalidate="" accept-charset="UTF-8" action="/submissions/v3/public/submit/formsnext/multipart/' + options.portalId + '/' + formId + '"'
            + ' enctype="multipart/form-data" id="hsForm_' + formId + '" method="POST"'
            + ' class="hs-form-private hsForm_' + formId + ' hs-form-' + formId + ' hs-form stacked hs-custom-form"'
            + ' target="target_iframe_' + formId + '" data-form-id="' + formId + '" data-portal-id="' + options.portalId + '">';
        def.groups.forEach(function (group) {
            html += '<fieldset class="form-columns-' + group.length + '">';
            group.forEach(function (f) { html += fieldHtml(formId, f); });
            html += '</fieldset>';
        });
        html += '<div class="hs_submit hs-submit"><div class="hs-field-desc" style="display: none;"></div>'
            + '<div class="actions"><input type="submit" class="hs-button primary large" value="' + escapeHtml(def.submitText) + '"></div></div>'
            + '<input name="hs_context" type="hidden" value="' + escapeHtml(JSON.stringify({ rumScriptExecuteTime: 412, rumServiceResponseTime: 388, rumFormRenderTime: 9, formTarget: '#hbspt-form-' + formId, portalId: options.portalId, formId: formId })) + '">'
            + '</form>';
        return html;
    }

    function showError(field, text) {
        var wrap = field.closest('.hs-form-field');
        var list = wrap.querySelector('.hs-error-msgs');
        if (!list) {
            list = document.createElement('ul');
            list.className = 'no-list hs-error-msgs inputs-list';
            list.setAttribute('role', 'alert');
            wrap.appendChild(list);
        }
        list.innerHTML = '<li><label class="hs-error-msg hs-main-font-element">' + escapeHtml(text) + '</label></li>';
        field.classList.add('invalid', 'error');
    }

    function clearErrors(form) {
        form.querySelectorAll('.hs-error-msgs').forEach(function (e) { e.remove(); });
        form.querySelectorAll('.hs-input.invalid').forEach(function (e) { e.classList.remove('invalid', 'error'); });
    }

    function bind(container, form, options, def) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            var ok = true;
            form.querySelectorAll('.hs-input').forEach(function (input) {
                if (input.required && !input.value.trim()) {
                    showError(input, 'Please complete this required field.');
                    ok = false;
                } else if (input.type === 'email' && input.value && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.value)) {
                    showError(input, 'Email must be formatted correctly.');
                    ok = false;
                }
            });
            if (!ok) {
                return;
            }
            var fields = [];
            form.querySelectorAll('.hs-input').forEach(function (input) {
                fields.push({ name: input.name, value: input.value });
            });
            var payload = { fields: fields, context: { pageUri: location.href, pageName: document.title } };
            var button = form.querySelector('.hs-button');
            button.disabled = true;
            fetch('/submissions/v3/integration/submit/' + options.portalId + '/' + options.formId, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify(payload)
            }).then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.json();
            }).then(function (answer) {
                var done = document.createElement('div');
                done.className = 'submitted-message hs-main-font-element hs-form-' + options.formId;
                done.setAttribute('data-hs-cos-general-type', 'widget');
                done.setAttribute('data-hs-cos-type', 'rich_text');
                done.innerHTML = '<p>' + escapeHtml(answer.inlineMessage || def.inlineMessage) + '</p>';
                form.replaceWith(done);
                if (typeof options.onFormSubmitted === 'function') { options.onFormSubmitted(); }
            }).catch(function () {
                button.disabled = false;
                var error = document.createElement('div');
                error.className = 'hs_error_rollup';
                error.innerHTML = '<ul class="no-list hs-error-msgs inputs-list" role="alert"><li><label class="hs-main-font-element">We\'re sorry, something went wrong. Please try again.</label></li></ul>';
                form.appendChild(error);
            });
        });
    }

    function create(options) {
        var def = definitions[options.formId];
        var script = document.currentScript;
        var container = document.createElement('div');
        container.className = 'hbspt-form';
        container.id = 'hbspt-form-' + options.formId;
        if (options.target) {
            document.querySelector(options.target).appendChild(container);
        } else if (script && script.parentNode) {
            script.parentNode.insertBefore(container, script.nextSibling);
        } else {
            document.body.appendChild(container);
        }
        // The definition comes from HubSpot's servers: the form shows up a moment after the page.
        setTimeout(function () {
            if (!def) {
                container.innerHTML = '<p>Form not found.</p>';
                return;
            }
            container.innerHTML = formHtml(options, def) + '<iframe name="target_iframe_' + options.formId + '" style="display: none;"></iframe>';
            var form = container.querySelector('form');
            bind(container, form, options, def);
            if (typeof options.onFormReady === 'function') { options.onFormReady(form); }
        }, 400);
    }

    window.hbspt = window.hbspt || {};
    window.hbspt.forms = { create: create };
})();
