/*
 * Push (issues 15 and 18): the consoles' sockets and what the pages do with their messages. An element
 * <div class="cuffia-socket" data-channel data-path data-onopen data-onmessage> asks for a socket to the server's
 * /push/{channel} (ConsoleSocket); its handlers are functions of this file, called as onopen(channel) (when the
 * server says it listens: its first message) and
 * onmessage(message, channel). A call ringing for the agent shows a banner on every page of the agent console; on the
 * console itself the screen pop redraws itself instead (p:remoteCommand cuffiaRefreshCall). The supervisor's board
 * reloads its table (p:remoteCommand cuffiaRefreshBoard). Messages carry no more than the agent sees; texts come from
 * the page (data-text), so they are in the user's language.
 */

/*
 * A socket that closes (its server died and the load balancer sends the browser to another, the network dropped, the
 * server restarted) opens again: at once the first time, then a little later each time, and the page's onopen fetches
 * what changed meanwhile. After many refusals in a row (the session ended: the handshake is refused) it stops; the
 * next page the person opens asks them to log in.
 */
var cuffiaLeaving = false;
window.addEventListener('pagehide', function () { cuffiaLeaving = true; });
var cuffiaSockets = []; // the page's open (or opening) sockets, for the logout below

function cuffiaOpenSocket(element) {
    var channel = element.getAttribute('data-channel');
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + element.getAttribute('data-path');
    var failures = 0;
    var connect = function () {
        var socket = new WebSocket(url);
        cuffiaSockets.push(socket);
        var opened = false;
        socket.onmessage = function (event) {
            if (!opened) { // the server's first message: it listens now, so what changed before is fetched now
                opened = true;
                failures = 0;
                window[element.getAttribute('data-onopen')](channel);
                return;
            }
            window[element.getAttribute('data-onmessage')](JSON.parse(event.data), channel);
        };
        socket.onclose = function (event) {
            cuffiaSockets.splice(cuffiaSockets.indexOf(socket), 1);
            failures = opened ? 1 : failures + 1;
            // a socket cut off (1006: its server died, the network dropped) opens again at once; one the server closed
            // (the person logged out, the session ended) only after a moment, when the page has usually moved on
            var soon = failures === 1 && event.code === 1006;
            if (!cuffiaLeaving && failures <= 25) {
                setTimeout(connect, soon ? 0 : Math.min(500 * failures, 10000));
            }
        };
    };
    connect();
}

/*
 * Logging out ends the session, and then the server's websocket runtime (Tyrus) closes the page's sockets itself,
 * from the logout's own request thread, while the socket's connection may be closing from the browser's side too:
 * Payara can then finish that connection twice and hand a recycled request to somebody's next click, which is lost
 * (the payara/Payara#5432 family of the server log). So the page closes its sockets first, waits until the server
 * has answered each close (a second at most), and only then sends the logout (the button of class cuffia-logout).
 */
document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('.cuffia-logout') : null;
    if (!button || button.getAttribute('data-sockets-closed') || cuffiaSockets.length === 0) {
        return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    cuffiaLeaving = true; // no socket opens again
    var closing = cuffiaSockets.slice();
    var logout = function () {
        if (!button.getAttribute('data-sockets-closed')) {
            button.setAttribute('data-sockets-closed', 'true');
            button.click();
        }
    };
    var left = closing.length;
    closing.forEach(function (socket) {
        socket.addEventListener('close', function () {
            left -= 1;
            if (left === 0) {
                logout();
            }
        });
        socket.close(1000);
    });
    setTimeout(logout, 1000);
}, true);

function cuffiaOpenSockets() {
    document.querySelectorAll('.cuffia-socket:not([data-open])').forEach(function (element) {
        element.setAttribute('data-open', 'true');
        cuffiaOpenSocket(element);
    });
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', cuffiaOpenSockets);
} else {
    cuffiaOpenSockets();
}

