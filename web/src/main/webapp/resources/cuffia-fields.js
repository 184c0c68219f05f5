/*
 * A field with a maximum length keeps only what fits of a pasted text: the browser cuts the rest without a word (a
 * text of 600 characters pasted into a field of 500 is saved short, and nobody is told). Here the person is told, next to
 * the field, in their language (the text is the page's #cuffiaPasteCut, from the resource bundle), and the note goes
 * once the field is edited again or left. The note lies over what is below the field (positioned, out of the flow):
 * in a form laid out as a grid a new element would take a cell and push every field after it out of place.
 */
(function () {
    'use strict';

    function noteOf(field) {
        var next = field.nextElementSibling;
        return next && next.classList.contains('cuffia-cut-note') ? next : null;
    }

    function isLimited(field) {
        return (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.maxLength >= 0;
    }

    document.addEventListener('paste', function (event) {
        var field = event.target;
        if (!isLimited(field)) {
            return;
        }
        var data = event.clipboardData ? event.clipboardData.getData('text') : '';
        var start = field.selectionStart === null ? field.value.length : field.selectionStart;
        var end = field.selectionEnd === null ? field.value.length : field.selectionEnd;
        var after = field.value.length - (end - start) + data.length;
        var note = noteOf(field);
        if (after <= field.maxLength) {
            if (note) {
                note.remove();
            }
            return;
        }
        var text = document.getElementById('cuffiaPasteCut');
        if (!note) {
            note = document.createElement('span');
            note.className = 'cuffia-cut-note ui-message ui-message-warn';
            note.setAttribute('role', 'status');
            field.insertAdjacentElement('afterend', note);
        }
        note.textContent = (text ? text.textContent : '{0}').replace('{0}', String(field.maxLength));
        // the field and its note share their positioned ancestor, so the field's offsets place the note under it
        note.style.top = (field.offsetTop + field.offsetHeight + 2) + 'px';
        note.style.left = field.offsetLeft + 'px';
        note.style.maxWidth = Math.max(field.offsetWidth, 240) + 'px';
    }, true);

    document.addEventListener('input', function (event) {
        var field = event.target;
        if (isLimited(field) && event.inputType !== 'insertFromPaste' && noteOf(field)) {
            noteOf(field).remove();
        }
    }, true);

    document.addEventListener('focusout', function (event) {
        var field = event.target;
        if (isLimited(field) && noteOf(field)) {
            noteOf(field).remove();
        }
    }, true);
})();
