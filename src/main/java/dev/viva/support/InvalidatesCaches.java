package dev.viva.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity with {@code @EntityListeners(CacheInvalidation.class)}: the quarkus-cache caches that
 * hold snapshots of its rows, emptied whenever one is written.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InvalidatesCaches {

    String[] value();
}
