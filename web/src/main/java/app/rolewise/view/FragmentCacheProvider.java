package app.rolewise.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.cache.Cache;
import org.omnifaces.util.cache.DefaultCacheProvider;

/**
 * Where {@code o:cache} keeps what it renders (web.xml names this class): application scope in the server's
 * Infinispan cache, which a cluster can share or invalidate like the server's other caches, its size limit set
 * there; session scope as OmniFaces keeps it, in the session.
 */
public class FragmentCacheProvider extends DefaultCacheProvider {

    private volatile Cache application;

    @Override
    public Cache getCache(FacesContext context, String scope) {
        if (!"application".equals(scope)) {
            return super.getCache(context, scope);
        }
        Cache cache = application;
        if (cache == null) {
            // OmniFaces makes this provider from its class name, outside CDI; asking CDI once for the bean that
            // holds the server's cache is simpler than a JNDI lookup (no second name to keep, no checked exception)
            cache = CDI.current().select(RenderedFragments.class).get().cache();
            application = cache;
        }
        return cache;
    }
}
