/*
 * The draft form's preview button: sends the facts typed so far to /assessments/preview and shows the
 * generated description under the form. A plain fetch rather than a Faces request, so the preview comes
 * back in a few milliseconds; nothing is stored. Delegated from the document because Faces replaces the
 * form after a refused draft.
 */
(function () {
    'use strict';

    function field(form, name) {
        var element = form.elements[form.id + ':' + name];
        return element ? element.value : '';
    }

    function showProblems(target, problems) {
        var list = document.createElement('ul');
        list.className = 'rw-preview-problems';
        list.setAttribute('role', 'alert');
        problems.forEach(function (problem) {
            var item = document.createElement('li');
            item.textContent = problem;
            list.appendChild(item);
        });
        target.replaceChildren(list);
    }

    function preview(button) {
        var form = button.form;
        var target = form.querySelector('.rw-draft-preview');
        var facts = new URLSearchParams({
            assessment: target.dataset.assessment,
            organisation: field(form, 'organisation'),
            workplace: field(form, 'workplace'),
            city: field(form, 'city'),
            country: field(form, 'country_input'),
            salaryMinimum: field(form, 'salaryMin_hinput'),
            salaryMaximum: field(form, 'salaryMax_hinput'),
            currency: field(form, 'currency'),
            employmentType: field(form, 'employmentType_input'),
            startDate: field(form, 'startDate_input'),
            closingDate: field(form, 'closingDate_input'),
            applyAt: field(form, 'applyAt'),
            requisitionId: field(form, 'requisitionId'),
            reportsTo: field(form, 'reportsTo'),
            whatWeDo: field(form, 'whatWeDo'),
            people: field(form, 'people_hinput'),
            benefits: field(form, 'benefits')
        });
        button.disabled = true;
        fetch(target.dataset.url, {method: 'POST', body: facts, credentials: 'same-origin', redirect: 'error',
                                   headers: {'Accept': 'application/json'}})
            .then(function (response) {
                // a signed-out session or a server error page is not JSON: say so instead of showing it
                if ((response.headers.get('Content-Type') || '').indexOf('application/json') !== 0) {
                    throw new Error('status ' + response.status);
                }
                return response.json();
            })
            .then(function (answer) {
                if (answer.html !== undefined) {
                    // escaped on the server: the author's text never carries markup
                    target.innerHTML = answer.html;
                } else {
                    showProblems(target, answer.problems || []);
                }
            })
            .catch(function () {
                showProblems(target, [target.dataset.failed]);
            })
            .finally(function () {
                button.disabled = false;
            });
    }

    // Enter in a fact's field previews, as it did when Preview was the form's first submit button; without
    // this the browser would press the draft button and store the description. A widget that uses Enter
    // itself (the country menu picking an entry) has prevented the default already and is left alone.
    document.addEventListener('keydown', function (event) {
        var form = event.target.form;
        var button = form && event.key === 'Enter' && !event.defaultPrevented && event.target.tagName === 'INPUT'
            && form.querySelector('.rw-preview-button');
        if (button) {
            event.preventDefault();
            preview(button);
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest('.rw-preview-button');
        if (button && button.form) {
            event.preventDefault();
            preview(button);
        }
    });
}());
