package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.source.api.FetchOutcome;

class InstanceConfigTest {

    @Test
    void namesTheInstanceAfterTheFile() {
        assertThat(InstanceConfig.instanceName(Map.of("service.pid", "webcare.source.facebook~shop-nl"))).isEqualTo("shop-nl");
        assertThat(InstanceConfig.instanceName(Map.of("service.pid", "webcare.source.facebook.9f2a",
                "felix.fileinstall.filename", "file:/home/a/.webcare/etc/webcare.source.facebook-shop.cfg")))
                .isEqualTo("shop");
        assertThat(InstanceConfig.configFile(Map.of("felix.fileinstall.filename",
                "file:/home/a/.webcare/etc/webcare.source.facebook-shop.cfg")))
                .isEqualTo("etc/webcare.source.facebook-shop.cfg");
        assertThat(InstanceConfig.configFile(Map.of())).isEqualTo("its configuration");
    }

    @Test
    void aFileWithoutADashIsNoInstanceAndSaysHowToNameIt() {
        assertThat(InstanceConfig.unnamed(Map.of("service.pid", "webcare.source.twitter",
                "felix.fileinstall.filename", "file:/home/a/.webcare/etc/webcare.source.twitter.cfg")))
                .isEqualTo(new FetchOutcome.BadConfiguration("name", "etc/webcare.source.twitter.cfg: a source instance "
                        + "file needs a name after a dash: rename it to webcare.source.twitter-<name>.cfg"));
        assertThat(InstanceConfig.unnamed(Configurations.properties("webcare.source.twitter", "brand"))).isNull();
        assertThat(InstanceConfig.unnamed(Map.of())).isNull();
    }
}
