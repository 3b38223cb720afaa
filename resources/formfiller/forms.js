// Sales Copilot's Form Filler, in the page. Injected at document creation in the main frame; it
// reads the page's forms (and those of same-origin iframes) for the C++ side, which decides what
// each field is and what goes in it, then fills, clicks and watches through the functions below.
// It never touches a CAPTCHA: it only reports that one is there.
(function () {
    'use strict';
    if (window.__scForms) {
        return;
    }
    const S = { elements: [], forms: [], net: [] };
    window.__scForms = S;

    // What the page sends with fetch() and XMLHttpRequest, with the answer's status: a JSON form
    // posted by script has no navigation to watch.
    const record = (method, url) => {
        const entry = { method: String(method || 'GET').toUpperCase(), url: String(url), status: 0 };
        S.net.push(entry);
        return entry;
    };
    if (window.fetch) {
        const originalFetch = window.fetch;
        window.fetch = function (input, init) {
            const method = (init && init.method) || (input && input.method) || 'GET';
            const url = typeof input === 'string' ? input : (input && input.url) || String(input);
            const entry = record(method, url);
            return originalFetch.apply(this, arguments).then((response) => {
                entry.status = response.status;
                return response;
            }, (error) => {
                entry.status = -1;
                throw error;
            });
        };
    }
    const xhrOpen = XMLHttpRequest.prototype.open;
    const xhrSend = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.open = function (method, url) {
        this.__scEntry = { method: method, url: url };
        return xhrOpen.apply(this, arguments);
    };
    XMLHttpRequest.prototype.send = function () {
        if (this.__scEntry) {
            const entry = record(this.__scEntry.method, this.__scEntry.url);
            this.addEventListener('loadend', () => { entry.status = this.status || -1; });
        }
        return xhrSend.apply(this, arguments);
    };

    const clean = (text, max) => String(text || '').replace(/\s+/g, ' ').trim().slice(0, max || 200);

    // The documents to read: this one and every same-origin iframe (a cross-origin one is reported,
    // not entered).
    function documents() {
        const out = [{ doc: document, frame: null }];
        const crossOrigin = [];
        for (let i = 0; i < out.length && out.length < 12; ++i) {
            for (const frame of out[i].doc.querySelectorAll('iframe, frame')) {
                let inner = null;
                try {
                    inner = frame.contentDocument;
                } catch (e) {
                    inner = null;
                }
                if (inner && inner.documentElement) {
                    out.push({ doc: inner, frame: frame });
                } else if (frame.src) {
                    crossOrigin.push(frame.src);
                }
            }
        }
        return { docs: out, crossOrigin: crossOrigin };
    }

    // Why an element cannot be seen, or '' when it can: hidden by CSS (itself or an ancestor),
    // transparent, squeezed to nothing, or pushed off the page.
    function hiddenReason(el) {
        const win = el.ownerDocument.defaultView;
        if (!win) {
            return 'detached'; // its frame moved to another page
        }
        for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
            const style = win.getComputedStyle(node);
            if (style.display === 'none') {
                return 'display:none';
            }
            if (style.visibility === 'hidden' || style.visibility === 'collapse') {
                return 'visibility:hidden';
            }
            if (parseFloat(style.opacity) === 0) {
                return 'opacity:0';
            }
            if (node.hasAttribute('hidden')) {
                return 'hidden attribute';
            }
            if (node !== el && style.overflow === 'hidden' && (node.offsetHeight <= 1 || node.offsetWidth <= 1)) {
                return 'clipped';
            }
        }
        const rect = el.getBoundingClientRect();
        if (rect.width < 2 && rect.height < 2) {
            return 'no size';
        }
        const scrollX = win.scrollX || 0;
        const scrollY = win.scrollY || 0;
        if (rect.right + scrollX < 0 || rect.bottom + scrollY < 0 || rect.left + scrollX > 5000) {
            return 'off-screen';
        }
        const style = win.getComputedStyle(el);
        if (style.clip && style.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip)) {
            return 'clipped';
        }
        return '';
    }

    function textOfIds(doc, ids) {
        return String(ids || '').split(/\s+/).filter(Boolean)
            .map((id) => { const n = doc.getElementById(id); return n ? n.textContent : ''; }).join(' ');
    }

    // The words a person reads next to a field: its <label>s, ARIA names, and the text just before it.
    function labelOf(el) {
        const doc = el.ownerDocument;
        const parts = [];
        if (el.labels) {
            for (const label of el.labels) {
                const copy = label.cloneNode(true);
                for (const inner of copy.querySelectorAll('input, select, textarea, option')) {
                    inner.remove();
                }
                parts.push(copy.textContent);
            }
        }
        if (el.getAttribute('aria-label')) {
            parts.push(el.getAttribute('aria-label'));
        }
        if (el.getAttribute('aria-labelledby')) {
            parts.push(textOfIds(doc, el.getAttribute('aria-labelledby')));
        }
        return clean(parts.join(' '));
    }

    // An element that is, or holds, another field or a button: the words past it belong to that one.
    const holdsControl = (node) => node.matches('input, select, textarea, button')
        || node.querySelector('input:not([type=hidden]), select, textarea, button') !== null;

    function nearbyText(el) {
        // The closest text before the field inside its own block (a <p>, <div>, <li>...), never the
        // words of a neighbouring field's block (a honeypot's "leave this empty" is not the next box's).
        for (let node = el, depth = 0; node && depth < 3; node = node.parentElement, ++depth) {
            let sibling = node.previousSibling;
            let text = '';
            while (sibling && text.length < 120) {
                if (sibling.nodeType === 3) {
                    text = sibling.textContent + ' ' + text;
                } else if (sibling.nodeType === 1) {
                    if (holdsControl(sibling)) {
                        break;
                    }
                    text = sibling.textContent + ' ' + text;
                }
                sibling = sibling.previousSibling;
            }
            if (clean(text)) {
                return clean(text, 120);
            }
        }
        return '';
    }

    // The classes and ids of the field and of the wrappers that hold it alone: a class on the whole
    // form ("hp-protected") says nothing about one of its boxes.
    function classOf(el) {
        let out = '';
        for (let node = el, depth = 0; node && node.nodeType === 1 && depth < 3; node = node.parentElement, ++depth) {
            if (node !== el && (node.tagName === 'FORM' || node.querySelectorAll('input:not([type=hidden]), select, textarea').length > 1)) {
                break;
            }
            out += ' ' + (node.getAttribute('class') || '') + ' ' + (node.id || '');
        }
        return clean(out, 300);
    }

    function buttonsOf(root) {
        const out = [];
        for (const b of root.querySelectorAll('button, input[type=submit], input[type=button], input[type=image], [role=button]')) {
            const key = S.elements.push(b) - 1;
            out.push({
                key: key,
                type: (b.getAttribute('type') || (b.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase(),
                text: clean(b.value && b.tagName === 'INPUT' ? b.value : b.textContent || b.getAttribute('aria-label') || '', 80),
                visible: hiddenReason(b) === ''
            });
        }
        return out;
    }

    function fieldOf(el, formKey) {
        const tag = el.tagName.toLowerCase();
        const key = S.elements.push(el) - 1;
        const field = {
            key: key,
            form: formKey,
            tag: tag,
            type: tag === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : tag,
            name: el.getAttribute('name') || '',
            id: el.id || '',
            autocomplete: (el.getAttribute('autocomplete') || '').toLowerCase(),
            label: labelOf(el),
            placeholder: clean(el.getAttribute('placeholder')),
            nearby: nearbyText(el),
            classes: classOf(el),
            required: el.required || el.getAttribute('aria-required') === 'true',
            maxlength: el.maxLength > 0 ? el.maxLength : 0,
            tabindex: el.getAttribute('tabindex') || '',
            ariaHidden: el.closest('[aria-hidden="true"]') !== null,
            hidden: hiddenReason(el),
            value: el.type === 'checkbox' || el.type === 'radio' ? (el.checked ? 'checked' : '') : clean(el.value, 200),
            options: []
        };
        if (tag === 'select') {
            for (const option of el.options) {
                field.options.push({ value: option.value, text: clean(option.textContent, 80) });
            }
        }
        if (field.type === 'radio' || field.type === 'checkbox') {
            field.options.push({ value: el.value, text: field.label });
        }
        return field;
    }

    const FIELD_SELECTOR = 'input, select, textarea';
    const SKIPPED_TYPES = ['hidden', 'submit', 'button', 'image', 'reset', 'file'];

    function captchas(doc) {
        const found = [];
        const has = (selector) => doc.querySelector(selector) !== null;
        if (has('.g-recaptcha, iframe[src*="recaptcha"], script[src*="recaptcha"], textarea[name="g-recaptcha-response"]')) {
            found.push('recaptcha');
        }
        if (has('.h-captcha, iframe[src*="hcaptcha"], script[src*="hcaptcha"], textarea[name="h-captcha-response"]')) {
            found.push('hcaptcha');
        }
        if (has('.cf-turnstile, iframe[src*="challenges.cloudflare.com"], script[src*="challenges.cloudflare.com"], input[name="cf-turnstile-response"]')) {
            found.push('turnstile');
        }
        const imageCaptcha = Array.from(doc.querySelectorAll('img, input')).some((el) => {
            const words = [el.getAttribute('src'), el.getAttribute('alt'), el.getAttribute('name'), el.id, el.getAttribute('class')]
                .join(' ').toLowerCase();
            return /captcha|securimage|verification code|code de s[ée]curit[ée]/.test(words)
                && !/recaptcha|hcaptcha|turnstile/.test(words);
        });
        if (imageCaptcha) {
            found.push('image');
        }
        return found;
    }

    // Every form on the page and in same-origin iframes, with its fields, buttons and headings; inputs
    // outside any <form> make one more group per document (script-driven forms).
    S.analyze = function () {
        S.elements = [];
        S.forms = [];
        const { docs, crossOrigin } = documents();
        const forms = [];
        const found = new Set();
        docs.forEach((entry, docIndex) => {
            const doc = entry.doc;
            const groups = Array.from(doc.querySelectorAll('form')).map((f) => ({ root: f, isForm: true }));
            const loose = Array.from(doc.querySelectorAll(FIELD_SELECTOR)).filter((el) => !el.form && !el.closest('form'));
            if (loose.length > 0) {
                groups.push({ root: doc.body || doc.documentElement, isForm: false, only: loose });
            }
            for (const group of groups) {
                const formKey = S.forms.push(group.root) - 1;
                const els = group.only || Array.from(group.root.querySelectorAll(FIELD_SELECTOR));
                const fields = els.filter((el) => {
                    const type = (el.getAttribute('type') || '').toLowerCase();
                    return !(el.tagName === 'INPUT' && SKIPPED_TYPES.includes(type));
                }).map((el) => fieldOf(el, formKey));
                const heading = (() => {
                    const h = group.root.querySelector('h1, h2, h3, h4, legend');
                    if (h) {
                        return clean(h.textContent, 120);
                    }
                    let node = group.root;
                    for (let depth = 0; node && depth < 4; ++depth, node = node.parentElement) {
                        let sibling = node.previousElementSibling;
                        while (sibling) {
                            if (/^H[1-4]$/.test(sibling.tagName)) {
                                return clean(sibling.textContent, 120);
                            }
                            sibling = sibling.previousElementSibling;
                        }
                    }
                    return '';
                })();
                forms.push({
                    key: formKey,
                    document: docIndex,
                    inFrame: entry.frame !== null,
                    isForm: group.isForm,
                    action: group.isForm ? (group.root.getAttribute('action') || '') : '',
                    method: group.isForm ? (group.root.getAttribute('method') || 'get').toLowerCase() : '',
                    id: group.root.id || '',
                    classes: clean(group.root.getAttribute && group.root.getAttribute('class'), 200),
                    role: (group.root.getAttribute && group.root.getAttribute('role')) || '',
                    heading: heading,
                    text: clean(group.root.textContent, 400),
                    visible: group.isForm ? hiddenReason(group.root) === '' : true,
                    fields: fields,
                    buttons: buttonsOf(group.isForm ? group.root : doc.body || doc.documentElement)
                });
            }
            for (const c of captchas(doc)) {
                found.add(c);
            }
        });
        const links = [];
        for (const a of document.querySelectorAll('a[href]')) {
            const href = a.href;
            if (!/^https?:/i.test(href)) {
                continue;
            }
            links.push({
                href: href,
                text: clean(a.textContent || a.getAttribute('aria-label') || a.title, 80),
                area: a.closest('nav, header') ? 'nav' : a.closest('footer') ? 'footer' : 'body'
            });
            if (links.length >= 400) {
                break;
            }
        }
        return JSON.stringify({
            url: location.href,
            title: document.title,
            language: (document.documentElement.getAttribute('lang') || '').toLowerCase(),
            forms: forms,
            captchas: Array.from(found),
            crossOriginFrames: crossOrigin.slice(0, 20),
            links: links
        });
    };

    function setNativeValue(el, value) {
        const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype
            : el.tagName === 'SELECT' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
        const setter = Object.getOwnPropertyDescriptor(proto, 'value').set;
        setter.call(el, value);
    }

    function fire(el, type) {
        const win = el.ownerDocument.defaultView;
        el.dispatchEvent(new win.Event(type, { bubbles: true }));
    }

    // entries: [{key, value}] from the C++ side; value "checked" / "" for checkboxes and radios.
    S.fill = function (entries) {
        const done = [];
        for (const entry of entries) {
            const el = S.elements[entry.key];
            if (!el) {
                done.push({ key: entry.key, ok: false });
                continue;
            }
            try {
                el.focus && el.focus();
                if (el.type === 'checkbox' || el.type === 'radio') {
                    const want = entry.value === 'checked';
                    if (el.checked !== want) {
                        el.click();
                    }
                    if (el.checked !== want) {
                        el.checked = want;
                        fire(el, 'change');
                    }
                } else {
                    setNativeValue(el, entry.value);
                    fire(el, 'input');
                    fire(el, 'change');
                }
                fire(el, 'blur');
                done.push({ key: entry.key, ok: true, value: el.type === 'checkbox' || el.type === 'radio' ? (el.checked ? 'checked' : '') : el.value });
            } catch (e) {
                done.push({ key: entry.key, ok: false, error: String(e) });
            }
        }
        return JSON.stringify(done);
    };

    S.click = function (key) {
        const el = S.elements[key];
        if (!el) {
            return false;
        }
        el.click();
        return true;
    };

    S.requestSubmit = function (formKey) {
        const form = S.forms[formKey];
        if (!form || form.tagName !== 'FORM') {
            return false;
        }
        if (form.requestSubmit) {
            form.requestSubmit();
        } else {
            form.submit();
        }
        return true;
    };

    // After a submit: where the page is, its words, whether the form is still there, and the requests.
    S.state = function (formKey) {
        const form = S.forms[formKey];
        const stillThere = !!(form && form.isConnected && form.ownerDocument.defaultView && form.tagName === 'FORM'
            && hiddenReason(form) === '');
        const { docs } = documents();
        const text = docs.map((d) => (d.doc.body ? d.doc.body.innerText : '')).join('\n');
        const invalid = form && form.querySelectorAll ? Array.from(form.querySelectorAll(':invalid')).map((el) => el.name || el.id).slice(0, 10) : [];
        const net = [];
        for (const d of docs) {
            const own = d.doc.defaultView && d.doc.defaultView.__scForms;
            if (own && own.net) {
                net.push(...own.net);
            }
        }
        const lines = text.replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*/g, '\n').trim().slice(0, 8000);
        return JSON.stringify({ url: location.href, text: lines, formVisible: stillThere, invalid: invalid, net: net });
    };
})();
