package org.plenary.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Whether a webhook's host is on the public Internet: a subscription must not make the service call into its own
 * network (the cluster, the cloud's metadata address, a database). Loopback, private (RFC 1918, unique local
 * {@code fc00::/7}), link-local (with {@code 169.254.169.254}), carrier-grade NAT ({@code 100.64.0.0/10}), benchmark,
 * reserved, multicast and unspecified addresses are not public. Checked when a subscription is registered (an
 * address, or a name that resolves to one) and again before each delivery, since a name can resolve elsewhere later.
 */
final class PublicAddresses {

    private PublicAddresses() {}

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // this network
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // unique local fc00::/7
        }
        return false;
    }

    /**
     * The first address of the host that is not public, if any; empty when every address is public or the name does
     * not resolve (now). Loopback is let through where {@code loopbackAllowed} (tests' own receivers).
     */
    static Optional<InetAddress> notPublic(String host, boolean loopbackAllowed) {
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return addresses.stream()
                .filter(a -> !(loopbackAllowed && a.isLoopbackAddress()))
                .filter(a -> !isPublic(a))
                .findFirst();
    }
}
