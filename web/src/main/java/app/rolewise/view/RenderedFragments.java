package app.rolewise.view;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.infinispan.Cache;

/**
 * The server's cache of rendered fragments, defined in config/wildfly/configure.cli. Referring to it here is what
 * makes WildFly start it for this deployment.
 */
@ApplicationScoped
public class RenderedFragments {

    @Resource(lookup = "java:jboss/infinispan/cache/rolewise/fragments")
    Cache<String, Object> entries;

    /** The cache as o:cache uses it. */
    public org.omnifaces.util.cache.Cache cache() {
        return new FragmentCache(entries);
    }
}
