/*
 * A counter under each text box that has a limit (data-limit): how much is written of how much a box takes,
 * shown before the limit bites, and marked once the text is longer. The box itself takes any length, so
 * pasted text is never cut; saving a section over its limit is refused with a message and keeps the text.
 * The counter's words come from the page (data-counter, data-over) with {0} the length and {1} the limit.
 */
(function () {
    'use strict';

    function words(template, length, limit) {
        return template.replace('{0}', length.toLocaleString('en')).replace('{1}', limit.toLocaleString('en'));
    }

    function count(box) {
        var counter = document.getElementById(box.getAttribute('aria-describedby'));
        if (!counter) {
            return;
        }
        var limit = Number(box.dataset.limit);
        var length = box.value.length;
        var over = length > limit;
        counter.textContent = words(over ? counter.dataset.over : counter.dataset.counter, length, limit);
        counter.classList.toggle('rw-counter-over', over);
        box.setAttribute('aria-invalid', over ? 'true' : 'false');
    }

    function countAll() {
        document.querySelectorAll('textarea[data-limit]').forEach(count);
    }

    document.addEventListener('input', function (event) {
        if (event.target.matches && event.target.matches('textarea[data-limit]')) {
            count(event.target);
        }
    });
    document.addEventListener('DOMContentLoaded', countAll);
    // PrimeFaces replaces the form after a save: count the new boxes
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', countAll);
    }
})();
