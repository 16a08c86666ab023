package org.tgov.identity.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without ever locking an account. Each attempt takes a token from two
 * buckets: one for the username at the source address (against guessing one account's password)
 * and one for the source address whatever the username (against trying one password on many
 * accounts). When either is empty the attempt is refused before its password is checked, with
 * how long to wait. The right password gives its token back and refills its username-and-address
 * bucket. An attacker elsewhere never touches the owner's buckets, so cannot keep the owner out.
 *
 * <p>The username is counted whether or not such an account exists, so a refusal says nothing
 * about which accounts exist; keys are hashes, so the table never holds what people typed.
 */
@Component
class SignInThrottle {

    private final ThrottleBuckets buckets;
    private final BucketConfiguration perAccountAndAddress;
    private final BucketConfiguration perAddress;
    private final String limitsInForce;

    SignInThrottle(ThrottleBuckets buckets, SignInLimits limits) {
        this.buckets = buckets;
        this.perAccountAndAddress = evenlyRefilled(limits.accountAttempts(), limits.accountPeriod());
        this.perAddress = evenlyRefilled(limits.addressAttempts(), limits.addressPeriod());
        // Part of every key, so that changed limits start from fresh buckets rather than stored ones.
        this.limitsInForce = limits.toString();
    }

    /** Takes an attempt from both buckets, or refuses it with how long to wait if either is empty. */
    Verdict admit(String username, String address) {
        Bucket account = accountBucket(username, address);
        ConsumptionProbe forAccount = account.tryConsumeAndReturnRemaining(1);
        if (!forAccount.isConsumed()) {
            return Verdict.waitFor(forAccount.getNanosToWaitForRefill());
        }
        ConsumptionProbe forAddress = addressBucket(address).tryConsumeAndReturnRemaining(1);
        if (!forAddress.isConsumed()) {
            account.addTokens(1);
            return Verdict.waitFor(forAddress.getNanosToWaitForRefill());
        }
        return Verdict.ADMITTED;
    }

    /** The right password: the owner's earlier slips from this address are forgotten. */
    void signedIn(String username, String address) {
        accountBucket(username, address).reset();
        addressBucket(address).addTokens(1);
    }

    /** An attempt that was not a wrong guess (a disabled account, or the check itself failed) costs nothing. */
    void giveBack(String username, String address) {
        accountBucket(username, address).addTokens(1);
        addressBucket(address).addTokens(1);
    }

    private Bucket accountBucket(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return buckets.bucket("account:" + hash(name, networkOf(address)), perAccountAndAddress);
    }

    private Bucket addressBucket(String address) {
        return buckets.bucket("address:" + hash(networkOf(address)), perAddress);
    }

    /**
     * What an address is counted as: an IPv4 address itself, an IPv6 address its /64 network,
     * because one household or server usually has a whole /64 and could try from a fresh address
     * each time. Only numeric addresses are parsed, so nothing here ever asks DNS.
     */
    static String networkOf(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.]+")) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            byte[] bytes = parsed.getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private String hash(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(limitsInForce.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha256.update((byte) 0);
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static BucketConfiguration evenlyRefilled(int attempts, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, period))
                .build();
    }

    /** Whether an attempt may go ahead; if not, how long until the next one may. */
    record Verdict(Duration retryAfter) {

        static final Verdict ADMITTED = new Verdict(Duration.ZERO);

        static Verdict waitFor(long nanos) {
            return new Verdict(Duration.ofNanos(Math.max(nanos, 1_000_000_000L)));
        }

        boolean admitted() {
            return retryAfter.isZero();
        }
    }
}
