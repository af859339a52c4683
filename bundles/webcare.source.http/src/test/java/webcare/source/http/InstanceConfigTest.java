package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