/*
 * The socket may open (and a message arrive) while the page is still loading, before PrimeFaces has given its
 * forms the CSP nonce (PrimeFaces.csp.init, a jQuery ready handler of the page's head): a remote command sent
 * then lacks it and the server refuses it ("CSP nonce mismatch"). The window's load event is no guarantee (jQuery
 * runs ready handlers asynchronously, load can come first); a ready handler added now runs after the head's.
 */
function cuffiaWhenLoaded(fn) {
    if (window.jQuery) {
        window.jQuery(fn);
    } else if (document.readyState === 'complete') {
        fn();
    } else {
        window.addEventListener('load', fn, {once: true});
    }
}

function cuffiaCallPushed(message) {
    cuffiaWhenLoaded(function () {
        if (message.event === 'NOTICE') {
            cuffiaShowNotice(message);
            if (typeof window.cuffiaRefreshCall === 'function') {
                window.cuffiaRefreshCall(); // the console's state bar shows the state the supervisor set
            }
            return;
        }
        if (typeof window.cuffiaRefreshCall === 'function') {
            window.cuffiaRefreshCall();
            return;
        }
        var banner = document.getElementById('ringBanner');
        if (!banner) {
            return;
        }
        if (message.event === 'RINGING') {
            document.getElementById('ringText').textContent = banner.getAttribute('data-text')
                .replace('{0}', message.from).replace('{1}', message.client);
            banner.classList.remove('ring-idle');
        } else {
            banner.classList.add('ring-idle'); // answered on the phone, or ended before anybody answered
        }
    });
}

/*
 * A supervisor's forced pause, logout or message (issue 15 §3): a notice on whichever page of the agent console the
 * agent is, in their language (the page's data-* texts: {0} the reason or message, {1} the supervisor), until closed.
 */
function cuffiaShowNotice(message) {
    var notice = document.getElementById('agentNotice');
    if (!notice) {
        return;
    }
    var template = notice.getAttribute(message.kind === 'PAUSED' ? 'data-paused'
        : message.kind === 'LOGGED_OUT' ? 'data-logged-out' : 'data-message');
    document.getElementById('agentNoticeText').textContent = template.replace('{0}', message.text).replace('{1}', message.from);
    notice.classList.remove('notice-idle');
}

document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'agentNoticeClose') {
        document.getElementById('agentNotice').classList.add('notice-idle');
    }
});

/* The socket is open (again): what changed before it was open is fetched once, not polled. */
function cuffiaCallsOpened() {
    cuffiaWhenLoaded(function () {
        if (typeof window.cuffiaRefreshCall === 'function') {
            window.cuffiaRefreshCall();
        }
        window.cuffiaPushOpen = true;
    });
}

function cuffiaBoardPushed() {
    cuffiaLiveRefresh('cuffiaRefreshBoard');
}

function cuffiaBoardOpened() {
    cuffiaBoardPushed();
    cuffiaWhenLoaded(function () { window.cuffiaPushOpen = true; });
}

/*
 * The supervisor's wallboard (issue 15 §3): a CTI event or an agent's state change recounts the figures
 * (p:remoteCommand cuffiaRefreshWallboard); waits and times in state tick on in the browser from the seconds the
 * server counted (data-seconds), with no request: the server's clock is the one that counts, the browser's only adds
 * the time since the figures arrived.
 */
function cuffiaWallboardPushed() {
    cuffiaWhenLoaded(function () {
        if (typeof window.cuffiaRefreshWallboard === 'function') {
            window.cuffiaRefreshWallboard();
        }
    });
}

function cuffiaWallboardOpened() {
    cuffiaWallboardPushed();
    cuffiaWhenLoaded(function () { window.cuffiaPushOpen = true; });
}

function cuffiaClockText(seconds) {
    var s = Math.max(0, seconds);
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return s < 3600 ? Math.floor(s / 60) + ':' + two(s % 60)
        : Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
}

