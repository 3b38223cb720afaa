// Contact Form 7's way: the form is sent by fetch() to the REST API, the answer shown in place.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.wpcf7-form').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var output = form.querySelector('.wpcf7-response-output');
            var acceptance = form.querySelector('input[name="acceptance-gdpr"]');
            if (acceptance && !acceptance.checked) {
                output.textContent = 'You must accept the terms and conditions before sending your message.';
                return;
            }
            var data = new FormData(form);
            fetch('/wp-json/contact-form-7/v1/contact-forms/5/feedback', { method: 'POST', body: data })
                .then(function (r) { return r.json(); })
                .then(function (answer) {
                    form.setAttribute('data-status', answer.status === 'mail_sent' ? 'sent' : 'failed');
                    output.textContent = answer.message;
                    if (answer.status === 'mail_sent') { form.reset(); }
                });
        });
    });
});
