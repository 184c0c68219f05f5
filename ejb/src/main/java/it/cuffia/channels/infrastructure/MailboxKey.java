package it.cuffia.channels.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key mailbox passwords are sealed with: never in the database. From the system property
 * {@code cuffia.mail.key} (Base64 of 32 bytes: the same on every server of a group), else from the file
 * {@code config/cuffia-mail.key} of the server's domain, made on first use and readable by its owner only.
 */
public final class MailboxKey {

    private MailboxKey() {
    }

    public static SecretKey get() {
        String configured = System.getProperty("cuffia.mail.key");
        if (configured != null && !configured.isBlank()) {
            return aes(Base64.getDecoder().decode(configured.trim()));
        }
        String root = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.home") + "/.cuffia");
        Path file = Path.of(root, "config", "cuffia-mail.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(file, Base64.getEncoder().encode(key));
                } catch (FileAlreadyExistsException raced) {
                    // another thread made it first: read theirs
                }
            }
            return aes(Base64.getDecoder().decode(Files.readString(file).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("the mailbox key file " + file + " cannot be read or made", e);
        }
    }

    private static SecretKey aes(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("the mailbox key must be 32 bytes (Base64), not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