function cuffiaWallboardTick() {
    var now = performance.now();
    document.querySelectorAll('.wb-tick[data-seconds]').forEach(function (element) {
        if (!element.dataset.t0) {
            element.dataset.t0 = String(now);
        }
        var seconds = parseInt(element.dataset.seconds, 10) + Math.floor((now - parseFloat(element.dataset.t0)) / 1000);
        element.textContent = cuffiaClockText(seconds);
    });
}

function cuffiaWallboardFullScreen() {
    var board = document.getElementById('wallboard');
    if (board && board.requestFullscreen) {
        board.requestFullscreen();
    }
}

if (!window.cuffiaWallboardTicking) {
    window.cuffiaWallboardTicking = true;
    cuffiaWhenLoaded(function () {
        if (document.getElementById('wallboard')) {
            window.setInterval(cuffiaWallboardTick, 500);
        }
    });
}

/*
 * The supervisors' live pages (queues, campaign monitor): a message says only "reload"; the page's remote command of
 * that channel reloads its part. Messages that arrive while a reload runs make one more reload after it, at most one a
 * second: a burst of changes (50 agents recording outcomes) costs a reload a second, an idle page nothing.
 */
var cuffiaLiveCommands = {ticketQueues: 'cuffiaRefreshQueues', campaignMonitor: 'cuffiaRefreshMonitor'};
var cuffiaLive = {};

function cuffiaLivePushed(message, channel) {
    cuffiaLiveRefresh(cuffiaLiveCommands[channel]);
}

function cuffiaLiveOpened(channel) {
    cuffiaLiveRefresh(cuffiaLiveCommands[channel]);
    cuffiaWhenLoaded(function () { window.cuffiaPushOpen = true; });
}

function cuffiaLiveRefresh(name) {
    var command = window[name];
    if (typeof command !== 'function') {
        cuffiaWhenLoaded(function () { // the remote command's script may come later in the page than the socket's
            if (typeof window[name] === 'function') {
                cuffiaLiveRefresh(name);
            }
        });
        return;
    }
    var state = cuffiaLive[name] || (cuffiaLive[name] = {busy: false, again: false});
    if (state.busy) {
        state.again = true;
        return;
    }
    state.busy = true;
    cuffiaWhenLoaded(function () { command(); }); // not before the forms have their CSP nonce (above)
}

/* The remote command's oncomplete (PrimeFaces 15 takes no callbacks through the command's argument: that is params). */
function cuffiaLiveDone(name) {
    var state = cuffiaLive[name];
    if (!state) {
        return;
    }
    setTimeout(function () {
        state.busy = false;
        if (state.again) {
            state.again = false;
            cuffiaLiveRefresh(name);
        }
    }, 1000);
}

/*
 * Changes that come with the clock alone, not with an event (a ticket's deadline passing, a lead's lease to renew):
 * an element <div class="cuffia-live-clock" data-command="…" data-change-in="ms"> rendered by the server asks for its
 * remote command to run once, then. After every Faces Ajax update the clocks are read again (one timer each).
 */
var cuffiaClocks = {};

function cuffiaReadClocks() {
    var elements = document.querySelectorAll('.cuffia-live-clock');
    for (var i = 0; i < elements.length; i++) {
        var name = elements[i].getAttribute('data-command');
        var due = elements[i].getAttribute('data-change-in');
        clearTimeout(cuffiaClocks[name]);
        delete cuffiaClocks[name];
        if (due !== null && due !== '') {
            // setTimeout takes at most 2^31-1 ms (24.8 days): a later change is read again on the next update
            cuffiaClocks[name] = setTimeout(cuffiaClockRang, Math.min(Number(due) + 500, 86400000), name);
        }
    }
}

function cuffiaClockRang(name) {
    delete cuffiaClocks[name];
    cuffiaLiveRefresh(name);
}

if (window.jQuery) {
    jQuery(function () {
        cuffiaReadClocks();
        jQuery(document).on('pfAjaxComplete', cuffiaReadClocks);
    });
}
