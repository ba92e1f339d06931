package app.rolewise.view;

import org.infinispan.Cache;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code o:cache} keeps in application scope, held in the server's Infinispan cache of rendered fragments
 * ({@link RenderedFragments}). Only JDK types go in (the markup is a String, a key's attributes a HashMap), so any
 * marshaller of a shared cache takes them and no class of an earlier deployment stays behind in the server.
 */
final class FragmentCache implements org.omnifaces.util.cache.Cache {

    private static final long serialVersionUID = 1L;
    /** A key's attributes are kept beside its markup under this suffix: keys are page text, never holding a NUL. */
    private static final String ATTRIBUTES = "\u0000attributes";

    /** Never serialized: OmniFaces keeps the application scope's cache nowhere but in its provider. */
    private final transient Cache<String, Object> entries;

    FragmentCache(Cache<String, Object> entries) {
        this.entries = entries;
    }

    @Override
    public String get(String key) {
        return (String) getObject(key);
    }

    @Override
    public Serializable getObject(String key) {
        return (Serializable) entries.get(key);
    }

    @Override
    public void put(String key, String value) {
        putObject(key, value, -1);
    }

    @Override
    public void put(String key, String value, int timeToLive) {
        putObject(key, value, timeToLive);
    }

    @Override
    public void putObject(String key, Serializable value, int timeToLive) {
        store(key, value, timeToLive);
    }

    @Override
    public Serializable getAttribute(String key, String name) {
        return attributes(key).get(name);
    }

    /** Copied, not changed in place: what the cache holds is only ever replaced. */
    @Override
    public void putAttribute(String key, String name, Serializable value, int timeToLive) {
        HashMap<String, Serializable> attributes = new HashMap<>(attributes(key));
        attributes.put(name, value);
        store(key + ATTRIBUTES, attributes, timeToLive);
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
        entries.remove(key + ATTRIBUTES);
    }

    @Override
    public void clear() {
        entries.clear();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Serializable> attributes(String key) {
        Object attributes = entries.get(key + ATTRIBUTES);
        return attributes == null ? Map.of() : (Map<String, Serializable>) attributes;
    }

    /** o:cache's time is in seconds; without one (-1) an entry stays until the cache's size limit evicts it. */
    private void store(String key, Object value, int timeToLive) {
        if (timeToLive > 0) {
            entries.put(key, value, timeToLive, TimeUnit.SECONDS);
        } else {
            entries.put(key, value);
        }
    }
}
