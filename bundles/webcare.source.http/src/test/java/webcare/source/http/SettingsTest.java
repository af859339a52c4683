package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import webcare.source.api.FetchOutcome;

class SettingsTest {

    private static final String FILE = "etc/webcare.source.google-brand.cfg";

    @Test
    void aCheckNamesOnlyTheFirstSettingThatFails() {
        FetchOutcome.BadConfiguration problem = Settings.check(FILE)
                .required("token", "ya29.token", "an access token")
                .required("account", "", "the account id")
                .webAddress("baseUrl", null, "https://mybusiness.googleapis.com")
                .pollSeconds(5, 60)
                .problem();

        assertThat(problem).isEqualTo(new FetchOutcome.BadConfiguration("account",
                "'account' is missing in " + FILE + "; add a line 'account = …' with the account id"));
    }

    @Test
    void settingsThatHoldHaveNoProblem() {
        assertThat(Settings.check(FILE)
                .required("token", "ya29.token", "an access token")
                .holds(true, "query", "never shown")
                .webAddress("baseUrl", URI.create("https://127.0.0.1:8443"), "https://mybusiness.googleapis.com")
                .pollSeconds(60, 60)
                .problem()).isNull();
    }
}
