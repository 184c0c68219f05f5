/*
 * A table being reloaded takes no click on its rows. An action in a row names the row by its place on the page, and
 * the server finds the row at that place in the table's current rows: a person who filtered the users and clicked
 * "Deactivate" on the third row before the filtered rows arrived had the third row of the filtered list deactivated,
 * someone else. So while a request that redraws a table is on its way (a filter, a page, a sort, an action that
 * updates it), its rows are dimmed and take no click, by pointer or by keyboard; the person clicks again on the rows
 * as redrawn.
 * Requests PrimeFaces sends as global (the push refreshes are not) are seen through its pfAjaxSend event.
 */
(function () {
    'use strict';

    function redrawn(settings) {
        if (typeof settings.data !== 'string') {
            return []; // a file upload's multipart request redraws no table
        }
        var render = new URLSearchParams(settings.data).get('jakarta.faces.partial.render');
        return render ? render.split(/\s+/) : [];
    }

    // before any handler of the row's own buttons and links (capture phase): Enter on a focused button clicks too
    document.addEventListener('click', function (event) {
        if (event.target instanceof Element && event.target.closest('.cuffia-table-busy .ui-datatable-data')) {
            event.preventDefault();
            event.stopPropagation();
        }
    }, true);

    $(document).on('pfAjaxSend', function (event, xhr, settings) {
        var tables = $();
        redrawn(settings).forEach(function (id) {
            var element = id === '@all' ? document.body : document.getElementById(id);
            if (element) {
                tables = tables.add($(element).find('.ui-datatable').addBack('.ui-datatable'));
            }
        });
        if (tables.length) {
            tables.addClass('cuffia-table-busy');
            xhr.always(function () {
                tables.removeClass('cuffia-table-busy');
            });
        }
    });
})();
