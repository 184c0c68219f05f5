package it.cuffia.web.push;

/**
 * A message on its way to the screens of an audience (a channel, or a channel's user), as it crosses the data grid:
 * one string, so that every instance reads it without the application's classes.
 */
record PushMessage(String audience, String json) {

    private static final char SEPARATOR = '\n'; // never in an audience: a channel's path and a username

    String write() {
        return audience + SEPARATOR + json;
    }

    static PushMessage read(String written) {
        int separator = written.indexOf(SEPARATOR);
        return new PushMessage(written.substring(0, separator), written.substring(separator + 1));
    }
}
