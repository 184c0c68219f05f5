/*
 * Push (issue 15): what the consoles do with a message of the Faces websocket (<f:websocket onmessage>).
 * A call ringing for the agent shows a banner on every page of the agent console; on the console itself the
 * screen pop redraws itself instead (p:remoteCommand cuffiaRefreshCall). The supervisor's board reloads its
 * table (p:remoteCommand cuffiaRefreshBoard). Messages carry no more than the agent sees; texts come from the
 * page (data-text), so they are in the user's language.
 */

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
