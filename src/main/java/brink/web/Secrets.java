package brink.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets of the classroom: the instructor's key and the teams' tokens are 128 random bits (URL-safe Base64), stored
 * only as SHA-256 hashes and compared in constant time; join codes are short and readable (no 0/O or 1/I).
 */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Secrets() {
    }

    static String token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A short id for URLs (not a secret: the key and the tokens are). */
    static String id() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String code() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) s.append(CODE.charAt(RANDOM.nextInt(CODE.length())));
        return s.toString();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, String hash) {
        if (secret == null || hash == null) return false;
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }
}
