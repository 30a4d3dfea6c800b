package org.plenary.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Which addresses a webhook may be delivered to. */
class PublicAddressesTest {

    private static boolean isPublic(String literal) throws UnknownHostException {
        return PublicAddresses.isPublic(InetAddress.getByName(literal));
    }

    @Test
    void addressesOfPrivateLoopbackLinkLocalAndReservedNetworksAreNotPublic() throws UnknownHostException {
        for (String inside : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.0.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.254",
            "0.0.0.0",
            "192.0.0.8",
            "198.18.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1"
        }) {
            assertThat(isPublic(inside)).as(inside).isFalse();
        }
    }

    @Test
    void addressesOnThePublicInternetArePublic() throws UnknownHostException {
        for (String outside :
                new String[] {"8.8.8.8", "172.32.0.1", "100.128.0.1", "192.0.2.1", "2001:4860:4860::8888"}) {
            assertThat(isPublic(outside)).as(outside).isTrue();
        }
    }

    @Test
    void aNameIsJudgedByTheAddressesItResolvesTo() {
        assertThat(PublicAddresses.notPublic("localhost", false)).isPresent();
        assertThat(PublicAddresses.notPublic("localhost", true)).isEmpty();
        assertThat(PublicAddresses.notPublic("name.that.does.not.resolve.invalid", false))
                .isEmpty();
    }
}
