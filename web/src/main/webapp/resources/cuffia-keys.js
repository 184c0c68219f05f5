/*
 * Keyboard (issue 15 §2): the agent's consoles driven without the mouse. A key presses the visible element that
 * carries it in data-key (data-key="a" on the answer button...); the help overlay (?) lists the keys in the user's
 * language (WEB-INF/includes/key-help.xhtml). Letters and digits act only when the focus is not in a field, so typing
 * a note never fires one; inside a field only Ctrl+Enter (save) and Escape (leave the field) act. Plain letters, not
 * Alt+letter: Chromium and Firefox keep Alt+D, Alt+E, Alt+F for themselves, and Ctrl+S saves the page.
 *
 *   a answer · h hang up · p pause (its reason first, then Enter) · d available · n new ticket (console) / next lead (outbound) · c the caller's page
 *   s follow the script · 1–9 the n-th outcome of the wrap-up · Ctrl+Enter save · Esc leave the field / close · ? help
 *
 * After a request, the focus lands where the agent types next: the first visible element marked data-focus (the new
 * ticket's subject, the outcome's notes), unless the agent is already typing somewhere.
 */
(function () {
    'use strict';

    /* Elements of parts of the page that carry no data-key (the state bar, the wrap-up card): found by their ids. */
    var BY_ID = {
        p: ['stateBar:pause'],
        d: ['stateBar:available'],
        save: ['screenPop:finishWrapUp']
    };
    /* A key whose action needs a word first (a pause needs its reason): while that field is empty the key goes there,
       and Enter in it presses the button. */
    var FIELD_FIRST = {p: ['stateBar:pauseCode', 'stateBar:pauseReason']};
    var ENTER_BY_ID = {'stateBar:pauseCode': 'stateBar:pause', 'stateBar:pauseReason': 'stateBar:pause'};
    var FOCUS_IDS = ['screenPop:notes'];
    /* The wrap-up's choice of outcome: an element marked data-outcomes, else one of these (a select, radios, options). */
    var OUTCOME_IDS = ['screenPop:outcome', 'screenPop:disposition', 'outbound:outcome'];

    function byId(id) {
        return document.getElementById(id);
    }

    function visible(el) {
        return !!el && el.getClientRects().length > 0 && !el.disabled && !el.classList.contains('ui-state-disabled');
    }

    function firstVisible(elements) {
        for (var i = 0; i < elements.length; i++) {
            if (visible(elements[i])) {
                return elements[i];
            }
        }
        return null;
    }

    function typing() {
        var el = document.activeElement;
        if (!el || el === document.body) {
            return false;
        }
        return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
    }

    /* The visible elements a key presses: those marked with it, then those known by id. */
    function targets(key) {
        var found = Array.prototype.slice.call(document.querySelectorAll('[data-key="' + key + '"]')).filter(visible);
        (BY_ID[key] || []).map(byId).filter(visible).forEach(function (el) {
            if (found.indexOf(el) < 0) {
                found.push(el);
            }
        });
        return found;
    }

    /* The target nearest to where the focus is (the save button of the form being typed in), else the first. */
    function nearest(list) {
        for (var at = document.activeElement; at && at !== document.body; at = at.parentElement) {
            for (var i = 0; i < list.length; i++) {
                if (at.contains(list[i])) {
                    return list[i];
                }
            }
        }
        return list[0] || null;
    }

    function press(key) {
        var el = nearest(targets(key));
        if (!el) {
            return false;
        }
        click(el);
        return true;
    }

    /* Leaves the field first: PrimeFaces gives the focus back to a field its update re-renders, and the next key
       would be typed into it. */
    function click(el) {
        if (typing()) {
            document.activeElement.blur();
        }
        el.click();
    }

    /* The n-th choice (1-based) of the wrap-up's outcome, whatever the element: PrimeFaces menu, select, radios, options. */
    function chooseOutcome(n) {
        var box = firstVisible(document.querySelectorAll('[data-outcomes]')) || firstVisible(OUTCOME_IDS.map(byId).filter(Boolean));
        if (!box) {
            return false;
        }
        var marked = Array.prototype.slice.call(box.querySelectorAll('[data-option]')).filter(visible);
        if (marked.length) {
            return marked[n - 1] ? (marked[n - 1].click(), true) : false;
        }
        var select = box.tagName === 'SELECT' ? box : box.querySelector('select');
        if (select) {
            var options = Array.prototype.filter.call(select.options, function (o) { return o.value !== '' && !o.disabled; });
            var option = options[n - 1];
            if (!option) {
                return false;
            }
            var menu = box.closest('.ui-selectonemenu') || box.querySelector('.ui-selectonemenu') || box;
            var widget = window.PrimeFaces && menu.id ? PrimeFaces.getWidgetById(menu.id) : null;
            if (widget && typeof widget.selectValue === 'function' && typeof widget.triggerChange === 'function') {
                widget.selectValue(option.value); // builds the menu's items when it was never opened; silent
                widget.triggerChange(); // then the change its ajax listens to
            } else {
                select.value = option.value;
                select.dispatchEvent(new Event('change', {bubbles: true}));
            }
            return true;
        }
        var radios = Array.prototype.filter.call(box.querySelectorAll('input[type="radio"]'), function (r) { return !r.disabled; });
        var radio = radios[n - 1];
        if (!radio) {
            return false;
        }
        var label = radio.id ? document.querySelector('label[for="' + CSS.escape(radio.id) + '"]') : null;
        (label || radio).click();
        return true;
    }

    function help() {
        return byId('keyHelp');
    }

    function toggleHelp(show) {
        var overlay = help();
        if (!overlay) {
            return false;
        }
        overlay.hidden = show === undefined ? !overlay.hidden : !show;
        if (!overlay.hidden) {
            byId('keyHelpClose').focus();
        }
        return true;
    }

    /* After a request: the focus where the agent types next, unless they are typing already. */
    function focusNext() {
        if (typing() || (help() && !help().hidden)) {
            return;
        }
        var el = firstVisible(document.querySelectorAll('[data-focus]')) || firstVisible(FOCUS_IDS.map(byId).filter(Boolean));
        if (el) {
            el.focus();
        }
    }

    function onKey(e) {
        if (e.defaultPrevented || e.isComposing || e.altKey || e.metaKey) {
            return;
        }
        if (e.key === 'Escape') {
            if (help() && !help().hidden) {
                toggleHelp(false);
                e.preventDefault();
            } else if (typing()) {
                document.activeElement.blur();
            }
            return;
        }
        if (help() && !help().hidden) {
            if (e.key === '?') { // the help is in front: its keys only, nothing behind it is pressed
                toggleHelp(false);
                e.preventDefault();
            }
            return;
        }
        if (e.key === 'Enter' && e.ctrlKey) {
            if (press('save')) {
                e.preventDefault();
            }
            return;
        }
        var el = document.activeElement;
        if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && el && (el.tagName === 'INPUT' && el.type === 'text' || el.tagName === 'SELECT')) {
            // Enter in a one-line field (or a menu: the pause code) of a marked form part presses that part's button
            // (save, look up, pause), not the form's first button, which the browser would press
            var part = el.closest('[data-form-part]');
            var button = part ? firstVisible(part.querySelectorAll('[data-key="save"], [data-enter]'))
                : ENTER_BY_ID[el.id] ? firstVisible([byId(ENTER_BY_ID[el.id])].filter(Boolean)) : null;
            if (button) {
                e.preventDefault();
                click(button);
            }
            return;
        }
        if (e.ctrlKey || e.repeat || typing()) {
            return;
        }
        if (e.key === '?') {
            if (toggleHelp()) {
                e.preventDefault();
            }
            return;
        }
        if (/^[1-9]$/.test(e.key)) {
            if (chooseOutcome(Number(e.key))) {
                e.preventDefault();
            }
            return;
        }
        if (!/^[a-z]$/.test(e.key)) {
            return;
        }
        var field = firstVisible((FIELD_FIRST[e.key] || []).map(byId).filter(function (f) { return f && !f.value; }));
        if (field) {
            e.preventDefault();
            field.focus();
        } else if (press(e.key)) {
            e.preventDefault();
        }
    }

    document.addEventListener('keydown', onKey);

    function ready() {
        var close = byId('keyHelpClose');
        if (close) {
            close.addEventListener('click', function () { toggleHelp(false); });
        }
        var open = byId('keyHelpOpen');
        if (open) {
            open.addEventListener('click', function () { toggleHelp(true); });
        }
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () { window.setTimeout(focusNext, 0); });
        }
        focusNext();
    }

    if (window.jQuery) {
        window.jQuery(ready);
    } else {
        window.addEventListener('load', ready, {once: true});
    }
}());
