/*
 * Push (issue 15): what the consoles do with a message of the Faces websocket (<f:websocket onmessage>).
 * A call ringing for the agent shows a banner on every page of the agent console; on the console itself the
 * screen pop redraws itself instead (p:remoteCommand cuffiaRefreshCall). The supervisor's board reloads its
 * table (p:remoteCommand cuffiaRefreshBoard). Messages carry no more than the agent sees; texts come from the
 * page (data-text), so they are in the user's language.
 */
function cuffiaCallPushed(message) {
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
}

/* The socket is open (again): what changed before it was open is fetched once, not polled. */
function cuffiaCallsOpened() {
    window.cuffiaPushOpen = true;
    if (typeof window.cuffiaRefreshCall === 'function') {
        window.cuffiaRefreshCall();
    }
}

function cuffiaBoardPushed() {
    if (typeof window.cuffiaRefreshBoard === 'function') {
        window.cuffiaRefreshBoard();
    }
}

function cuffiaBoardOpened() {
    window.cuffiaPushOpen = true;
    cuffiaBoardPushed();
}
