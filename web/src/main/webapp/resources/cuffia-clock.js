/*
 * The agent's clocks (issue 15): time in the current state, the call timer, the time left of a wrap-up. Each
 * element carries the server's instant it counts from or to (data-since / data-until, epoch milliseconds) and the
 * server's now when it was drawn (data-now), so the PC's own clock being off changes nothing. The page ticks them
 * every second by itself: no request, no polling; an element redrawn by an update starts from its new instants.
 */
(function () {
    function text(seconds) {
        var s = Math.max(0, Math.floor(seconds));
        var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), x = s % 60;
        return (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (x < 10 ? '0' : '') + x;
    }

    function tick() {
        var clocks = document.querySelectorAll('[data-clock]');
        for (var i = 0; i < clocks.length; i++) {
            var el = clocks[i];
            if (!el.cuffiaSeenAt) {
                el.cuffiaSeenAt = Date.now();
            }
            var now = Number(el.getAttribute('data-now')) + (Date.now() - el.cuffiaSeenAt);
            var seconds = el.getAttribute('data-clock') === 'until'
                ? Math.ceil((Number(el.getAttribute('data-until')) - now) / 1000)
                : (now - Number(el.getAttribute('data-since'))) / 1000;
            el.textContent = text(seconds);
        }
    }

    window.setInterval(tick, 1000);
})();
