package webcare.response.flow;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.ui.testing.ResourceKeyParity;

class TextsTest {

    @Test
    void englishAndDutchHaveTheSameKeys() {
        ResourceKeyParity.assertSameKeys("webcare.response.flow.messages", Texts.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }
}
