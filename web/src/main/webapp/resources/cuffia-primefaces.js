/*
 * A defect of PrimeFaces 15's SelectOneMenu, mended for every menu of the suite. Its revert() puts back the option
 * chosen before the list opened (preShowValue), which the widget notes only when the list's opening transition ends
 * (onEntered, after the 120 ms fade, or never when the transition is cancelled). A click on an option before then,
 * a quick hand or a list reopened right after an Ajax update redrew the menu, ran revert() without it:
 * "TypeError: Cannot read properties of undefined (reading 'index')" in selectItemFromOption, and the click chose
 * nothing (the agent's wrap-up outcome stayed unchosen; seen in CI as components.js 451:251). Until the list has
 * opened, what was chosen before it opened is simply what is chosen now.
 */
(function () {
    function mend() {
        var menu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
        if (!menu || menu.prototype.cuffiaMended) {
            return;
        }
        var revert = menu.prototype.revert;
        menu.prototype.revert = function () {
            if (!this.preShowValue) {
                this.preShowValue = this.options.filter(':selected');
            }
            return revert.apply(this, arguments);
        };
        menu.prototype.cuffiaMended = true;
    }
    mend(); // PrimeFaces' scripts came first in the head
    document.addEventListener('DOMContentLoaded', mend); // or later: before anybody can click
})();
