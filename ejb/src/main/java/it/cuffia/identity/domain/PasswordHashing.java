package it.cuffia.identity.domain;

/**
 * Parameters of the PBKDF2 hashes, shared by the identity store that checks passwords and the
 * service that sets them. The hash string records them, so raising them later keeps old hashes valid.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private PasswordHashing() {
    }

    public static java.util.Map<String, String> parameters() {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String p : new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE}) {
            String[] kv = p.split("=", 2);
            map.put(kv[0], kv[1]);
        }
        return map;
    }
}
