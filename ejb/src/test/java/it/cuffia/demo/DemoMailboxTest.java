package it.cuffia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoMailboxTest {

    @Test
    void noPropertyNoDemoMailbox() {
        assertTrue(DemoMailbox.configured(null).isEmpty());
        assertTrue(DemoMailbox.configured(" ").isEmpty());
    }

    @Test
    void hostAndPortAreRead() {
        assertEquals(new DemoMailbox.HostAndPort("localhost", 2143), DemoMailbox.configured("localhost:2143").orElseThrow());
        assertEquals(new DemoMailbox.HostAndPort("127.0.0.1", 12143), DemoMailbox.configured(" 127.0.0.1:12143 ").orElseThrow());
    }

    @Test
    void aSettingWithoutPortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DemoMailbox.configured("localhost"));
        assertThrows(IllegalArgumentException.class, () -> DemoMailbox.configured("localhost:"));
        assertThrows(IllegalArgumentException.class, () -> DemoMailbox.configured("localhost:abc"));
    }
}
