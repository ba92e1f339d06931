package app.rolewise.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.Faces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * HTTP validation for a read-only page: an {@code ETag} made from everything the page's markup depends on,
 * and {@code 304 Not Modified} when the browser already holds that markup, decided in the page's view action
 * so that the view is neither built nor rendered. The browser stores the page for this user only and asks
 * again every time ({@code private, no-cache}).
 *
 * <p>A 304 carries no new Content Security Policy: the browser keeps the policy it stored with the page, whose
 * nonce matches the scripts in that page.
 */
public final class ConditionalGet {

    /** A new deployment serves new resource links and scripts, so its pages never match an older one's. */
    private static final String DEPLOYMENT = HexFormat.of().toHexDigits(Instant.now().toEpochMilli());

    private ConditionalGet() {
    }

    /**
     * Tags the response with the version of the page made of {@code parts}; true (and the response is
     * complete) when the browser's copy is that version.
     */
    public static boolean notModified(Object... parts) {
        String etag = "\"" + digest(DEPLOYMENT + "|" + Arrays.deepToString(parts)) + "\"";
        // replaces the server's no-store for signed-in pages: this page may be kept, by this browser only, and is always asked for again
        ExternalContext exchange = Faces.getExternalContext();
        exchange.setResponseHeader("Cache-Control", "private, no-cache");
        exchange.setResponseHeader("ETag", etag);
        String asked = Faces.getRequestHeader("If-None-Match");
        if (asked == null || !matches(asked, etag)) {
            return false;
        }
        Faces.setResponseStatus(304);
        FacesContext.getCurrentInstance().responseComplete();
        return true;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
