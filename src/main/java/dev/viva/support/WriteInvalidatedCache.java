package dev.viva.support;

import java.util.Set;

/** An in-memory cache of rows that {@link CachedTableWrites} empties whenever one of its tables is written. */
public interface WriteInvalidatedCache {

    /** The tables whose rows the cache holds, as named in SQL. */
    Set<String> tables();

    void invalidateAll();
}
