/*
 * PrimeFaces markup that assistive technology meets broken, repaired in the browser (PrimeFaces offers no
 * setting for either); PrimeFaces' own scripts find these parts by class, never by role. Markup that Ajax
 * answers or PrimeFaces' scripts add later is repaired as it comes.
 *
 * - Messages (p:messages): each is <li role="alert"> in a <ul>; an item with another role is no list item (axe:
 *   list). The container is a polite live region already, so a message is still read out.
 * - The compare page's role picker (p:autoComplete multiple): the picked roles are role="option" items of a
 *   role="listbox" that also holds the typing field, a combobox; a listbox may hold only options (axe:
 *   aria-required-children, listitem). Without those roles they are a plain list beside the combobox.
 */
(function () {
    'use strict';

    function repair() {
        document.querySelectorAll('.ui-messages li[role]').forEach(function (item) {
            item.removeAttribute('role');
        });
        document.querySelectorAll('.rw-role-picker > ul.ui-autocomplete-multiple-container[role]').forEach(function (picked) {
            picked.removeAttribute('role');
            picked.removeAttribute('aria-orientation');
        });
        // roles picked later arrive as new items, with the roles again
        document.querySelectorAll('.rw-role-picker > ul.ui-autocomplete-multiple-container > li.ui-autocomplete-token[role]').forEach(function (token) {
            token.removeAttribute('role');
            token.removeAttribute('aria-selected');
        });
    }

    function init() {
        repair();
        new MutationObserver(repair).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
