package org.backproplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

/** A browser that went away mid-answer is no incident; a real failure is one. */
class IncidentsTest {

    @Test
    void aClosedTabIsNotAnIncident() {
        assertThat(Incidents.clientWentAway(new ClientAbortException(new IOException("Broken pipe")))).isTrue();
        assertThat(Incidents.clientWentAway(new UncheckedIOException(new IOException("Connection reset by peer")))).isTrue();
    }

    @Test
    void aRealFailureIsOne() {
        assertThat(Incidents.clientWentAway(new IllegalStateException("secret internal detail"))).isFalse();
        assertThat(Incidents.clientWentAway(new IOException("disk full"))).isFalse();
        assertThat(Incidents.clientWentAway(null)).isFalse();
    }
}
