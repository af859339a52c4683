package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
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

    /** A connector's configuration type, with each kind of setting. */
    @interface Sample {
        int pollSeconds() default 120;

        boolean includeRatings() default true;

        String query() default "";
    }

    @Test
    void namesTheFirstSettingWhoseTextIsNotOfItsType() {
        assertThat(Settings.wrongType(Sample.class, Map.of("pollSeconds", "two minutes"), FILE))
                .isEqualTo(new FetchOutcome.BadConfiguration("pollSeconds", "'pollSeconds' in " + FILE
                        + " must be a whole number"));
        assertThat(Settings.wrongType(Sample.class, Map.of("includeRatings", "maybe"), FILE))
                .isEqualTo(new FetchOutcome.BadConfiguration("includeRatings", "'includeRatings' in " + FILE
                        + " must be true or false"));
        assertThat(Settings.wrongType(Sample.class, Map.of("pollSeconds", "99999999999"), FILE).message())
                .endsWith("must be a whole number below 2147483648");
        assertThat(Settings.wrongType(Sample.class, Map.of("pollSeconds", " 60 ", "includeRatings", "FALSE",
                "query", "anything", "service.pid", "x"), FILE)).isNull();
    }

    @Test
    void aLenientConfigurationReadsAMalformedSettingAsItsDefaultInsteadOfThrowing() {
        Sample fromDs = Configurations.of(Sample.class, Map.of("includeRatings", false, "query", "kwiek"), Map.of());
        Sample lenient = Settings.lenient(Sample.class, fromDs, Map.of("pollSeconds", "abc", "includeRatings", "false"));

        assertThat(lenient.pollSeconds()).isEqualTo(120);
        assertThat(lenient.includeRatings()).isFalse();
        assertThat(lenient.query()).isEqualTo("kwiek");
    }
}
