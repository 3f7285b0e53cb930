package org.backproplab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

import org.junit.jupiter.api.Test;

class ErrorPageKaribuTest extends KaribuTest {
    @Test
    void aFailingPageShowsAnApologyAndAnIncidentCodeNotTheException() {
        UI.getCurrent().navigate("test-only/boom");
        var page = _get(ServerErrorView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Something went wrong on our side");
        String text = page.getElement().getTextRecursively();
        assertThat(text).containsPattern("incident [0-9a-f]{8}");
        assertThat(text).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }
}
