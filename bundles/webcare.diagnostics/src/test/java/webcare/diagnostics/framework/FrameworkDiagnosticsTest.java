package webcare.diagnostics.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameworkDiagnosticsTest {

    @Test
    void aFailedComponentIsExplainedByWhatItSaidItself() {
        String trace = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: java.lang.IllegalArgumentException: etc/webcare.notify.mail.cfg: port: 0 is not a port
                \tat webcare.notify.mail.MailSettings.of(MailSettings.java:32)
                """;

        assertThat(FrameworkDiagnostics.rootCause(trace)).isEqualTo("etc/webcare.notify.mail.cfg: port: 0 is not a port");
    }

    @Test
    void withoutACauseTheFirstLineStays() {
        assertThat(FrameworkDiagnostics.rootCause("java.lang.IllegalStateException: no database\n\tat x.y(Z.java:1)"))
                .isEqualTo("no database");
        assertThat(FrameworkDiagnostics.rootCause("java.lang.NullPointerException\n\tat x.y(Z.java:1)"))
                .isEqualTo("java.lang.NullPointerException");
    }
}
