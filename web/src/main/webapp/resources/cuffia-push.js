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
    cuffiaWhenLoaded(function () {
        if (typeof window.cuffiaRefreshBoard === 'function') {
            window.cuffiaRefreshBoard();
        }
    });
}

function cuffiaBoardOpened() {
    cuffiaBoardPushed();
    cuffiaWhenLoaded(function () { window.cuffiaPushOpen = true; });
}
